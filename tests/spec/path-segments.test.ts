// A path parameter value that holds `/` (a custom image ID) as path segments, and back.
import { describe, expect, it } from 'vitest';
import { decodeSegments, encodeSegments } from '../../src/spec/path-segments.js';

describe('path segments of a value with /', () => {
  it('encodes each segment and keeps the /', () => {
    expect(encodeSegments('products/sku 1/front?')).toBe('products/sku%201/front%3F');
    expect(encodeSegments('a%2Fb')).toBe('a%252Fb');
  });

  it('decodes back, and refuses broken percent-encoding', () => {
    for (const id of ['products/sku 1/front?', 'a%2Fb', 'é/ü', 'a//b']) expect(decodeSegments(encodeSegments(id))).toBe(id);
    expect(decodeSegments('a%2Fb')).toBe('a/b');
    expect(decodeSegments('bad%zz')).toBeUndefined();
  });
});
