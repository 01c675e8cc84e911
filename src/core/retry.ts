import { ImagesAbortError, ImagesApiError, ImagesConnectionError, ImagesTimeoutError, type ImagesError } from './errors.js';

/** When a failed attempt is tried again; normalized once, from the client's options. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly limit: number;
  /**
   * Methods whose requests are retried as they are. A request with another method is retried
   * only when its operation names a field that makes it idempotent (`x-cf-idempotent-when-present`,
   * an upload's custom `id`) and the request has it, or when it was answered 429 (refused, not
   * carried out).
   */
  readonly methods: ReadonlySet<string>;
  /** Error statuses that are retried; connection errors and timeouts always are. */
  readonly statusCodes: ReadonlySet<number>;
  /** Statuses whose `Retry-After` (seconds or an HTTP date) sets the wait. */
  readonly afterStatusCodes: ReadonlySet<number>;
  /** The longest wait before a retry; a `Retry-After` beyond it ends the retries at once. */
  readonly maxRetryAfter: number;
  /** Backoff with full jitter: retry n waits a random time in [0, min(maxRetryAfter, backoffMs · 2^n)]. */
  readonly backoffMs: number;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const RETRIED_STATUSES: ReadonlySet<number> = new Set([408, 409, 429, ...range(500, 599)]);

export function retryPolicy(limit: number, maxRetryAfter: number): RetryPolicy {
  return {
    limit,
    methods: new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']),
    statusCodes: RETRIED_STATUSES,
    afterStatusCodes: RETRIED_STATUSES,
    maxRetryAfter,
    backoffMs: 500,
  };
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a random delay in [0, min(cap, base · 2^attempt)]. */
export function backoffDelay(attempt: number, capMs: number, random = Math.random, baseMs = 500): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** The rate limit's answer: past it "every request is answered 429" (`x-cf-rate-limit`) — refused, not carried out. */
const RATE_LIMITED = 429;

/** Whether the failed attempt was certainly not carried out (rate-limited), so it cannot have stored anything. */
export const notCarriedOut = (failure: ImagesError): boolean => failure instanceof ImagesApiError && failure.status === RATE_LIMITED;

/**
 * How long to wait before retry number `attempt + 1` after `failure`, or undefined when it is not
 * retried: the request is not idempotent (a 429 is retried whatever the method: the request was
 * refused, not carried out), the retries are used up, the failure is not retryable, or the server
 * asks for a longer wait than the policy allows.
 */
export function retryDelay(policy: RetryPolicy, failure: ImagesError, attempt: number, idempotent: boolean, limit = policy.limit): number | undefined {
  if ((!idempotent && !notCarriedOut(failure)) || attempt >= limit) return undefined;
  let retryAfter: number | undefined;
  if (failure instanceof ImagesApiError) {
    if (!policy.statusCodes.has(failure.status)) return undefined;
    if (policy.afterStatusCodes.has(failure.status)) retryAfter = parseRetryAfter(failure.response?.headers.get('retry-after'));
  } else if (!(failure instanceof ImagesConnectionError || failure instanceof ImagesTimeoutError)) {
    return undefined;
  }
  const delay = retryAfter ?? backoffDelay(attempt, policy.maxRetryAfter, Math.random, policy.backoffMs);
  return delay > policy.maxRetryAfter ? undefined : delay;
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
