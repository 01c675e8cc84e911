import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createImagesClient, ImagesAbortError, ImagesApiError, ImagesConnectionError, ImagesError, ImagesTimeoutError } from '../../src/index.js';
import { backoffDelay, parseRetryAfter, retryDelay, retryPolicy } from '../../src/core/retry.js';
import { ACCOUNT, BASE, fail, image, ok, PNG, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Answers with `statuses` in turn (then 200), recording every request. */
function flaky(statuses: (number | 'reset')[], headers: Record<string, string> = {}) {
  return recordingFetch((_r, i) => {
    const status = statuses[i];
    if (status === undefined) return ok(image('abc'));
    if (status === 'reset') throw new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
    return fail(status, 10001, `status ${status}`, headers);
  });
}

const make = (fetch: typeof globalThis.fetch, extra = {}) =>
  createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch, env: {}, ...extra });

describe('retries', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('retry a GET on %i, then succeed', async (status) => {
    const server = flaky([status]);
    const pending = make(server.fetch).images.v1.get('abc');
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toMatchObject({ id: 'abc' });
    expect(server.requests).toHaveLength(2);
  });

  it('retry connection errors', async () => {
    const server = flaky(['reset', 'reset']);
    const pending = make(server.fetch).images.v1.get('abc');
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(pending).resolves.toMatchObject({ id: 'abc' });
    expect(server.requests).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 415])('do not retry %i', async (status) => {
    const server = flaky([status]);
    await expect(make(server.fetch).images.v1.get('abc')).rejects.toMatchObject({ status });
    expect(server.requests).toHaveLength(1);
  });

  it('give up after maxRetries with the last error', async () => {
    const server = flaky([503, 503, 503, 503]);
    const pending = make(server.fetch, { maxRetries: 2 })
      .images.v1.get('abc')
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await pending;
    expect(error).toBeInstanceOf(ImagesApiError);
    expect(error.status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it('never repeat an upload without a custom id, nor a variant POST', async () => {
    const server = flaky([503]);
    await expect(make(server.fetch).images.v1.create({ file: PNG })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    const variants = flaky([503]);
    await expect(
      make(variants.fetch).images.v1.variants.create({ id: 'a', options: { fit: 'pad', metadata: 'none', width: 1, height: 1 } }),
    ).rejects.toMatchObject({ status: 503 });
    expect(variants.requests).toHaveLength(1);
  });

  it('repeat an upload with a custom id, sending the same parts', async () => {
    // Real timers: on Node 24 a Blob body is read with timers of its own, which a fake clock would stall.
    vi.useRealTimers();
    const server = flaky([503]);
    const pending = make(server.fetch).images.v1.create({ file: PNG, id: 'products/a' });
    await expect(pending).resolves.toMatchObject({ id: 'abc' });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].body.length).toBe(server.requests[0].body.length);
  });

  it('honor Retry-After in seconds', async () => {
    const server = flaky([429], { 'retry-after': '7' });
    const pending = make(server.fetch).images.v1.get('abc');
    await vi.advanceTimersByTimeAsync(6_900);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(server.requests).toHaveLength(2);
    await expect(pending).resolves.toMatchObject({ id: 'abc' });
  });

  it('honor Retry-After as an HTTP date', async () => {
    vi.setSystemTime(new Date('2026-11-22T12:00:00Z'));
    const server = flaky([503], { 'retry-after': 'Sun, 22 Nov 2026 12:00:04 GMT' });
    const pending = make(server.fetch).images.v1.get('abc');
    await vi.advanceTimersByTimeAsync(3_900);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toMatchObject({ id: 'abc' });
  });

  it('give up at once when Retry-After is beyond the cap', async () => {
    const server = flaky([429], { 'retry-after': '300' });
    await expect(make(server.fetch, { maxRetryDelayMs: 10_000 }).images.v1.get('abc')).rejects.toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it('stop waiting when the caller aborts during a retry wait', async () => {
    const server = flaky([503], { 'retry-after': '30' });
    const controller = new AbortController();
    const pending = make(server.fetch)
      .images.v1.get('abc', { signal: controller.signal })
      .catch((e) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    expect(await pending).toBeInstanceOf(ImagesAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('back off exponentially with full jitter, within the cap', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 60_000, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(10, 3_000, () => 1)).toBe(3_000);
    expect(backoffDelay(3, 60_000, () => 0)).toBe(0);
    expect(parseRetryAfter('12')).toBe(12_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 12:00:04 GMT', Date.parse('2026-11-22T12:00:00Z'))).toBe(4_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('the policy is data, normalized once: statuses, methods, the Retry-After cap', () => {
    const policy = retryPolicy(2, 60_000);
    expect(policy).toMatchObject({ limit: 2, maxRetryAfter: 60_000, backoffMs: 500 });
    expect([...policy.statusCodes].filter((s) => s < 500)).toEqual([408, 409, 429]);
    expect([500, 501, 503, 599].every((s) => policy.statusCodes.has(s))).toBe(true);
    expect([400, 401, 404, 413, 600].some((s) => policy.statusCodes.has(s))).toBe(false);
    expect([...policy.methods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PUT']);
    expect(policy.afterStatusCodes).toBe(policy.statusCodes);
  });

  it('retryDelay decides from the policy alone', () => {
    vi.useRealTimers();
    const policy = retryPolicy(2, 10_000);
    const api = (status: number, retryAfter?: string) =>
      new ImagesApiError({
        operationId: 'getImage',
        status,
        response: new Response(null, { status, headers: retryAfter ? { 'retry-after': retryAfter } : {} }),
      });
    expect(retryDelay(policy, api(503, '3'), 0, true)).toBe(3_000);
    expect(retryDelay(policy, api(503, '3'), 0, false)).toBeUndefined(); // not idempotent
    expect(retryDelay(policy, api(429, '3'), 0, false)).toBe(3_000); // rate-limited: refused, not carried out, so safe to send again
    expect(retryDelay(policy, api(429, '3'), 2, false)).toBeUndefined();
    expect(retryDelay(policy, api(503, '3'), 2, true)).toBeUndefined(); // retries used up
    expect(retryDelay(policy, api(503, '3'), 2, true, 5)).toBe(3_000); // a call's own maxRetries
    expect(retryDelay(policy, api(429, '30'), 0, true)).toBeUndefined(); // Retry-After beyond the cap
    expect(retryDelay(policy, api(404), 0, true)).toBeUndefined();
    expect(retryDelay(policy, api(200), 0, true)).toBeUndefined(); // success: false
    expect(retryDelay(policy, new ImagesConnectionError('reset'), 1, true)).toBeLessThanOrEqual(1_000);
    expect(retryDelay(policy, new ImagesTimeoutError('getImage', 5), 0, true)).toBeLessThanOrEqual(500);
    expect(retryDelay(policy, new ImagesError('a middleware bug'), 0, true)).toBeUndefined();
  });
});
