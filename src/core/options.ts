import { baseUrlProblem } from '../spec/base-url.js';
import type { Middleware } from 'openapi-fetch';
import { facts } from '../../generated/operations.js';
import { DEFAULT_BOUNDS, type BodyBounds } from './bounded.js';
import { ImagesConfigError, type ValidationIssue } from './errors.js';
import { credentialProblem } from './header-value.js';
import { retryPolicy, type RetryPolicy } from './retry.js';

export interface ImagesClientOptions {
  /** Defaults to `CLOUDFLARE_ACCOUNT_ID`. */
  accountId?: string;
  /** Defaults to `CLOUDFLARE_API_TOKEN`. Takes precedence over the e-mail + key pair. */
  apiToken?: string;
  /** Legacy auth, with `apiKey`. Defaults to `CLOUDFLARE_EMAIL`. */
  apiEmail?: string;
  /** Legacy auth, with `apiEmail`. Defaults to `CLOUDFLARE_API_KEY`. */
  apiKey?: string;
  /** Defaults to `CLOUDFLARE_BASE_URL` (as in the official SDK), else the spec's server, `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Per attempt. Default 60 000. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Longest wait between attempts, including a server's `Retry-After`. Default 60 000. */
  maxRetryDelayMs?: number;
  /** Request validation is on by default; response validation is opt-in. `false` turns both off. */
  validate?: boolean | { request?: boolean; response?: boolean };
  /** openapi-fetch middleware, run for every request in order. */
  middleware?: Middleware[];
  /**
   * Largest response body read into memory, in bytes, after decompression: a JSON body, or a blob
   * read with `bytes()`/`blob()` (`stream()` is not bounded). Past it: ImagesResponseLimitError.
   * Default 32 MB (`DEFAULT_BOUNDS.maxBodyBytes`). Error bodies are read to 64 KB at most.
   */
  maxBodyBytes?: number;
  /** Deepest nesting of arrays and objects a JSON body may have; past it: ImagesResponseLimitError. Default 1000. */
  maxJsonDepth?: number;
  /** Environment to read defaults from; `process.env` where it exists. Pass `{}` to ignore it. */
  env?: Record<string, string | undefined>;
}

export interface NormalizedOptions {
  accountId: string;
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  /** `fetch` is the runtime's own, which honours an AbortSignal given in its init. */
  platformFetch: boolean;
  timeoutMs: number;
  retry: RetryPolicy;
  validateRequest: boolean;
  validateResponse: boolean;
  middleware: Middleware[];
  bounds: BodyBounds;
  /** The credential headers; the secrets live only in this closure. */
  authHeaders: () => Record<string, string>;
  authScheme: 'apiToken' | 'apiEmail+apiKey';
}

function processEnv(): Record<string, string | undefined> {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env ?? {};
}

function integerIssue(name: string, value: unknown, min: number): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) return `${name} must be an integer ≥ ${min}, got ${String(value)}`;
  return undefined;
}

function integerOption(name: string, value: number | undefined, min: number, fallback: number): number {
  const issue = integerIssue(name, value, min);
  if (issue) throw new ImagesConfigError(issue);
  return value ?? fallback;
}

/**
 * A credential a header cannot carry fails here, saying which option and what is wrong, never
 * the value: the runtime's own error (`Headers.set: "Bearer …" is an invalid header value`) quotes it.
 */
function checkCredential(name: string, envName: string, value: string, given: string | undefined): void {
  const problem = typeof value === 'string' ? credentialProblem(value) : `must be a string, got ${typeof value}`;
  if (problem) throw new ImagesConfigError(`${name}${given === undefined ? ` (from ${envName})` : ''} ${problem}`);
}

/** Problems with a call's own options (`{ signal, timeoutMs, maxRetries }`), as validation issues. */
export function requestOptionIssues(options: { signal?: unknown; timeoutMs?: unknown; maxRetries?: unknown }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const timeout = integerIssue('timeoutMs', options.timeoutMs, 1);
  const retries = integerIssue('maxRetries', options.maxRetries, 0);
  if (timeout) issues.push({ pointer: '/options/timeoutMs', message: timeout });
  if (retries) issues.push({ pointer: '/options/maxRetries', message: retries });
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) issues.push({ pointer: '/options/signal', message: 'must be an AbortSignal' });
  return issues;
}

/** Normalizes options once, at construction; a missing account id or credential fails here. */
export function normalizeOptions(options: ImagesClientOptions = {}): NormalizedOptions {
  const env = options.env ?? processEnv();
  const accountId = options.accountId ?? env.CLOUDFLARE_ACCOUNT_ID;
  if (!accountId) throw new ImagesConfigError('accountId is required (or set CLOUDFLARE_ACCOUNT_ID)');

  const apiToken = options.apiToken ?? env.CLOUDFLARE_API_TOKEN;
  const apiEmail = options.apiEmail ?? env.CLOUDFLARE_EMAIL;
  const apiKey = options.apiKey ?? env.CLOUDFLARE_API_KEY;
  let authHeaders: NormalizedOptions['authHeaders'];
  let authScheme: NormalizedOptions['authScheme'];
  if (apiToken) {
    checkCredential('apiToken', 'CLOUDFLARE_API_TOKEN', apiToken, options.apiToken);
    authHeaders = () => ({ Authorization: `Bearer ${apiToken}` });
    authScheme = 'apiToken';
  } else if (apiEmail && apiKey) {
    checkCredential('apiEmail', 'CLOUDFLARE_EMAIL', apiEmail, options.apiEmail);
    checkCredential('apiKey', 'CLOUDFLARE_API_KEY', apiKey, options.apiKey);
    authHeaders = () => ({ 'X-Auth-Email': apiEmail, 'X-Auth-Key': apiKey });
    authScheme = 'apiEmail+apiKey';
  } else if (apiEmail || apiKey) {
    throw new ImagesConfigError(`${apiEmail ? 'apiKey' : 'apiEmail'} is missing: the legacy scheme needs both apiEmail and apiKey (or use apiToken)`);
  } else {
    throw new ImagesConfigError('credentials are required: apiToken (or CLOUDFLARE_API_TOKEN), or apiEmail + apiKey');
  }

  const baseUrl = (options.baseUrl ?? env.CLOUDFLARE_BASE_URL ?? facts.serverUrl).replace(/\/+$/, '');
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new ImagesConfigError(`baseUrl ${problem}${problem.includes('credentials') ? '; pass apiToken (or apiEmail + apiKey) instead' : ''}`);

  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new ImagesConfigError('no fetch implementation: pass options.fetch');
  const validate = options.validate ?? true;
  return {
    accountId,
    baseUrl,
    fetch: fetchImpl,
    platformFetch: fetchImpl === globalThis.fetch,
    timeoutMs: integerOption('timeoutMs', options.timeoutMs, 1, 60_000),
    retry: retryPolicy(integerOption('maxRetries', options.maxRetries, 0, 2), integerOption('maxRetryDelayMs', options.maxRetryDelayMs, 0, 60_000)),
    validateRequest: typeof validate === 'boolean' ? validate : (validate.request ?? true),
    validateResponse: typeof validate === 'boolean' ? false : (validate.response ?? false),
    middleware: options.middleware ?? [],
    bounds: {
      maxBodyBytes: integerOption('maxBodyBytes', options.maxBodyBytes, 1, DEFAULT_BOUNDS.maxBodyBytes),
      maxJsonDepth: integerOption('maxJsonDepth', options.maxJsonDepth, 1, DEFAULT_BOUNDS.maxJsonDepth),
    },
    authHeaders,
    authScheme,
  };
}
