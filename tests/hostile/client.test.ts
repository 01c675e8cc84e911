// The typed client against every hostile-peer mode, with canary credentials (a token; an e-mail +
// key): each ends in the typed error of that mode, in time, with no credential sent to another
// origin, no canary in any rendering of the error, and memory bounded well under the peer's size.
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createImagesClient,
  ImagesApiError,
  ImagesConnectionError,
  ImagesError,
  ImagesRedirectError,
  ImagesResponseLimitError,
  ImagesTimeoutError,
  uploadToDirectUrl,
  type ImagesClientOptions,
} from '../../src/index.js';
import {
  CANARY,
  canariesIn,
  credentialHeadersIn,
  HOSTILE_MODES,
  rssGrowthDuring,
  startHostilePeer,
  type HostileMode,
  type HostilePeer,
} from '../helpers/hostile-peer.js';
import { PNG } from '../helpers/fake-fetch.js';

const MB = 1024 * 1024;
/** The client's bound in these tests; the peer's huge bodies are 256 MB (its default), 16× past it. */
const BOUND = 16 * MB;
/** Peak RSS growth allowed for one call: the bytes kept up to the bound, their copy, and slack for the runtime. */
const MEMORY_CEILING = 2 * BOUND + 64 * MB;
const TIMEOUT_MS = 1500;

const CREDENTIALS = {
  token: { apiToken: CANARY.token },
  'email+key': { apiEmail: CANARY.email, apiKey: CANARY.key },
} satisfies Record<string, ImagesClientOptions>;

let peer: HostilePeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const start = async (mode: HostileMode, options?: Parameters<typeof startHostilePeer>[1]) => (peer = await startHostilePeer(mode, options));

const clientFor = (p: HostilePeer, credentials: ImagesClientOptions, extra: ImagesClientOptions = {}) =>
  createImagesClient({
    accountId: CANARY.accountId,
    baseUrl: p.baseUrl,
    env: {},
    maxRetries: 0,
    timeoutMs: TIMEOUT_MS,
    maxBodyBytes: BOUND,
    ...credentials,
    ...extra,
  });

/** Every string reachable from `error`: own properties (hidden ones too), causes, and its renderings. */
export function renderings(error: unknown): string {
  const out: string[] = [String(error), inspect(error, { depth: 20, showHidden: true })];
  try {
    out.push(JSON.stringify(error) ?? '');
  } catch {
    // a cycle: its parts are walked below
  }
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number): void => {
    if (typeof value === 'string') return void out.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value) || depth > 12) return;
    seen.add(value);
    if (value instanceof Error) out.push(value.message, value.stack ?? '', String(value));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value, depth + 1);
    }
  };
  walk(error, 0);
  return out.join('\n');
}

/** What each mode must end in. */
const EXPECTED: Record<HostileMode, (error: unknown) => void> = {
  'cross-origin-redirect': (e) => expect(e).toBeInstanceOf(ImagesRedirectError),
  'huge-body': (e) => expect(e).toMatchObject({ name: 'ImagesResponseLimitError', option: 'maxBodyBytes', limit: BOUND, status: 200 }),
  'gzip-bomb': (e) => expect(e).toMatchObject({ name: 'ImagesResponseLimitError', option: 'maxBodyBytes', limit: BOUND, status: 200 }),
  'deep-json': (e) => expect(e).toMatchObject({ name: 'ImagesResponseLimitError', option: 'maxJsonDepth', limit: 1000, status: 200 }),
  'slow-drip': (e) => expect(e).toBeInstanceOf(ImagesTimeoutError),
  // An endless body meets the bound first, unless a loaded machine streams it slower than the timeout: either typed end is right.
  'never-ending': (e) =>
    expect(e instanceof ImagesTimeoutError ? e : (e as object)).toMatchObject(
      e instanceof ImagesTimeoutError ? { name: 'ImagesTimeoutError' } : { name: 'ImagesResponseLimitError', option: 'maxBodyBytes', limit: BOUND },
    ),
  'invalid-utf8': (e) => expect(e).toMatchObject({ name: 'ImagesApiError', status: 200, message: expect.stringContaining('not valid UTF-8') }),
  'huge-headers': (e) => expect(e).toBeInstanceOf(ImagesConnectionError),
  'reset-mid-body': (e) => expect(e).toBeInstanceOf(ImagesConnectionError),
};

