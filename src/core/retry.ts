import { ImagesAbortError } from './errors.js';

const RETRYABLE_STATUSES = new Set([408, 409, 429]);
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export const isRetryableStatus = (status: number) => RETRYABLE_STATUSES.has(status) || status >= 500;
export const isIdempotentMethod = (method: string) => IDEMPOTENT_METHODS.has(method.toUpperCase());

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random delay in [0, min(cap, 500 ms · 2^attempt)]. */
export function backoffDelay(attempt: number, capMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(capMs, 500 * 2 ** attempt));
}

/** Resolves after `ms`, or rejects with ImagesAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined, operationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ImagesAbortError(`${operationId}: aborted while waiting to retry`, { operationId, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
