// Failure paths found in review: every one must end in a typed ImagesError, never a raw
// TypeError, a hang, a leaked timer or an unhandled rejection.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createImagesClient,
  ImagesAbortError,
  ImagesApiError,
  ImagesConnectionError,
  ImagesError,
  ImagesPaginationError,
  ImagesTimeoutError,
  ImagesValidationError,
  signImageUrl,
  uploadToDirectUrl,
} from '../../src/index.js';
import { ACCOUNT, BASE, fail, image, ok, PNG, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const make = (fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) =>
  createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch, env: {}, ...extra });

/** A PNG response whose body stream fails (or stalls) after the first chunk. */
function brokenBody(mode: 'error' | 'stall'): Response {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(PNG.subarray(0, 8));
      } else if (mode === 'error') controller.error(new TypeError('terminated'));
      else return new Promise(() => {});
    },
  });
  return new Response(body, { headers: { 'content-type': 'image/png' } });
}

afterEach(() => vi.useRealTimers());

describe('blob bodies stay under the deadline, with typed read errors', () => {
  it('a body cut off mid-read is an ImagesConnectionError', async () => {
    const blob = await make(recordingFetch(() => brokenBody('error')).fetch).images.v1.blobs.get('abc');
    await expect(blob.bytes()).rejects.toBeInstanceOf(ImagesConnectionError);
  });

  it('a body that stalls is an ImagesTimeoutError', async () => {
    const blob = await make(recordingFetch(() => brokenBody('stall')).fetch, { timeoutMs: 50 }).images.v1.blobs.get('abc');
    await expect(blob.blob()).rejects.toBeInstanceOf(ImagesTimeoutError);
  });

  it("the caller's abort while reading is an ImagesAbortError", async () => {
    const controller = new AbortController();
    const blob = await make(recordingFetch(() => brokenBody('stall')).fetch).images.v1.blobs.get('abc', { signal: controller.signal });
    const reading = blob.bytes();
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(ImagesAbortError);
  });
});