describe.each(Object.entries(CREDENTIALS))('the client with canary credentials (%s)', (_scheme, credentials) => {
  it.each(HOSTILE_MODES)('%s: a typed error, in time, no credential elsewhere, no canary shown, memory bounded', async (mode) => {
    const p = await start(mode);
    const client = clientFor(p, credentials);
    const started = performance.now();
    const { result: error, growth } = await rssGrowthDuring(() =>
      client.images.v1.get('abc').then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(error).toBeInstanceOf(ImagesError);
    expect((error as Error).constructor).not.toBe(ImagesError); // a plain ImagesError is for bugs in middleware
    EXPECTED[mode](error);
    expect(credentialHeadersIn(p.elsewhere)).toEqual([]);
    expect(canariesIn(renderings(error))).toEqual([]);
    expect(growth).toBeLessThan(MEMORY_CEILING);
  });
});

describe('redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308] as const)('%i to another origin: ImagesRedirectError naming both URLs, not retried, nothing sent there', async (status) => {
    for (const credentials of Object.values(CREDENTIALS)) {
      const p = await start('cross-origin-redirect', { redirectStatus: status });
      const client = clientFor(p, credentials, { maxRetries: 2 });
      const error = await client.images.v1.get('abc').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImagesRedirectError);
      const url = `${p.baseUrl}/accounts/${CANARY.accountId}/images/v1/abc`;
      expect(error).toMatchObject({
        status,
        method: 'GET',
        url,
        location: `${p.elsewhereUrl}/accounts/${CANARY.accountId}/images/v1/abc`,
        operationId: 'getImage',
      });
      expect((error as Error).message).toContain(url);
      expect((error as Error).message).toContain(p.elsewhereUrl);
      expect(p.received).toHaveLength(1);
      expect(p.elsewhere).toEqual([]);
      await p.close();
      peer = undefined;
    }
  });

  it('an upload (POST with a file) that meets a 307 or 308 sends neither the file nor the key on', async () => {
    for (const status of [307, 308] as const) {
      const p = await start('cross-origin-redirect', { redirectStatus: status });
      const error = await clientFor(p, CREDENTIALS['email+key'])
        .images.v1.create({ file: PNG, id: 'a' })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ImagesRedirectError', status, method: 'POST' });
      expect(p.elsewhere).toEqual([]);
      await p.close();
      peer = undefined;
    }
  });

  it("a fetch of the caller's gets redirect: 'manual' in its init, and a fetch that keeps only the init still sends nothing on", async () => {
    const p = await start('cross-origin-redirect');
    const inits: RequestInit[] = [];
    // Rebuilds the request from its parts and the init: the Request's own redirect mode is lost.
    const fetch = (async (input: Request, init?: RequestInit) => {
      inits.push({ ...init });
      return globalThis.fetch(input.url, { method: input.method, headers: input.headers, ...init });
    }) as typeof globalThis.fetch;
    const error = await clientFor(p, CREDENTIALS['email+key'], { fetch })
      .images.v1.get('abc')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesRedirectError);
    expect(inits.map((i) => i.redirect)).toEqual(['manual']);
    expect(credentialHeadersIn(p.elsewhere)).toEqual([]);
  });

  it('a middleware that makes a new Request (redirect: follow) does not take the credentials elsewhere', async () => {
    const p = await start('cross-origin-redirect');
    const middleware = [{ onRequest: ({ request }: { request: Request }) => new Request(request.url, { method: request.method, headers: request.headers }) }];
    const error = await clientFor(p, CREDENTIALS['email+key'], { middleware })
      .images.v1.get('abc')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesRedirectError);
    expect(credentialHeadersIn(p.elsewhere)).toEqual([]);
    expect(p.elsewhere).toEqual([]);
  });

  it('the blob endpoint too', async () => {
    const p = await start('cross-origin-redirect', { redirectStatus: 302 });
    const error = await clientFor(p, CREDENTIALS.token)
      .images.v1.blobs.get('abc')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesRedirectError', status: 302 });
    expect(p.elsewhere).toEqual([]);
  });

  it('uploadToDirectUrl does not follow one either: the file is not sent on', async () => {
    const p = await start('cross-origin-redirect', { redirectStatus: 307 });
    const uploadURL = `${p.baseUrl}/upload/one-time`;
    const error = await uploadToDirectUrl(uploadURL, PNG).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesRedirectError', status: 307, url: uploadURL, location: `${p.elsewhereUrl}/upload/one-time` });
    expect(p.elsewhere).toEqual([]);
  });
});

