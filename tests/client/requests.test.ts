import { describe, expect, it } from 'vitest';
import { createImagesClient } from '../../src/index.js';
import { ACCOUNT, BASE, image, ok, PNG, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const prefix = `/client/v4/accounts/${ACCOUNT}`;

function setup(result: unknown = {}) {
  const recorder = recordingFetch(() => ok(result));
  const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {} });
  return { client, ...recorder };
}

/** Splits a captured multipart body into its parts, byte for byte. */
function parts(captured: { headers: Headers; latin1: string }) {
  const boundary = captured.headers.get('content-type')!.match(/boundary=(.+)$/)![1];
  const chunks = captured.latin1.split(`--${boundary}`);
  expect(chunks.at(-1)).toBe('--\r\n');
  return chunks.slice(1, -1).map((chunk) => {
    const [head, ...rest] = chunk.slice(2).split('\r\n\r\n');
    return { head: head.split('\r\n'), body: rest.join('\r\n\r\n').slice(0, -2) };
  });
}

describe('each method sends exactly the documented request', () => {
  const cases: [string, (c: ReturnType<typeof createImagesClient>) => Promise<unknown>, string, string, unknown?][] = [
    ['images.v1.list', (c) => c.images.v1.list({ page: 2, per_page: 50, creator: 'u1' }).then((p) => p), 'GET', '/images/v1?page=2&per_page=50&creator=u1'],
    ['images.v1.get', (c) => c.images.v1.get('abc'), 'GET', '/images/v1/abc'],
    ['images.v1.get (custom id with /)', (c) => c.images.v1.get('products/sku 1'), 'GET', '/images/v1/products%2Fsku%201'],
    [
      'images.v1.edit',
      (c) => c.images.v1.edit('abc', { metadata: { a: 1 }, requireSignedURLs: true }),
      'PATCH',
      '/images/v1/abc',
      { metadata: { a: 1 }, requireSignedURLs: true },
    ],
    ['images.v1.delete', (c) => c.images.v1.delete('abc'), 'DELETE', '/images/v1/abc'],
    ['images.v1.keys.list', (c) => c.images.v1.keys.list(), 'GET', '/images/v1/keys'],
    ['images.v1.keys.update', (c) => c.images.v1.keys.update('someKey'), 'PUT', '/images/v1/keys/someKey'],
    ['images.v1.keys.delete', (c) => c.images.v1.keys.delete('someKey'), 'DELETE', '/images/v1/keys/someKey'],
    ['images.v1.stats.get', (c) => c.images.v1.stats.get(), 'GET', '/images/v1/stats'],
    ['images.v1.variants.list', (c) => c.images.v1.variants.list(), 'GET', '/images/v1/variants'],
    ['images.v1.variants.get', (c) => c.images.v1.variants.get('hero'), 'GET', '/images/v1/variants/hero'],
    [
      'images.v1.variants.create',
      (c) => c.images.v1.variants.create({ id: 'hero', options: { fit: 'cover', metadata: 'none', width: 10, height: 20 } }),
      'POST',
      '/images/v1/variants',
      { id: 'hero', options: { fit: 'cover', metadata: 'none', width: 10, height: 20 } },
    ],
    [
      'images.v1.variants.edit',
      (c) => c.images.v1.variants.edit('hero', { options: { fit: 'pad', metadata: 'keep', width: 1, height: 1 }, neverRequireSignedURLs: true }),
      'PATCH',
      '/images/v1/variants/hero',
      { options: { fit: 'pad', metadata: 'keep', width: 1, height: 1 }, neverRequireSignedURLs: true },
    ],
    ['images.v1.variants.delete', (c) => c.images.v1.variants.delete('hero'), 'DELETE', '/images/v1/variants/hero'],
    [
      'images.v2.list',
      (c) => c.images.v2.list({ per_page: 100, sort_order: 'asc', creator: 'u1', filters: { status: { eq: 'active' } } }).then((p) => p),
      'GET',
      '/images/v2?per_page=100&sort_order=asc&creator=u1&meta.status[eq:string]=active',
    ],
  ];

  it.each(cases)('%s', async (_name, call, method, path, json) => {
    const { client, requests } = setup({ images: [], variants: {}, keys: [] });
    await call(client);
    expect(requests).toHaveLength(1);
    const [r] = requests;
    expect(r.method).toBe(method);
    expect(`${r.url.pathname}${r.url.search}`).toBe(`${prefix}${path}`);
    expect(r.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    if (json === undefined) {
      expect(r.body.length).toBe(0);
      expect(r.headers.get('content-type')).toBeNull();
    } else {
      expect(r.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(r.text)).toEqual(json);
    }
  });

  it('returns the unwrapped, typed result', async () => {
    const { client } = setup(image('abc'));
    const result = await client.images.v1.get('abc');
    expect(result).toEqual(image('abc'));
  });

  it('uses the legacy e-mail + key headers when no token is given', async () => {
    const recorder = recordingFetch(() => ok({ count: { allowed: 1, current: 0 } }));
    const client = createImagesClient({ accountId: ACCOUNT, apiEmail: 'me@example.com', apiKey: 'KEY_SECRET', baseUrl: BASE, fetch: recorder.fetch, env: {} });
    await client.images.v1.stats.get();
    expect(recorder.requests[0].headers.get('x-auth-email')).toBe('me@example.com');
    expect(recorder.requests[0].headers.get('x-auth-key')).toBe('KEY_SECRET');
    expect(recorder.requests[0].headers.get('authorization')).toBeNull();
  });

  it('uploads a file as multipart parts, byte for byte, with a sniffed type and name', async () => {
    const { client, requests } = setup(image('abc'));
    await client.images.v1.create({ file: PNG, id: 'products/a', metadata: { sku: 'x' }, creator: 'u1' });
    const [r] = requests;
    expect(r.method).toBe('POST');
    expect(r.url.pathname).toBe(`${prefix}/images/v1`);
    expect(r.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const p = parts(r);
    expect(p.map((x) => x.head)).toEqual([
      ['Content-Disposition: form-data; name="file"; filename="image.png"', 'Content-Type: image/png'],
      ['Content-Disposition: form-data; name="id"'],
      ['Content-Disposition: form-data; name="metadata"'],
      ['Content-Disposition: form-data; name="creator"'],
    ]);
    expect(Uint8Array.from(p[0].body, (c) => c.charCodeAt(0) & 0xff)).toEqual(PNG);
    expect(p.slice(1).map((x) => x.body)).toEqual(['products/a', '{"sku":"x"}', 'u1']);
  });

  it('uploads from a URL with requireSignedURLs as a string part', async () => {
    const { client, requests } = setup(image('abc'));
    await client.images.v1.create({ url: 'https://example.com/a.png', requireSignedURLs: true });
    expect(parts(requests[0]).map((x) => [x.head[0], x.body])).toEqual([
      ['Content-Disposition: form-data; name="url"', 'https://example.com/a.png'],
      ['Content-Disposition: form-data; name="requireSignedURLs"', 'true'],
    ]);
  });

  it('accepts Blob, File, ArrayBuffer and ReadableStream files', async () => {
    const sources = [new Blob([PNG]), new File([PNG], 'logo.png', { type: 'image/png' }), PNG.buffer.slice(0), new Blob([PNG]).stream()];
    for (const file of sources) {
      const { client, requests } = setup(image('abc'));
      await client.images.v1.create({ file });
      const [filePart] = parts(requests[0]);
      expect(filePart.head[1]).toBe('Content-Type: image/png');
      expect(filePart.body.length).toBe(PNG.length);
    }
  });

  it('creates a direct upload with its fields, and sends the default expiry when none is given', async () => {
    const { client, requests } = setup({ id: 'x', uploadURL: 'https://upload.example/x' });
    const expiry = new Date(Date.now() + 3600_000);
    await client.images.v2.directUploads.create({ expiry, metadata: { a: 'b' }, requireSignedURLs: false, creator: 'u1' });
    expect(parts(requests[0]).map((x) => [x.head[0], x.body])).toEqual([
      ['Content-Disposition: form-data; name="expiry"', expiry.toISOString()],
      ['Content-Disposition: form-data; name="metadata"', '{"a":"b"}'],
      ['Content-Disposition: form-data; name="requireSignedURLs"', 'false'],
      ['Content-Disposition: form-data; name="creator"', 'u1'],
    ]);
    const before = Date.now();
    await client.images.v2.directUploads.create();
    const [only] = parts(requests[1]);
    expect(only.head[0]).toBe('Content-Disposition: form-data; name="expiry"');
    const seconds = (Date.parse(only.body) - before) / 1000;
    expect(seconds).toBeGreaterThan(1790);
    expect(seconds).toBeLessThan(1810);
  });

  it('downloads a blob as bytes, Blob or stream with its content type', async () => {
    const recorder = recordingFetch(() => new Response(PNG, { headers: { 'content-type': 'image/png', 'content-length': String(PNG.length) } }));
    const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {} });
    const blob = await client.images.v1.blobs.get('abc');
    expect(recorder.requests[0].url.pathname).toBe(`${prefix}/images/v1/abc/blob`);
    expect(blob.contentType).toBe('image/png');
    expect(blob.size).toBe(PNG.length);
    expect(await blob.bytes()).toEqual(PNG);
    const asBlob = await (await client.images.v1.blobs.get('abc')).blob();
    expect(new Uint8Array(await asBlob.arrayBuffer())).toEqual(PNG);
    const stream = (await client.images.v1.blobs.get('abc')).stream();
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(PNG);
  });

  it('exposes the openapi-fetch client with auth applied', async () => {
    const { client, requests } = setup({ count: { allowed: 1, current: 1 } });
    const { data } = await client.raw.GET('/accounts/{account_id}/images/v1/stats', { params: { path: { account_id: ACCOUNT } } });
    expect(data?.result.count.current).toBe(1);
    expect(requests[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('passes openapi-fetch middleware through', async () => {
    const seen: string[] = [];
    const recorder = recordingFetch(() => ok({ count: { allowed: 1, current: 1 } }));
    const client = createImagesClient({
      accountId: ACCOUNT,
      apiToken: TOKEN,
      baseUrl: BASE,
      fetch: recorder.fetch,
      env: {},
      middleware: [
        { onRequest: ({ request }) => void request.headers.set('x-trace', 't1'), onResponse: ({ response }) => void seen.push(String(response.status)) },
      ],
    });
    await client.images.v1.stats.get();
    expect(recorder.requests[0].headers.get('x-trace')).toBe('t1');
    expect(seen).toEqual(['200']);
  });
});
