import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { expectFailure, expectSchema, png, readReply, startTestServer, type Bytes, type TestServer } from './helpers.js';

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function create(t: TestServer, fields: Record<string, string> = { creator: 'user-42' }) {
  return t.call('createDirectUpload', 'v2/direct_upload', { body: form(fields) });
}

/** POSTs to an upload URL like a browser on another origin: no credentials. */
async function postFile(uploadURL: string, bytes: Bytes | null = png(2, 2), init: RequestInit = {}) {
  const body = new FormData();
  if (bytes) body.append('file', new Blob([bytes], { type: 'image/png' }), 'from-browser.png');
  const response = await fetch(uploadURL, { method: 'POST', body, headers: { origin: 'https://app.example.test' }, ...init });
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return readReply(response, (json, status) => expectSchema(status === 200 ? 'ImageEnvelope' : 'Failure', json));
}

describe('direct creator upload', () => {
  it('reserves a draft and accepts exactly one upload at the one-time URL', async () => {
    const t = await startTestServer();
    const created = await create(t, { creator: 'user-42', metadata: '{"uploader":"user-42"}' });
    expect(created.status).toBe(200);
    expect(created.json.result_info).toBeNull();
    const { id, uploadURL } = created.json.result;
    expect(uploadURL.startsWith(`${t.server.url}/upload/`)).toBe(true);

    const draft = (await t.call('getImage', `v1/${id}`)).json.result;
    expect(draft).toMatchObject({ id, draft: true, variants: [], creator: 'user-42', meta: { uploader: 'user-42' } });
    expect((await t.call('listImages', 'v1')).json.result.images).toEqual([]);
    expect((await t.call('listImagesV2', 'v2')).json.result.images).toEqual([]);
    expect((await t.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(0);
    expectFailure(await t.call('getImageBlob', `v1/${id}/blob`), 404, 5404);

    const bytes = png(3, 3, 1);
    const uploaded = await postFile(uploadURL, bytes);
    expect(uploaded.status).toBe(200);
    expect(uploaded.json.result).toMatchObject({ id, filename: 'from-browser.png', creator: 'user-42', meta: { uploader: 'user-42' } });
    expect(uploaded.json.result.draft).toBeUndefined();

    const image = (await t.call('getImage', `v1/${id}`)).json.result;
    expect(image.draft).toBeUndefined();
    expect(image.variants).toEqual([`${t.server.url}/${t.server.accountHash}/${id}/public`]);
    expect((await t.call('getImageBlob', `v1/${id}/blob`)).bytes).toEqual(bytes);
    expect((await t.call('listImagesV2', 'v2')).json.result.images.map((i: any) => i.id)).toEqual([id]);

    expectFailure(await postFile(uploadURL, png(1, 1)), 409, 5409, /already been used/);
  });

  it('answers the CORS preflight', async () => {
    const t = await startTestServer();
    const { uploadURL } = (await create(t)).json.result;
    const response = await fetch(uploadURL, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(response.headers.get('cf-ray')).toMatch(/^[0-9a-f]{16}-LCL$/);
  });

  it('keeps the URL usable after a rejected file, and rejects bad forms', async () => {
    const t = await startTestServer();
    const { uploadURL } = (await create(t)).json.result;
    expectFailure(await postFile(uploadURL, new TextEncoder().encode('not an image')), 400, 5455);
    expectFailure(await postFile(uploadURL, null), 400, 5400, /'file' field/);
    expectFailure(await postFile(uploadURL, null, { body: 'raw', headers: { 'content-type': 'text/plain' } }), 415, 5415);
    expectFailure(await postFile(uploadURL, pngHeader20k()), 400, 5400, /dimensions too large/);
    expect((await postFile(uploadURL)).status).toBe(200);
    expectFailure(await postFile(`${t.server.url}/upload/unknown-token`), 404, 5404);
  });

  it('enforces the expiry window relative to now', async () => {
    const t = await startTestServer();
    const at = (seconds: number) => new Date(t.clock.now + seconds * 1000).toISOString();
    const { minSeconds, maxSeconds } = facts.expiryWindow;
    expectFailure(await create(t, { expiry: at(minSeconds - 1) }), 400, 5400, /expiry must be between 2 minutes and 6 hours/);
    expectFailure(await create(t, { expiry: at(maxSeconds + 1) }), 400, 5400, /expiry/);
    expectFailure(await create(t, { expiry: 'tomorrow' }), 400, 5400, /body\.expiry/);
    expect((await create(t, { expiry: at(minSeconds) })).status).toBe(200);
    expect((await create(t, { expiry: at(maxSeconds) })).status).toBe(200);
  });

  it('expires the URL and removes the draft after expiry (default 30 minutes)', async () => {
    const t = await startTestServer();
    const { id, uploadURL } = (await create(t, { creator: 'x' })).json.result;
    t.clock.now += (facts.expiryWindow.defaultSeconds - 1) * 1000;
    expect((await t.call('getImage', `v1/${id}`)).json.result.draft).toBe(true);
    t.clock.now += 2000;
    expectFailure(await postFile(uploadURL), 410, 5410, /expired/);
    expectFailure(await t.call('getImage', `v1/${id}`), 404, 5404);
  });

  it('expires the URL when its draft is deleted', async () => {
    const t = await startTestServer();
    const { id, uploadURL } = (await create(t)).json.result;
    await t.call('deleteImage', `v1/${id}`);
    expectFailure(await postFile(uploadURL), 410, 5410);
  });

  it('validates the form: at least one field, custom ids, signed URLs', async () => {
    const t = await startTestServer();
    expectFailure(await t.call('createDirectUpload', 'v2/direct_upload', { body: new FormData() }), 400, 5400);
    const custom = await create(t, { id: 'uploads/custom-1' });
    expect(custom.json.result.id).toBe('uploads/custom-1');
    expectFailure(await create(t, { id: 'uploads/custom-1' }), 400, 5409, /already exists/);
    expectFailure(await create(t, { id: 'uploads/custom-2', requireSignedURLs: 'true' }), 400, 5400, /custom ID/);
    const signed = await create(t, { requireSignedURLs: 'true' });
    expect((await t.call('getImage', `v1/${signed.json.result.id}`)).json.result.requireSignedURLs).toBe(true);
    expectFailure(await create(t, { metadata: '{"k":' }), 400, 5400, /metadata/);
  });
});

function pngHeader20k(): Bytes {
  const bytes = png(1, 1);
  new DataView(bytes.buffer).setUint32(16, 20000); // IHDR width (CRC no longer matches; only the header is read)
  return bytes;
}
