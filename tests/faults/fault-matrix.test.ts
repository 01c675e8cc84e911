import { describe, expect, it } from 'vitest';
import { createImagesClient, ImagesAbortError, ImagesApiError, ImagesConnectionError, ImagesTimeoutError, type ImagesClient } from '../../src/index.js';
import { faults, startFaultServer, type Fault } from '../helpers/fault-server.js';
import { ACCOUNT, image, PNG } from '../helpers/fake-fetch.js';

const IMAGE = image('abc');
type Kind = 'read' | 'write' | 'write with id';
const calls: Record<Kind, (c: ImagesClient, signal?: AbortSignal) => Promise<unknown>> = {
  read: (c, signal) => c.images.v1.get('abc', { signal }),
  write: (c, signal) => c.images.v1.create({ file: PNG }, { signal }),
  'write with id': (c, signal) => c.images.v1.create({ file: PNG, id: 'products/abc' }, { signal }),
};
const retried = (kind: Kind) => kind !== 'write';

async function run(kind: Kind, script: Fault[], options: { timeoutMs?: number; signal?: AbortSignal } = {}) {
  const server = await startFaultServer(script);
  const client = createImagesClient({
    accountId: ACCOUNT,
    apiToken: 't',
    baseUrl: server.url,
    env: {},
    maxRetries: 2,
    maxRetryDelayMs: 5_000,
    timeoutMs: options.timeoutMs ?? 5_000,
  });
  const outcome = await calls[kind](client, options.signal).then(
    (value) => ({ value, error: undefined }),
    (error) => ({ value: undefined, error }),
  );
  await server.close();
  return { ...outcome, requests: server.seen.length, bodyBytes: server.seen.map((s) => s.bodyBytes) };
}

describe.concurrent.each<Kind>(['read', 'write', 'write with id'])('fault matrix: %s', (kind) => {
  const attempts = retried(kind) ? 3 : 1;

  it.each([500, 502])('%i with an HTML body', async (status) => {
    const { error, requests } = await run(kind, [faults.html(status)]);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error).toMatchObject({ status, bodySnippet: expect.stringContaining(`<title>${status} Error</title>`) });
    expect(error).toMatchObject({
      method: kind === 'read' ? 'GET' : 'POST',
      url: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/client/v4/accounts/${ACCOUNT}/images/v1${kind === 'read' ? '/abc' : ''}$`)),
    });
    expect(requests).toBe(attempts);
  });

  it('503 then success', async () => {
    const { value, error, requests } = await run(kind, [faults.status(503), faults.ok(IMAGE)]);
    if (retried(kind)) {
      expect(value).toEqual(IMAGE);
      expect(requests).toBe(2);
    } else {
      expect(error).toMatchObject({ name: 'ImagesApiError', status: 503 });
      expect(requests).toBe(1);
    }
  });

  it.each([
    ['seconds', () => '1'],
    ['an HTTP date', () => new Date(Date.now() + 1_000).toUTCString()],
  ])('429 with Retry-After in %s, then success', async (_how, retryAfter) => {
    const started = Date.now();
    const { value, requests, bodyBytes } = await run(kind, [faults.status(429, { 'retry-after': retryAfter() }), faults.ok(IMAGE)]);
    // Every kind, writes too: a rate-limited request was refused, not carried out.
    expect(value).toEqual(IMAGE);
    expect(requests).toBe(2);
    // A write sends its whole body again, not an empty or spent stream.
    if (kind !== 'read') expect(bodyBytes[1]).toBe(bodyBytes[0]);
    if (kind !== 'read') expect(bodyBytes[0]).toBeGreaterThan(PNG.byteLength);
    expect(Date.now() - started).toBeGreaterThanOrEqual(_how === 'seconds' ? 950 : 0);
  });

  it.each([
    ['truncated JSON', faults.truncated, /not valid JSON/],
    ['JSON that is not an envelope', faults.notEnvelope, /not a Cloudflare envelope/],
    ['200 with success:false', faults.successFalse, /HTTP 200: 5400 Bad request/],
  ])('%s', async (_name, fault, message) => {
    const { error, requests } = await run(kind, [fault()]);
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(message);
    expect(requests).toBe(1);
  });

  it('connection reset mid-body', async () => {
    const { error, requests } = await run(kind, [faults.resetMidBody()]);
    expect(error).toBeInstanceOf(ImagesConnectionError);
    expect(requests).toBe(attempts);
  });

  it('a server that stalls past the timeout', async () => {
    const { error, requests } = await run(kind, [faults.stall()], { timeoutMs: 100 });
    expect(error).toBeInstanceOf(ImagesTimeoutError);
    expect(error.timeoutMs).toBe(100);
    expect(requests).toBe(attempts);
  });

  it("the caller's abort during a retry wait", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const { error, requests } = await run(kind, [faults.status(503, { 'retry-after': '3' }), faults.ok(IMAGE)], { signal: controller.signal });
    if (retried(kind)) expect(error).toBeInstanceOf(ImagesAbortError);
    else expect(error).toMatchObject({ name: 'ImagesApiError', status: 503 });
    expect(requests).toBe(1);
  });
});

describe('fault matrix: blob', () => {
  it('connection reset mid-body: the headers arrive, reading the bytes is an ImagesConnectionError', async () => {
    const server = await startFaultServer([faults.resetBlobMidBody()]);
    const blob = await createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.url, env: {} }).images.v1.blobs.get('abc');
    await expect(blob.bytes()).rejects.toBeInstanceOf(ImagesConnectionError);
    await server.close();
    expect(server.seen).toHaveLength(1);
  });

  it('a body that stalls past the timeout is an ImagesTimeoutError', async () => {
    const server = await startFaultServer([faults.stallBlobMidBody()]);
    const blob = await createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.url, env: {}, timeoutMs: 100 }).images.v1.blobs.get('abc');
    await expect(blob.bytes()).rejects.toBeInstanceOf(ImagesTimeoutError);
    await server.close();
  });

  it('wrong content type on the blob endpoint', async () => {
    const server = await startFaultServer([faults.textOnBlob()]);
    const client = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.url, env: {} });
    const error = await client.images.v1.blobs.get('abc').catch((e) => e);
    await server.close();
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error.message).toContain('expected image bytes, got Content-Type text/plain');
    expect(server.seen).toHaveLength(1);
  });
});