describe('bodies are read within the bounds', () => {
  /** A response whose body never ends, counting what was pulled from it (a turn of the event loop a chunk, as a socket would). */
  function endless(init: ResponseInit) {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const counter = { pulled: 0 };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setImmediate(resolve));
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk.slice());
      },
    });
    return { response: new Response(body, init), counter };
  }

  /** A client whose every request answers `response`, with canary credentials. */
  const answering = (response: Response, options: ImagesClientOptions = {}) =>
    createImagesClient({
      accountId: CANARY.accountId,
      apiToken: CANARY.token,
      baseUrl: 'https://api.example.test/client/v4',
      env: {},
      timeoutMs: 5000,
      fetch: async () => response,
      ...options,
    });

  it('an error body is read only to its snippet bound (64 KB): an ImagesApiError with the status, never the whole body', async () => {
    const { response, counter } = endless({ status: 503, headers: { 'content-type': 'text/html' } });
    const client = answering(response, { maxRetries: 0 });
    const error = await client.images.v1.get('abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesApiError', status: 503 });
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it('a blob read with bytes() or blob() stops at maxBodyBytes; stream() is the caller’s to bound', async () => {
    for (const read of ['bytes', 'blob'] as const) {
      const { response, counter } = endless({ headers: { 'content-type': 'image/png' } });
      const client = answering(response, { maxBodyBytes: MB });
      const blob = await client.images.v1.blobs.get('abc');
      const error = await blob[read]().catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ImagesResponseLimitError', option: 'maxBodyBytes', limit: MB, operationId: 'getImageBlob' });
      expect((error as Error).message).toMatch(/larger than 1 MB.*raise the client's maxBodyBytes/);
      expect(counter.pulled).toBeLessThanOrEqual(MB + 2 * 64 * 1024);
    }
  });

  it('a blob whose Content-Length is past the bound is refused before it is read', async () => {
    const { response, counter } = endless({ headers: { 'content-type': 'image/png', 'content-length': String(64 * MB) } });
    const client = answering(response, { maxBodyBytes: MB });
    const error = await (await client.images.v1.blobs.get('abc')).bytes().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesResponseLimitError);
    expect(counter.pulled).toBeLessThanOrEqual(2 * 64 * 1024); // what the streams pull ahead to fill their queues, no more
  });

  it('JSON nested past maxJsonDepth in an error body is an ImagesApiError with its status, never a RangeError', async () => {
    const deep = `{"success":false,"result":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const fetch = async () => new Response(deep, { status: 400, headers: { 'content-type': 'application/json' } });
    const client = createImagesClient({
      accountId: CANARY.accountId,
      apiToken: CANARY.token,
      baseUrl: 'https://api.example.test/client/v4',
      env: {},
      maxRetries: 0,
      fetch,
    });
    const error = await client.images.v1.get('abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesApiError', status: 400 });
  });

  it('error entries that are not objects do not break the error', async () => {
    const fetch = async () => Response.json({ success: false, errors: [null, 7, { code: 5404, message: 'Image not found' }], messages: 'no' }, { status: 404 });
    const client = createImagesClient({
      accountId: CANARY.accountId,
      apiToken: CANARY.token,
      baseUrl: 'https://api.example.test/client/v4',
      env: {},
      maxRetries: 0,
      fetch,
    });
    const error = await client.images.v1.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error).toMatchObject({ status: 404, codes: [5404], messages: [] });
  });

  it('a status no Response can hold (999) is an ImagesApiError with it, not a RangeError', async () => {
    const server = createTcpServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 999 Weird\r\ncontent-length: 5\r\n\r\nweird')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
      const error = await createImagesClient({ accountId: CANARY.accountId, apiToken: CANARY.token, baseUrl, env: {}, maxRetries: 0 })
        .images.v1.get('abc')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ImagesApiError', status: 999, bodySnippet: 'weird' });
      expect(canariesIn(renderings(error))).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('uploadToDirectUrl reads its answer within the bounds too', async () => {
    const p = await start('huge-body');
    const error = await uploadToDirectUrl(`${p.baseUrl}/upload/one-time`, PNG, { maxBodyBytes: BOUND }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesResponseLimitError', option: 'maxBodyBytes', limit: BOUND });
  });
});
