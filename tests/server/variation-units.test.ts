// The parts of the variations that hold without a server: the open-object walk over the spec's
// schemas, the lagging view and the rate limiter, on given clocks.
import { describe, expect, it } from 'vitest';
import { componentSchema, resolveRef, responseExamples, specOperation } from '../../src/spec/document.js';
import { validatorFor } from '../../src/spec/validators.js';
import { ApiError } from '../../src/server/errors.js';
import { laggingView } from '../../src/server/variations/lagging-lists.js';
import { withExtraProperty } from '../../src/server/variations/open-objects.js';
import { rateLimiter } from '../../src/server/variations/rate-limited.js';
import { headerCase } from '../../src/server/variations/representation.js';

describe('the open-object walk', () => {
  const examples = responseExamples().filter((e) => e.mediaType === 'application/json');

  it.each(examples.map((e) => [`${e.operationId} ${e.status} ${e.name}`, e] as const))('%s: the extended example still validates', (_label, e) => {
    const schema = resolveRef(specOperation(e.operationId).operation.responses[e.status]).content['application/json'].schema;
    const extended = withExtraProperty(e.value, schema, 'x_extra', 'x');
    expect(validatorFor(`${e.operationId}.response.${e.status}`)!(extended)).toBe(true);
    expect(JSON.stringify(extended)).toContain('"x_extra"'); // every envelope is an open object
  });

  it('opens objects without an additionalProperties keyword; leaves closed ones, maps and empty results alone', () => {
    const image = { id: 'a', meta: { k: { deep: 1 } }, variants: [] };
    expect(withExtraProperty(image, componentSchema('Image'), 'x', 1)).toEqual({ ...image, x: 1 });
    const variant = { id: 'v', options: { fit: 'cover', metadata: 'none', width: 1, height: 1 } };
    expect(withExtraProperty({ variants: { v: variant } }, componentSchema('VariantMap'), 'x', 1)).toEqual({ variants: { v: { ...variant, x: 1 } }, x: 1 });
    const empty = { success: true, errors: [], messages: [], result: {} };
    expect(withExtraProperty(empty, componentSchema('EmptyEnvelope'), 'x', 1)).toEqual({ ...empty, x: 1 });
    expect(withExtraProperty({ a: 1 }, componentSchema('Metadata'), 'x', 1)).toEqual({ a: 1 });
  });
});

describe('laggingView', () => {
  it('shows the newest state at least lagMs old', () => {
    const clock = { now: 1000 };
    const state = (n: number) => new Map([[String(n), {} as never]]);
    const view = laggingView(state(0), 300, () => clock.now);
    view.record(state(1));
    expect([...view.view().keys()]).toEqual(['0']);
    clock.now += 100;
    view.record(state(2));
    clock.now += 200;
    expect([...view.view().keys()]).toEqual(['1']);
    clock.now += 99;
    expect([...view.view().keys()]).toEqual(['1']);
    clock.now += 1;
    expect([...view.view().keys()]).toEqual(['2']);
  });
});

describe('rateLimiter', () => {
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return error as ApiError;
    }
    return undefined;
  };

  it('counts in a sliding window, then locks the credential out with a rounded-up Retry-After', () => {
    const limiter = rateLimiter(2, 1000, 2500);
    limiter.admit('a', 0);
    limiter.admit('a', 600);
    limiter.admit('a', 1000); // the first one left the window
    const locked = refusal(() => limiter.admit('a', 1100));
    expect(locked?.status).toBe(429);
    expect(locked?.headers).toEqual({ 'retry-after': '3' });
    limiter.admit('b', 1100);
    expect(refusal(() => limiter.admit('a', 3500))?.headers).toEqual({ 'retry-after': '1' });
    expect(refusal(() => limiter.admit('a', 3600))).toBeUndefined();
  });
});

it('headerCase', () => {
  expect(['content-type', 'cf-ray', 'retry-after', 'x-content-type-options'].map(headerCase)).toEqual([
    'Content-Type',
    'CF-Ray',
    'Retry-After',
    'X-Content-Type-Options',
  ]);
});
