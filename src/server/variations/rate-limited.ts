// rate-limited: the documented limit (`x-cf-rate-limit`) enforced on authenticated API requests,
// per credential: `requests` in a sliding `windowSeconds`, then every request answered 429 with
// `Retry-After` (whole seconds, rounded up) for `lockoutSeconds`. Durations are scaled by the
// `rateLimitScale` option so tests stay fast.
import type { IncomingHttpHeaders } from 'node:http';
import { facts } from '../../../generated/operations.js';
import { resolveRef, spec } from '../../spec/document.js';
import { ApiError } from '../errors.js';
import type { Variation } from './variation.js';

const limit = facts.rateLimit;
/** The code of the spec's own 429 example. */
const RATE_LIMITED_CODE: number = Object.values<{ value: { errors: { code: number }[] } }>(
  resolveRef(spec.components.responses.TooManyRequests).content['application/json'].examples,
)[0].value.errors[0].code;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Who is counted: the token, or the legacy key pair (authentication already accepted it). */
const credentialOf = (headers: IncomingHttpHeaders) =>
  first(headers.authorization)?.replace(/^Bearer\s+/i, 'token:') ?? `key:${first(headers['x-auth-email'])}:${first(headers['x-auth-key'])}`;

export interface RateLimiter {
  /** Counts one request at `now`; throws the 429 when the credential is over the limit or locked out. */
  admit(credential: string, now: number): void;
}

/** Retry-After as whole seconds (rounded up), or as the HTTP date the lockout ends (rounded up to the second). */
export type RetryAfterFormat = 'seconds' | 'http-date';

const retryAfterValue = (format: RetryAfterFormat, now: number, until: number) =>
  format === 'seconds' ? String(Math.max(1, Math.ceil((until - now) / 1000))) : new Date(Math.ceil(until / 1000) * 1000).toUTCString();

export function rateLimiter(requests: number, windowMs: number, lockoutMs: number, format: RetryAfterFormat = 'seconds'): RateLimiter {
  const seen = new Map<string, { times: number[]; lockedUntil: number }>();
  return {
    admit(credential, now) {
      const entry = seen.get(credential) ?? { times: [], lockedUntil: 0 };
      seen.set(credential, entry);
      if (entry.lockedUntil <= now) {
        while (entry.times.length && entry.times[0] <= now - windowMs) entry.times.shift();
        if (entry.times.length < requests) {
          entry.times.push(now);
          return;
        }
        entry.times = [];
        entry.lockedUntil = now + lockoutMs;
      }
      const retryAfter = retryAfterValue(format, now, entry.lockedUntil);
      throw new ApiError(429, RATE_LIMITED_CODE, `Rate limited: more than ${requests} requests in ${windowMs / 1000} s; retry after ${retryAfter}`, undefined, {
        'retry-after': retryAfter,
      });
    },
  };
}

function limited(format: RetryAfterFormat): Variation['install'] {
  return (hooks, { now, options }) => {
    const scale = options.rateLimitScale;
    const limiter = rateLimiter(options.rateLimitRequests, limit.windowSeconds * 1000 * scale, limit.lockoutSeconds * 1000 * scale, format);
    hooks.admit = (headers) => limiter.admit(credentialOf(headers), now());
  };
}

export const rateLimited: Variation = {
  name: 'rate-limited',
  exercises: 'x-cf-rate-limit',
  summary: `${limit.requests} requests / ${limit.windowSeconds} s per credential, then 429 for ${limit.lockoutSeconds} s (x --rate-limit-scale)`,
  install: limited('seconds'),
};

// The RetryAfter header's schema allows an HTTP date as well as seconds.
export const rateLimitedHttpDate: Variation = {
  name: 'rate-limited-http-date',
  exercises: '#/components/headers/RetryAfter',
  summary: 'rate-limited, with Retry-After as the HTTP date the lockout ends',
  install: limited('http-date'),
};
