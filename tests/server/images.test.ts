import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { expectFailure, expectMatchesSpec, png, pngHeader, readReply, startTestServer, svg, TOKEN } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// A second tiny local server that `url` uploads fetch from.
let origin: Server;
let originUrl: string;
const served = new Map<string, Uint8Array>([
  ['/pics/photo.png', png(3, 2, 9)],
  ['/pics/readme.txt', new TextEncoder().encode('hello, not an image')],
]);
beforeAll(async () => {
  origin = createServer((req, res) => {
    const body = served.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream' }).end(body ?? 'missing');
  });
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => origin.close(() => resolve())));

describe('upload', () => {
  it('stores a file upload and returns the image', async () => {
    const { upload, server, clock } = await startTestServer();
    const reply = await upload({ creator: 'user-42', metadata: '{"sku":"1234","n":3}' }, png(4, 3), 'logo.png');
    expect(reply.status).toBe(200);
    expect(reply.json.result_info).toBeNull();
    const image = reply.json.result;
    expect(image.id).toMatch(UUID);
    expect(image).toMatchObject({ filename: 'logo.png', creator: 'user-42', meta: { sku: '1234', n: 3 }, requireSignedURLs: false });
    expect(image.uploaded).toBe(new Date(clock.now).toISOString());
    expect(image.variants).toEqual([`${server.url}/${server.accountHash}/${image.id}/public`]);
    expect(image.draft).toBeUndefined();
  });

  it('leaves creator null and meta absent when not given', async () => {
    const { upload } = await startTestServer();
    const image = (await upload()).json.result;
    expect(image.creator).toBeNull();
    expect('meta' in image).toBe(false);
  });

  it('fetches a url upload with the configured fetch and names it after the path', async () => {
    const { call } = await startTestServer();
    const form = new FormData();
    form.append('url', `${originUrl}/pics/photo.png`);
    form.append('requireSignedURLs', 'true');
    const reply = await call('uploadImage', 'v1', { body: form });
    expect(reply.status).toBe(200);
    expect(reply.json.result).toMatchObject({ filename: 'photo.png', requireSignedURLs: true });
    const blob = await call('getImageBlob', `v1/${reply.json.result.id}/blob`);
    expect(blob.bytes).toEqual(served.get('/pics/photo.png'));
  });

  it('reports url uploads that fail or are not images', async () => {
    const { call } = await startTestServer();
    for (const [path, status, code, message] of [
      ['/pics/none.png', 400, 5400, /HTTP 404/],
      ['/pics/readme.txt', 400, 5455, /not a supported image/],
    ] as const) {
      const form = new FormData();
      form.append('url', originUrl + path);
      expectFailure(await call('uploadImage', 'v1', { body: form }), status, code, message);
    }
  });

  it('uses options.fetch for url uploads', async () => {
    const seen: string[] = [];
    const { call } = await startTestServer({
      fetch: (async (input: RequestInfo | URL) => {
        seen.push(String(input));
        return new Response(png(1, 1));
      }) as typeof fetch,
    });
    const form = new FormData();
    form.append('url', 'https://images.example.test/a/b/cat.png');
    const reply = await call('uploadImage', 'v1', { body: form });
    expect(reply.json.result.filename).toBe('cat.png');
    expect(seen).toEqual(['https://images.example.test/a/b/cat.png']);
  });

  it('needs exactly one of file and url', async () => {
    const { upload, call } = await startTestServer();
    expectFailure(await upload({ url: `${originUrl}/pics/photo.png` }), 400, 5400, /exactly one of 'file'/);
    expectFailure(await upload({ creator: 'x' }, null), 400, 5400, /exactly one of 'file'/);
    const form = new FormData();
    form.append('file', 'just text');
    expectFailure(await call('uploadImage', 'v1', { body: form }), 400, 5400, /file part/);
  });

  it('validates form fields with the generated validator', async () => {
    const { upload } = await startTestServer();
    expectFailure(await upload({ requireSignedURLs: 'yes' }), 400, 5400, /body\.requireSignedURLs: must be boolean/);
    expectFailure(await upload({ unexpected: 'x' }), 400, 5400, /body\.unexpected: is not allowed/);
    expectFailure(await upload({ metadata: '[1,2]' }), 400, 5400, /body\.metadata/);
    expectFailure(await upload({ metadata: '{not json}' }), 400, 5400, /metadata/);
    expectFailure(await upload({ creator: 'c'.repeat(1025) }), 400, 5400, /body\.creator/);
  });

  it('accepts metadata sent as an application/json file part', async () => {
    const { upload } = await startTestServer();
    const reply = await upload({ metadata: new Blob(['{"a":{"b":true}}'], { type: 'application/json' }) });
    expect(reply.json.result.meta).toEqual({ a: { b: true } });
  });

  it('limits metadata to facts.metadataMaxBytes bytes (UTF-8), not characters', async () => {
    const { upload } = await startTestServer();
    const fits = JSON.stringify({ k: 'x'.repeat(facts.metadataMaxBytes - 8) });
    expect(Buffer.byteLength(fits)).toBe(facts.metadataMaxBytes);
    expect((await upload({ metadata: fits })).status).toBe(200);
    const multibyte = JSON.stringify({ k: 'é'.repeat(600) }); // 608 characters, 1208 bytes
    expectFailure(await upload({ metadata: multibyte }), 400, 5400, /Metadata too large: 1208 bytes/);
  });
});

