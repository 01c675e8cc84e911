// The rules beyond JSON Schema that classification relies on, checked against independent readers:
// zlib and image-size for the generated PNGs, the local server for metadata, hand-picked edges.
import { inflateSync } from 'node:zlib';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import type { Case } from '../../src/contract/model/case.js';
import { bodyRuleIssues, routeOf } from '../../src/contract/generate/index.js';
import { blackPng, pngSize } from '../../src/contract/schema/png.js';
import { parseMetadataField } from '../../src/server/metadata.js';
import { NOW } from './fixtures.js';

const serverAccepts = (metadata: string) => {
  try {
    parseMetadataField(metadata);
    return true;
  } catch {
    return false;
  }
};
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
const pointers = (operationId: 'createDirectUpload' | 'uploadImage' | 'updateImage', body: unknown) =>
  bodyRuleIssues(operationId, body, NOW).map((i) => i.pointer);

describe('rules beyond the validators', () => {
  it('the expiry window, edges included', () => {
    const { minSeconds, maxSeconds } = facts.expiryWindow;
    expect(pointers('createDirectUpload', { expiry: at(minSeconds) })).toEqual([]);
    expect(pointers('createDirectUpload', { expiry: at(maxSeconds) })).toEqual([]);
    expect(pointers('createDirectUpload', { expiry: at(minSeconds - 1) })).toEqual(['/body/expiry']);
    expect(pointers('createDirectUpload', { expiry: at(maxSeconds + 1) })).toEqual(['/body/expiry']);
    expect(pointers('createDirectUpload', { expiry: 'soon' })).toEqual(['/body/expiry']);
  });

  it('metadata bytes, as the local server counts them', () => {
    const limit = facts.metadataMaxBytes;
    for (const [text, ok] of [
      [`{"k":"${'a'.repeat(limit - 8)}"}`, true],
      [`{"k":"${'a'.repeat(limit - 7)}"}`, false],
      [`{"k":"${'é'.repeat(Math.ceil((limit - 7) / 2))}"}`, false],
      ['{not json}', false],
    ] as const) {
      expect(pointers('uploadImage', { metadata: text }).length === 0, text.slice(0, 20)).toBe(ok);
      expect(serverAccepts(text), text.slice(0, 20)).toBe(ok);
    }
    expect(pointers('updateImage', { metadata: { k: 'a'.repeat(limit) } })).toEqual(['/body/metadata']);
  });

  it('a form file field must be a file part of an image type, within the image limits', () => {
    const png = (w: number, h: number) => ({ filename: 'x.png', contentType: 'image/png', bytes: blackPng(w, h) });
    expect(pointers('uploadImage', { file: png(1, 1) })).toEqual([]);
    expect(pointers('uploadImage', { file: 'text' })).toEqual(['/body/file']);
    expect(pointers('uploadImage', { file: { ...png(1, 1), contentType: 'text/plain' } })).toEqual(['/body/file']);
    expect(pointers('uploadImage', { file: png(facts.imageLimits.maxSide + 1, 1) })).toEqual(['/body/file']);
    const { maxSide, maxPixels } = facts.imageLimits;
    expect(pointers('uploadImage', { file: png(maxSide, Math.floor(maxPixels / maxSide) + 1) })).toEqual(['/body/file']); // each side allowed, the area not
  });
});

describe('generated PNG files', () => {
  it.each([
    [1, 1],
    [12_001, 1],
    [10_000, 10_001],
  ])('%i×%i is a valid PNG that stays small', (width, height) => {
    const bytes = blackPng(width, height);
    expect(imageSize(bytes)).toMatchObject({ width, height, type: 'png' });
    expect(pngSize(bytes)).toEqual({ width, height });
    const idat = bytes.subarray(41, 41 + new DataView(bytes.buffer, bytes.byteOffset).getUint32(33));
    expect(inflateSync(idat).byteLength).toBe((1 + Math.ceil(width / 8)) * height); // zlib checks the Adler-32 too
    expect(bytes.byteLength).toBeLessThan(100_000);
  });
});

describe('routing of generated URLs', () => {
  const getImage = (image_id: string): Case => ({ operationId: 'getImage', phase: 'coverage', purpose: 'negative', label: '', path: { image_id } });
  it.each([
    ['products/sku-1/front', 'same'],
    ['', 'other'], // the v1 list
    ['a/', 'other'], // image a, once a server drops the trailing slash
    ['/a', 'none'],
    ['a/..', 'other'], // the URL parser resolves the dot segment: the v1 list
    ['keys', 'other'], // the signing keys
    ['a/blob', 'other'], // the blob of image a
  ])('image_id %j reaches %s', (id, route) => {
    expect(routeOf(getImage(id))).toBe(route);
  });
});