describe('malformed list pages', () => {
  it('a page without images is an ImagesApiError, not a TypeError', async () => {
    const client = make(recordingFetch(() => ok(null)).fetch);
    const run = async () => {
      for await (const _ of client.images.v2.list()) void _;
    };
    await expect(run()).rejects.toMatchObject({ name: 'ImagesApiError', message: expect.stringContaining('no images array') });
  });

  it('a v1 server that ignores `page` is stopped, not followed forever', async () => {
    const server = recordingFetch(() => ok({ images: Array.from({ length: 10 }, (_, i) => image(`same-${i}`)) }));
    const run = async () => {
      for await (const _ of make(server.fetch).images.v1.list({ per_page: 10 })) void _;
    };
    await expect(run()).rejects.toBeInstanceOf(ImagesPaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it('leaving the loop early cancels the prefetched page', async () => {
    const aborted: boolean[] = [];
    const fetch = (async (input: Request) => {
      const token = new URL(input.url).searchParams.get('continuation_token');
      if (!token) return ok({ images: [image('a'), image('b')], continuation_token: 't1' });
      return new Promise<Response>((_, reject) =>
        input.signal.addEventListener('abort', () => {
          aborted.push(true);
          reject(input.signal.reason);
        }),
      );
    }) as typeof globalThis.fetch;
    for await (const img of make(fetch).images.v2.list()) if (img.id === 'a') break;
    await vi.waitFor(() => expect(aborted).toEqual([true]));
  });

  it('bad filters on a list that is never read raise no unhandled rejection', async () => {
    const server = recordingFetch();
    make(server.fetch).images.v2.list({ filters: { a: { 'eq:number': 'x' as never } } });
    await new Promise((r) => setTimeout(r, 10));
    expect(server.requests).toHaveLength(0); // and vitest would report an unhandled rejection here
  });
});

describe('calls fail cleanly', () => {
  it('an already-aborted signal leaves no timer behind', async () => {
    vi.useFakeTimers();
    const client = make(recordingFetch().fetch);
    await expect(client.images.v1.stats.get({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ImagesAbortError);
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([
    [{ timeoutMs: Number.NaN }, '/options/timeoutMs'],
    [{ timeoutMs: -1 }, '/options/timeoutMs'],
    [{ maxRetries: Number.NaN }, '/options/maxRetries'],
    [{ maxRetries: 1.5 }, '/options/maxRetries'],
  ])('per-call option %o is refused at %s', async (options, pointer) => {
    const server = recordingFetch();
    const error: any = await make(server.fetch)
      .images.v1.stats.get(options)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe(pointer);
    expect(server.requests).toHaveLength(0);
  });

  it('a failing middleware is a typed, non-retried error, not a connection error', async () => {
    let calls = 0;
    const server = recordingFetch();
    const client = make(server.fetch, {
      middleware: [
        {
          onRequest: () => {
            calls++;
            throw new Error('middleware bug');
          },
        },
      ],
    });
    const error = await client.images.v1.stats.get().catch((e) => e);
    expect(error).toBeInstanceOf(ImagesError);
    expect(error).not.toBeInstanceOf(ImagesConnectionError);
    expect(error.message).toContain('middleware bug');
    expect(calls).toBe(1);
  });

  it('a retried custom-id upload that meets "already exists" returns the stored image', async () => {
    // Real timers (the backoff is at most 100 ms here): on Node 24 a fake clock stalls Blob request bodies.
    const server = recordingFetch((r, i) => {
      if (r.method === 'GET') return ok(image('products/a'));
      return i === 0 ? fail(503, 10001, 'lost') : fail(400, 5409, 'An image with this id already exists');
    });
    const pending = make(server.fetch, { maxRetryDelayMs: 100 }).images.v1.create({ file: PNG, id: 'products/a' });
    await expect(pending).resolves.toMatchObject({ id: 'products/a' });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'GET']);
  });

  it('after a 429 alone, "already exists" is the 409 it is: the rate-limited attempt stored nothing, so the id was taken before', async () => {
    const server = recordingFetch((_r, i) => (i === 0 ? fail(429, 10000, 'rate limited', { 'retry-after': '0' }) : fail(409, 5409, 'already exists')));
    await expect(make(server.fetch).images.v1.create({ file: PNG, id: 'products/a' })).rejects.toMatchObject({ status: 409 });
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('an upload without a custom id is retried after a 429 (refused, not carried out), and only then', async () => {
    const rateLimited = recordingFetch((_r, i) => (i === 0 ? fail(429, 10000, 'rate limited', { 'retry-after': '0' }) : ok(image('new-id'))));
    await expect(make(rateLimited.fetch).images.v1.create({ file: PNG })).resolves.toMatchObject({ id: 'new-id' });
    expect(rateLimited.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    const serverError = recordingFetch(() => fail(503, 10001, 'lost'));
    await expect(make(serverError.fetch).images.v1.create({ file: PNG })).rejects.toMatchObject({ status: 503 });
    expect(serverError.requests).toHaveLength(1);
  });

  it('a first-attempt conflict is reported, not hidden', async () => {
    const server = recordingFetch(() => fail(409, 5409, 'already exists'));
    await expect(make(server.fetch).images.v1.create({ file: PNG, id: 'products/a' })).rejects.toMatchObject({ status: 409 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('bad input is typed', () => {
  const refusals: [string, () => Promise<unknown>, string][] = [
    ['a file of the wrong kind', () => make(recordingFetch().fetch).images.v1.create({ file: 'not bytes' as never }), '/body/file'],
    [
      'a file stream that fails',
      () => make(recordingFetch().fetch).images.v1.create({ file: new ReadableStream({ pull: (c) => c.error(new Error('disk gone')) }) }),
      '/body/file',
    ],
    [
      'circular metadata',
      () => {
        const m: any = {};
        m.self = m;
        return make(recordingFetch().fetch).images.v1.create({ url: 'https://x.test/a.png', metadata: m });
      },
      '/body/metadata',
    ],
    ['a BigInt in metadata', () => make(recordingFetch().fetch).images.v1.edit('a', { metadata: { n: 1n } }), '/body/metadata'],
    [
      'a filter number with an exponent',
      () =>
        make(recordingFetch().fetch)
          .images.v2.list({ filters: { n: { gte: 1e21 } } })
          .then((x) => x),
      '/query/meta/n/gte',
    ],
    ['a URL that is not one', () => signImageUrl({ url: 'not a url', key: 'k' }), '/url'],
    ['bad percent-encoding in the image ID', () => signImageUrl({ url: 'https://imagedelivery.net/h/%E0%A4%A/public', key: 'k' }), '/url'],
    ['an empty signing key', () => signImageUrl({ url: 'https://imagedelivery.net/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public', key: '' }), '/key'],
    [
      'a fractional expiry',
      () => signImageUrl({ url: 'https://imagedelivery.net/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public', key: 'k', expiresAt: 1.5 }),
      '/expiresAt',
    ],
    [
      'a NaN lifetime',
      () => signImageUrl({ url: 'https://imagedelivery.net/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public', key: 'k', expiresIn: Number.NaN }),
      '/expiresIn',
    ],
    ['an invalid upload URL', () => uploadToDirectUrl('not a url', PNG), '/uploadURL'],
  ];

  it.each(refusals)('%s', async (_name, call, pointer) => {
    const error: any = await call().catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe(pointer);
  });

  it('signs delivery URLs on a custom domain', async () => {
    const url = await signImageUrl({ url: 'https://example.com/cdn-cgi/imagedelivery/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public', key: 'k', expiresAt: 5 });
    expect(new URL(url).searchParams.get('sig')).toMatch(/^[0-9a-f]{64}$/);
  });

  it("uploadToDirectUrl turns the caller's abort into an ImagesAbortError", async () => {
    const controller = new AbortController();
    const fetch = ((_u: unknown, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof globalThis.fetch;
    const pending = uploadToDirectUrl('https://upload.example/x', PNG, { fetch, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toBeInstanceOf(ImagesAbortError);
  });

  it('uploadToDirectUrl names the upload URL, without userinfo or fragment', async () => {
    const fetch = (async () => new Response('gone', { status: 410 })) as typeof globalThis.fetch;
    const error = await uploadToDirectUrl('https://someone:s3cret@upload.example/x?n=1#part', PNG, { fetch }).catch((e) => e);
    expect(error).toMatchObject({ name: 'ImagesApiError', method: 'POST', url: 'https://upload.example/x?n=1' });
    for (const shown of [String(error), JSON.stringify(error), inspect(error, { depth: 5, showHidden: true })]) expect(shown).not.toContain('s3cret');
  });

  it('uploadToDirectUrl reports an HTML error page as an ImagesApiError with a snippet', async () => {
    const fetch = (async () => new Response('<html>\n  <h1>410 Gone</h1>\n</html>', { status: 410 })) as typeof globalThis.fetch;
    const error = await uploadToDirectUrl('https://upload.example/x', PNG, { fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error).toMatchObject({ status: 410, bodySnippet: '<html> <h1>410 Gone</h1> </html>' });
  });
});