describe('type sniffing and limits', () => {
  it('sniffs the type from the bytes and stores it for the blob', async () => {
    const { upload, call } = await startTestServer();
    const gif = new Uint8Array([
      ...new TextEncoder().encode('GIF89a'),
      1,
      0,
      1,
      0,
      0x80,
      0,
      0,
      0,
      0,
      0,
      0xff,
      0xff,
      0xff,
      0x2c,
      0,
      0,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      2,
      2,
      0x44,
      1,
      0,
      0x3b,
    ]);
    for (const [bytes, type] of [
      [png(1, 1), 'image/png'],
      [gif, 'image/gif'],
      [svg(' width="10" height="10"'), 'image/svg+xml'],
    ] as const) {
      const id = (await upload({}, bytes, 'misnamed.bin')).json.result.id;
      const blob = await call('getImageBlob', `v1/${id}/blob`);
      expect(blob.headers.get('content-type')).toBe(type);
      expect(blob.bytes).toEqual(bytes);
    }
  });

  it('rejects files that are not images with 5455', async () => {
    const { upload } = await startTestServer();
    expectFailure(await upload({}, new TextEncoder().encode('%PDF-1.7 not an image'), 'doc.png'), 400, 5455);
    expectFailure(await upload({}, new Uint8Array(), 'empty.png'), 400, 5400, /empty/);
  });

  it('rejects a file over the byte limit', async () => {
    const { upload } = await startTestServer();
    const tooBig = pngHeader(10, 10, facts.imageLimits.maxBytes + 1);
    expectFailure(await upload({}, tooBig), 400, 5400, new RegExp(`${facts.imageLimits.maxBytes + 1} bytes, maximum ${facts.imageLimits.maxBytes}`));
  });

  it('refuses a request body far over the limit with 413 without buffering it', async () => {
    const { upload } = await startTestServer();
    expectFailure(await upload({}, pngHeader(10, 10, facts.imageLimits.maxBytes + 2 * 1024 * 1024)), 413, 5400, /Request body too large/);
  });

  it('rejects a side over the limit and too many pixels, from the header alone', async () => {
    const { upload } = await startTestServer();
    const side = facts.imageLimits.maxSide;
    expectFailure(await upload({}, pngHeader(side + 1, 10)), 400, 5400, /dimensions too large: 12001x10/);
    expectFailure(await upload({}, pngHeader(10, side + 1)), 400, 5400, /dimensions too large/);
    expectFailure(await upload({}, pngHeader(10001, 10001)), 400, 5400, /100020001 pixels \(10001x10001\), maximum 100000000/);
    expect((await upload({}, pngHeader(side, 8000))).status).toBe(200); // 96 MP, both sides within limits
  });

  it('holds an SVG to the limits in every size it declares; one that declares none is exempt', async () => {
    const { upload } = await startTestServer();
    expect((await upload({}, svg(''), 'vector.svg')).status).toBe(200);
    expect((await upload({}, svg(' viewBox="0 0 100 50"'), 'vector.svg')).status).toBe(200);
    expectFailure(await upload({}, svg(' viewBox="0 0 100000 100000"'), 'huge.svg'), 400, 5400, /dimensions too large: 100000x100000 px \(the SVG's viewBox\)/);
    expectFailure(await upload({}, svg(' width="20000" height="20"'), 'huge.svg'), 400, 5400, /dimensions too large/);
  });

  it('rejects an image whose dimensions cannot be read', async () => {
    const { upload } = await startTestServer();
    expectFailure(await upload({}, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])), 400, 5400, /corrupt or truncated/);
  });
});

