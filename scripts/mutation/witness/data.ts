// Witnesses of the mutants of request data: validation and upload rules.
import { facts } from '../../../generated/operations.js';
import { call, pngOfSize, upload, type Witness } from './helpers.js';

/** A BMP header of `width` × `height`: a real image format, but not one Cloudflare Images takes. */
function bmp(width: number, height: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(64);
  bytes.set([0x42, 0x4d]);
  const view = new DataView(bytes.buffer);
  view.setUint32(2, bytes.length, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true);
  return bytes;
}

export const DATA_WITNESSES: Record<string, Witness> = {
  'params-validator-skipped': async (t) => (await call(t, 'GET', '/images/v1?per_page=5')).status,
  'body-validator-skipped': async (t) => (await call(t, 'POST', '/images/v1/variants', { body: { id: 'nooptions' } })).status,
  'invalid-json-500': async (t) =>
    (await call(t, 'PATCH', '/images/v1/any', { body: '{', headers: { authorization: `Bearer ${t.apiToken}`, 'content-type': 'application/json' } })).status,
  'filter-operator-unchecked': async (t) => (await call(t, 'GET', '/images/v2?meta.a[ne]=1')).status,
  // 400 × "é" is 800 bytes of UTF-8 but 400 UTF-16 units; with the key, quotes and braces: 1,200 bytes, 808 characters.
  'metadata-size-in-characters': async (t) => (await upload(t, { metadata: JSON.stringify({ k: 'é'.repeat(400), l: 'é'.repeat(200) }) })).status,
  'expiry-lower-bound-dropped': async (t) => {
    const form = new FormData();
    form.append('expiry', new Date(Date.now() - 3600_000).toISOString());
    return (await call(t, 'POST', '/images/v2/direct_upload', { body: form })).status;
  },
  'upload-accepts-non-image': async (t) => (await upload(t, {}, bmp(2, 2))).status,
  'upload-size-limit-in-kib': async (t) => (await upload(t, {}, pngOfSize(100, 100, facts.imageLimits.maxBytes + 1))).status,
  'upload-pixel-limit-sum': async (t) => (await upload(t, {}, pngOfSize(10_001, 10_001))).status,
  'upload-missing-await': async (t) => (await upload(t)).status,
};
