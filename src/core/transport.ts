import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidatorKey } from '../../generated/request-validators.js';
import type { ValidatorKey as AnyValidatorKey } from '../../generated/validators.js';
import {
  ImagesAbortError,
  ImagesApiError,
  ImagesConnectionError,
  ImagesError,
  ImagesResponseValidationError,
  ImagesTimeoutError,
  ImagesValidationError,
  type CloudflareMessage,
} from './errors.js';
import type { MultipartBody } from './multipart.js';
import type { NormalizedOptions } from './options.js';
import { serializeQuery } from './query.js';
import { backoffDelay, isIdempotentMethod, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';
import { issuesOf } from './validate.js';

/** Per-call options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
}

export interface Call {
  operationId: OperationId;
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  /** A JSON body. */
  body?: unknown;
  /** A multipart body, sent as encoded. */
  multipart?: MultipartBody;
  /** What the body validator sees when it differs from what is sent (a multipart form's fields). */
  bodyForValidation?: unknown;
  /** `stream` returns the raw response of a 2xx (the blob endpoint). */
  parseAs?: 'json' | 'stream';
  /** Overrides the method's idempotency (an upload with a custom id may be retried). */
  idempotent?: boolean;
}

export type RawClient = Client<paths>;

const SNIPPET_LENGTH = 200;
const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);

/** Sends one operation: validates, retries, times out, and unwraps the Cloudflare envelope. */
export class Transport {
  readonly raw: RawClient;
  readonly #options: NormalizedOptions;
  #responseValidators?: Promise<typeof import('../../generated/validators.js').validators>;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    // Called without a receiver: workerd's fetch throws "Illegal invocation" when `this` is not the global.
    const fetchImpl = options.fetch;
    this.raw = createClient<paths>({
      baseUrl: options.baseUrl,
      headers: options.authHeaders(),
      fetch: (request: Request) => untilAborted(fetchImpl(request), request.signal),
      querySerializer: serializeQuery,
    });
    if (options.middleware.length) this.raw.use(...options.middleware);
  }

  get accountId(): string {
    return this.#options.accountId;
  }

  get validatesRequests(): boolean {
    return this.#options.validateRequest;
  }

  /** Validates a request the way `send` would, without sending it. */
  check(call: Call): void {
    if (!this.#options.validateRequest) return;
    const { operationId } = call;
    const path = { account_id: this.#options.accountId, ...call.path };
    const params = call.query ? { path, query: call.query } : { path };
    const issues = issuesOf(validators[`${operationId}.params` as ValidatorKey], params);
    const bodyKey = `${operationId}.body` as ValidatorKey;
    if (validators[bodyKey]) issues.push(...issuesOf(validators[bodyKey], call.bodyForValidation ?? call.body, '/body'));
    if (issues.length) throw new ImagesValidationError(operationId, issues);
  }

  async send<T>(call: Call, options: RequestOptions = {}): Promise<T> {
    this.check(call);
    const operation = operations[call.operationId];
    const maxRetries = options.maxRetries ?? this.#options.maxRetries;
    const idempotent = call.idempotent ?? isIdempotentMethod(operation.method);
    for (let attempt = 0; ; attempt++) {
      let failure: ImagesError;
      let retryAfterMs: number | undefined;
      try {
        return await this.#attempt<T>(call, options);
      } catch (error) {
        if (!(error instanceof ImagesError)) throw error;
        failure = error;
        if (error instanceof ImagesApiError) retryAfterMs = parseRetryAfter(error.response?.headers.get('retry-after') ?? null);
      }
      const retryable =
        failure instanceof ImagesConnectionError ||
        failure instanceof ImagesTimeoutError ||
        (failure instanceof ImagesApiError && isRetryableStatus(failure.status));
      if (!retryable || !idempotent || attempt >= maxRetries) throw failure;
      const delay = retryAfterMs ?? backoffDelay(attempt, this.#options.maxRetryDelayMs);
      if (delay > this.#options.maxRetryDelayMs) throw failure;
      await sleep(delay, options.signal, call.operationId);
    }
  }

  async #attempt<T>(call: Call, options: RequestOptions): Promise<T> {
    const { operationId } = call;
    const operation = operations[operationId];
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) throw new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: options.signal.reason });
    options.signal?.addEventListener('abort', onCallerAbort, { once: true });

    try {
      const { multipart } = call;
      const init = {
        params: { path: { account_id: this.#options.accountId, ...call.path }, query: call.query },
        body: multipart ? multipart.body : call.body,
        ...(multipart ? { bodySerializer: (body: Blob) => body, headers: { 'Content-Type': multipart.contentType } } : {}),
        parseAs: call.parseAs === 'stream' ? 'stream' : 'text',
        signal: controller.signal,
      } as const;
      const { data, error, response } = await (this.raw.request as any)(operation.method.toLowerCase(), operation.path, init);
      if (!response.ok) throw apiError(operationId, response, error);
      if (call.parseAs === 'stream') return response as T;
      return this.#unwrap<T>(operationId, response, data as string | undefined);
    } catch (error) {
      if (error instanceof ImagesError) throw error;
      if (options.signal?.aborted) throw new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: options.signal.reason });
      if (timedOut) throw new ImagesTimeoutError(operationId, timeoutMs);
      throw new ImagesConnectionError(`${operationId}: ${describe(error)}`, { operationId, cause: error });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async #unwrap<T>(operationId: OperationId, response: Response, text: string | undefined): Promise<T> {
    let envelope: any;
    try {
      envelope = text ? JSON.parse(text) : undefined;
    } catch {
      throw apiError(operationId, response, text ?? '', 'the body is not valid JSON');
    }
    if (!envelope || typeof envelope !== 'object' || typeof envelope.success !== 'boolean') {
      throw apiError(operationId, response, text ?? '', 'the body is not a Cloudflare envelope');
    }
    if (!envelope.success) throw apiError(operationId, response, envelope, 'success is false');
    if (this.#options.validateResponse) {
      // Loaded on first use: a client that does not validate responses does not carry their validators.
      const all = await (this.#responseValidators ??= import('../../generated/validators.js').then((m) => m.validators));
      const validate = all[`${operationId}.response.${response.status}` as AnyValidatorKey] ?? all[`${operationId}.response.200` as AnyValidatorKey];
      const issues = issuesOf(validate, envelope);
      if (issues.length) throw new ImagesResponseValidationError(operationId, response.status, issues);
    }
    return envelope.result as T;
  }
}

function apiError(operationId: string, response: Response, body: unknown, reason?: string): ImagesApiError {
  const cfRay = response.headers.get('cf-ray') ?? undefined;
  if (body && typeof body === 'object' && Array.isArray((body as any).errors)) {
    const { errors, messages } = body as { errors: CloudflareMessage[]; messages?: CloudflareMessage[] };
    return new ImagesApiError({ operationId, status: response.status, errors, messages, cfRay, response, reason });
  }
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  return new ImagesApiError({ operationId, status: response.status, cfRay, response, reason, bodySnippet: snippet(text) || undefined });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/** Settles with `pending`, or rejects as soon as `signal` aborts, even with a fetch that ignores signals. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