describe('custom ids', () => {
  const id = 'products/sku 1234/front%1';

  it('stores images under custom ids with slashes, reachable encoded or with raw slashes', async () => {
    const { upload, call, server } = await startTestServer();
    const created = (await upload({ id })).json.result;
    expect(created.id).toBe(id);
    expect(created.variants).toEqual([`${server.url}/${server.accountHash}/products/sku%201234/front%251/public`]);
    expect((await call('getImage', `v1/${encodeURIComponent(id)}`)).json.result.id).toBe(id);
    expect((await call('getImage', `v1/products/sku%201234/front%251`)).json.result.id).toBe(id);
    expect((await call('getImageBlob', `v1/products/sku%201234/front%251/blob`)).status).toBe(200);
    expect((await call('getImageBlob', `v1/${encodeURIComponent(id)}/blob`)).status).toBe(200);
  });

  it('rejects a duplicate id, a UUID-shaped id, slashes at the ends, and signed URLs', async () => {
    const { upload } = await startTestServer();
    await upload({ id });
    expectFailure(await upload({ id }), 400, 5409, /already exists/);
    expectFailure(await upload({ id: '2cdc28f0-017a-49c4-9ed7-87056c83901a' }), 400, 5400, /body\.id/);
    expectFailure(await upload({ id: '/leading' }), 400, 5400, /body\.id/);
    expectFailure(await upload({ id: 'trailing/' }), 400, 5400, /body\.id/);
    expectFailure(await upload({ id: 'x'.repeat(1025) }), 400, 5400, /body\.id/);
    expectFailure(await upload({ id: 'signed', requireSignedURLs: 'true' }), 400, 5400, /custom ID cannot be combined/);
    expect((await upload({ id: 'x'.repeat(1024) })).status).toBe(200);
  });
});

describe('get, update, delete, blob', () => {
  it('gets, updates and deletes an image', async () => {
    const { upload, call } = await startTestServer();
    const { id } = (await upload({ creator: 'a', metadata: '{"v":1}' })).json.result;
    expect((await call('getImage', `v1/${id}`)).json.result).toMatchObject({ id, creator: 'a', meta: { v: 1 } });

    const updated = await call('updateImage', `v1/${id}`, { body: { creator: 'b', metadata: { v: 2, tags: ['x'] }, requireSignedURLs: true } });
    expect(updated.json.result).toMatchObject({ id, creator: 'b', meta: { v: 2, tags: ['x'] }, requireSignedURLs: true });
    expect((await call('getImage', `v1/${id}`)).json.result).toEqual(updated.json.result);

    const deleted = await call('deleteImage', `v1/${id}`);
    expect(deleted.json).toEqual({ success: true, errors: [], messages: [], result: {} });
    expectFailure(await call('getImage', `v1/${id}`), 404, 5404);
    expectFailure(await call('deleteImage', `v1/${id}`), 404, 5404);
    expectFailure(await call('getImageBlob', `v1/${id}/blob`), 404, 5404);
  });

  it('validates updates', async () => {
    const { upload, call } = await startTestServer();
    const { id } = (await upload()).json.result;
    expectFailure(await call('updateImage', `v1/${id}`, { body: {} }), 400, 5400);
    expectFailure(await call('updateImage', `v1/${id}`, { body: { metadata: 'str' } }), 400, 5400, /body\.metadata: must be object/);
    expectFailure(await call('updateImage', `v1/${id}`, { body: { metadata: { k: 'x'.repeat(1100) } } }), 400, 5400, /Metadata too large/);
    expectFailure(await call('updateImage', `v1/${id}`, { body: { filename: 'x' } }), 400, 5400, /body\.filename/);
    expectFailure(await call('updateImage', 'v1/unknown-id', { body: { creator: 'x' } }), 404, 5404);
  });

  it('refuses to make a custom-id image require signed URLs', async () => {
    const { upload, call } = await startTestServer();
    await upload({ id: 'my/custom' });
    expectFailure(await call('updateImage', `v1/${encodeURIComponent('my/custom')}`, { body: { requireSignedURLs: true } }), 400, 5400, /custom ID/);
    expect((await call('updateImage', `v1/${encodeURIComponent('my/custom')}`, { body: { requireSignedURLs: false } })).status).toBe(200);
  });

  it('returns the exact uploaded bytes from the blob endpoint', async () => {
    const { upload, call } = await startTestServer();
    const bytes = png(7, 5, 3);
    const { id } = (await upload({}, bytes)).json.result;
    const blob = await call('getImageBlob', `v1/${id}/blob`);
    expect(blob.status).toBe(200);
    expect(blob.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(blob.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('answers 404 with the envelope for unknown ids, checked against the spec', async () => {
    const { server } = await startTestServer();
    const response = await fetch(`${server.baseUrl}/accounts/${server.accountId}/images/v1/nope`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const reply = await readReply(response, (json, status) => expectMatchesSpec('getImage', status, json));
    expectFailure(reply, 404, 5404, 'Image not found');
  });
});
