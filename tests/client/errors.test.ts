import { describe, expect, it } from 'vitest';
import {
  createImagesClient,
  ImagesAbortError,
  ImagesApiError,
  ImagesConfigError,
  ImagesConnectionError,
  ImagesError,
  ImagesPaginationError,
  ImagesResponseValidationError,
  ImagesTimeoutError,
  ImagesValidationError,
} from '../../src/index.js';
import { ACCOUNT, BASE, fail, image, ok, PNG, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const clientWith = (handler: Parameters<typeof recordingFetch>[0], extra: Record<string, unknown> = {}) => {
  const recorder = recordingFetch(handler);
  const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {}, maxRetries: 0, ...extra });
  return { client, ...recorder };
};

describe('construction', () => {
  it('fails clearly without an account id or credentials', () => {
    expect(() => createImagesClient({ apiToken: 't', env: {} })).toThrow(new ImagesConfigError('accountId is required (or set CLOUDFLARE_ACCOUNT_ID)'));
    expect(() => createImagesClient({ accountId: ACCOUNT, env: {} })).toThrow(/credentials are required/);
    expect(() => createImagesClient({ accountId: ACCOUNT, apiEmail: 'a@b.c', env: {} })).toThrow(/apiKey is missing/);
  });

  it('reads the conventional environment variables', async () => {
    const recorder = recordingFetch(() => ok({ count: { allowed: 1, current: 0 } }));
    const client = createImagesClient({ baseUrl: BASE, fetch: recorder.fetch, env: { CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: TOKEN } });
    await client.images.v1.stats.get();
    expect(recorder.requests[0].url.pathname).toContain(ACCOUNT);
    expect(recorder.requests[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });
});

describe('failures are typed', () => {
  it('a 200 with success:false is an ImagesApiError with the codes and cf-ray', async () => {
    const { client } = clientWith(() =>
      Response.json(
        { success: false, errors: [{ code: 5400, message: 'bad filter' }], messages: [], result: null },
        { headers: { 'cf-ray': '8f1e6c0f9a2b3c4d-LHR' } },
      ),
    );
    const error = await client.images.v1.get('abc').catch((e) => e);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error).toMatchObject({ status: 200, codes: [5400], cfRay: '8f1e6c0f9a2b3c4d-LHR', operationId: 'getImage' });
    expect(error.message).toBe('getImage: HTTP 200: 5400 bad filter (cf-ray 8f1e6c0f9a2b3c4d-LHR)');
  });

  it('an error envelope gives status, errors and messages', async () => {
    const { client } = clientWith(() => fail(404, 5404, 'Image not found'));
    const error = await client.images.v1.get('abc').catch((e) => e);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error).toMatchObject({ status: 404, errors: [{ code: 5404, message: 'Image not found' }] });
    expect(error.response.status).toBe(404);
  });

  it('an ImagesApiError names the request: its method and URL', async () => {
    const { client } = clientWith(() => fail(404, 5404, 'Image not found'));
    const error = await client.images.v1.get('products/a b').catch((e) => e);
    expect(error).toMatchObject({ method: 'GET', url: `${BASE}/accounts/${ACCOUNT}/images/v1/products%2Fa%20b` });
    const upload = await client.images.v1.create({ file: PNG }).catch((e) => e);
    expect(upload).toMatchObject({ name: 'ImagesApiError', method: 'POST', url: `${BASE}/accounts/${ACCOUNT}/images/v1` });
    const listed: any = await client.images.v2.list({ per_page: 10 }).catch((e) => e);
    expect(listed.url).toBe(`${BASE}/accounts/${ACCOUNT}/images/v2?per_page=10`);
  });

  it('a page without images names the request too', async () => {
    const { client } = clientWith(() => ok({ continuation_token: null }));
    const error: any = await client.images.v2.list().catch((e) => e);
    expect(error).toMatchObject({ name: 'ImagesApiError', status: 200, method: 'GET', url: `${BASE}/accounts/${ACCOUNT}/images/v2` });
    expect(error.message).toContain('no images array');
  });

  it('an HTML error page gives the status and a short snippet', async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(1000)}</body></html>`;
    const { client } = clientWith(() => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await client.images.v1.stats.get().catch((e) => e);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error.status).toBe(502);
    expect(error.bodySnippet).toMatch(/^<html><head><title>502 Bad Gateway<\/title>/);
    expect(error.bodySnippet.length).toBeLessThanOrEqual(200);
  });

  it('truncated JSON and a non-envelope on 200 are ImagesApiErrors, not SyntaxErrors', async () => {
    const truncated = clientWith(() => new Response('{"success": true, "resu', { headers: { 'content-type': 'application/json' } }));
    await expect(truncated.client.images.v1.stats.get()).rejects.toMatchObject({
      name: 'ImagesApiError',
      status: 200,
      message: expect.stringContaining('not valid JSON'),
    });
    const notEnvelope = clientWith(() => Response.json({ hello: 'world' }));
    await expect(notEnvelope.client.images.v1.stats.get()).rejects.toMatchObject({
      name: 'ImagesApiError',
      message: expect.stringContaining('not a Cloudflare envelope'),
    });
  });

  it('a refused connection is an ImagesConnectionError', async () => {
    const { client } = clientWith(() => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    });
    const error = await client.images.v1.stats.get().catch((e) => e);
    expect(error).toBeInstanceOf(ImagesConnectionError);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it("the caller's abort is an ImagesAbortError", async () => {
    const controller = new AbortController();
    const { client } = clientWith(
      () =>
        new Promise<Response>(() => {
          controller.abort();
        }),
    );
    // the recording fetch never resolves; the abort must win
    const pending = client.images.v1.stats.get({ signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(ImagesAbortError);
  });

  it('an already-aborted signal sends nothing', async () => {
    const { client, requests } = clientWith(() => ok({}));
    await expect(client.images.v1.stats.get({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ImagesAbortError);
    expect(requests).toHaveLength(0);
  });

  it('a stalled server is an ImagesTimeoutError', async () => {
    const { client } = clientWith((_r) => new Promise<Response>(() => {}), { timeoutMs: 20 });
    const error = await client.images.v1.stats.get().catch((e) => e);
    expect(error).toBeInstanceOf(ImagesTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 20, message: 'getImageStats: no response within 20 ms' });
  });

  it('a blob answered with JSON on 200 is an ImagesApiError', async () => {
    const { client } = clientWith(() => ok({}));
    await expect(client.images.v1.blobs.get('abc')).rejects.toMatchObject({
      name: 'ImagesApiError',
      message: expect.stringContaining('expected image bytes, got Content-Type application/json'),
    });
  });

  it('response validation is opt-in and names the field', async () => {
    const body = { ...image('abc'), uploaded: 'yesterday' };
    const off = clientWith(() => ok(body));
    await expect(off.client.images.v1.get('abc')).resolves.toEqual(body);
    const on = clientWith(() => ok(body), { validate: { response: true } });
    const error = await on.client.images.v1.get('abc').catch((e) => e);
    expect(error).toBeInstanceOf(ImagesResponseValidationError);
    expect(error.issues[0]).toMatchObject({ pointer: '/result/uploaded' });
  });

  it('every error class is an ImagesError', () => {
    for (const E of [
      ImagesApiError,
      ImagesValidationError,
      ImagesConnectionError,
      ImagesTimeoutError,
      ImagesAbortError,
      ImagesConfigError,
      ImagesResponseValidationError,
      ImagesPaginationError,
    ]) {
      expect(E.prototype).toBeInstanceOf(ImagesError);
    }
  });
});

describe('bad input is refused before anything is sent', () => {
  const refusals: [string, (c: ReturnType<typeof createImagesClient>) => Promise<unknown>, string, RegExp][] = [
    ['per_page below range', (c) => c.images.v1.list({ per_page: 5 }).then((x) => x), '/query/per_page', /must be >= 10 \(got 5\)/],
    ['page not an integer', (c) => c.images.v1.list({ page: 1.5 }).then((x) => x), '/query/page', /must be integer/],
    ['image id too long', (c) => c.images.v1.get('a'.repeat(1025)), '/path/image_id', /must NOT have more than 1024 characters/],
    ['image id starting with /', (c) => c.images.v1.get('/abc'), '/path/image_id', /must match pattern/],
    ['image id with a dot segment', (c) => c.images.v1.get('a/./b'), '/path/image_id', /must not have a `.` or `..` segment/],
    ['variant name with -', (c) => c.images.v1.variants.get('my-hero'), '/path/variant_id', /must match pattern/],
    ['key name too long', (c) => c.images.v1.keys.update('k'.repeat(21)), '/path/signing_key_name', /more than 20/],
    [
      'sort_order not in enum',
      (c) => c.images.v2.list({ sort_order: 'up' as 'asc' }).then((x) => x),
      '/query/sort_order',
      /must be one of asc, desc \(got "up"\)/,
    ],
    [
      'variant fit not in enum',
      (c) => c.images.v1.variants.create({ id: 'a', options: { fit: 'stretch' as 'pad', metadata: 'none', width: 1, height: 1 } }),
      '/body/options/fit',
      /must be one of scale-down, contain, cover, crop, pad/,
    ],
    ['variant options missing', (c) => c.images.v1.variants.create({ id: 'a' } as never), '/body/options', /is required/],
    [
      'variant width 0',
      (c) => c.images.v1.variants.edit('a', { options: { fit: 'pad', metadata: 'none', width: 0, height: 1 } }),
      '/body/options/width',
      /must be >= 1/,
    ],
    ['edit with an unknown field', (c) => c.images.v1.edit('a', { colour: 'red' } as never), '/body/colour', /is not allowed/],
    [
      'upload with neither file nor url',
      (c) => c.images.v1.create({ creator: 'x' } as never),
      '/body',
      /needs exactly one of 'file' \(a file part\) and 'url'/,
    ],
    [
      'upload with both file and url',
      (c) => c.images.v1.create({ file: PNG, url: 'https://x.test/a.png' } as never),
      '/body',
      /needs exactly one of 'file' \(a file part\) and 'url'/,
    ],
    [
      'upload with a UUID as custom id',
      (c) => c.images.v1.create({ url: 'https://x.test/a.png', id: '2cdc28f0-017a-49c4-9ed7-87056c83901a' }),
      '/body/id',
      /must not be a UUID/,
    ],
    [
      'upload custom id + signed URLs',
      (c) => c.images.v1.create({ url: 'https://x.test/a.png', id: 'a/b', requireSignedURLs: true }),
      '/body',
      /custom ID cannot be combined with requireSignedURLs/,
    ],
    [
      'upload metadata over 1024 bytes',
      (c) => c.images.v1.create({ url: 'https://x.test/a.png', metadata: { big: 'é'.repeat(600) } }),
      '/body/metadata',
      /1210 bytes as JSON; at most 1024/,
    ],
    ['upload a file that is not an image', (c) => c.images.v1.create({ file: new TextEncoder().encode('hello') }), '/body/file', /not a recognized image/],
    ['upload an empty file', (c) => c.images.v1.create({ file: new Uint8Array(0) }), '/body/file', /is empty/],
    ['upload over 10 MB', (c) => c.images.v1.create({ file: new Blob([PNG, new Uint8Array(10 * 1024 * 1024)]) }), '/body/file', /at most 10485760/],
    [
      'direct upload expiring too soon',
      (c) => c.images.v2.directUploads.create({ expiry: new Date(Date.now() + 60_000) }),
      '/body/expiry',
      /between 120 s and 21600 s/,
    ],
    [
      'direct upload expiring too late',
      (c) => c.images.v2.directUploads.create({ expiry: new Date(Date.now() + 7 * 3600_000) }),
      '/body/expiry',
      /between 120 s and 21600 s/,
    ],
    ['direct upload with a bad custom id', (c) => c.images.v2.directUploads.create({ id: 'ends/with/' }), '/body/id', /pattern/],
  ];

  it.each(refusals)('%s', async (_name, call, pointer, message) => {
    const { client, requests } = clientWith(() => ok({}));
    const error: any = await call(client).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe(pointer);
    expect(error.message).toMatch(message);
    expect(requests).toHaveLength(0);
  });

  it('validation can be switched off', async () => {
    const { client, requests } = clientWith(() => ok({ images: [] }), { validate: false });
    await client.images.v1.list({ per_page: 5 });
    expect(requests[0].url.searchParams.get('per_page')).toBe('5');
  });
});
