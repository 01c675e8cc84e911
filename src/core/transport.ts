import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidatorKey } from '../../generated/request-validators.js';
import type { ValidatorKey as AnyValidatorKey } from '../../generated/validators.js';
import { Deadline, TransportFailure, untilAborted } from './deadline.js';
import { apiError, successEnvelope } from './envelope.js';
import { ImagesApiError, ImagesConnectionError, ImagesError, ImagesResponseValidationError, ImagesTimeoutError, ImagesValidationError } from './errors.js';
import type { MultipartBody } from './multipart.js';
import { requestOptionIssues, type NormalizedOptions } from './options.js';
import { serializeQuery } from './query.js';
import { backoffDelay, isIdempotentMethod, isRetryableStatus, parseRetryAfter, sleep } from './retry.js';
import { issuesOf } from './validate.js';

/** Per-call options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Per attempt, including reading the body. */
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
  /** Overrides the method's idempotency (an upload with a custom id may be retried). */
  idempotent?: boolean;
  /** After a retried attempt failed with a conflict, the earlier attempt probably succeeded: ask this instead. */
  recoverConflictAfterRetry?: () => Promise<unknown>;
}

/** A 2xx response whose body is handed over as a stream (the blob endpoint). */
export interface StreamedResponse {
  response: Response;
  /** The body, still under the attempt's timeout and the caller's signal, with typed read errors. */
  body: ReadableStream<Uint8Array>;
}

export type RawClient = Client<paths>;

const isConflict = (error: ImagesError) => error instanceof ImagesApiError && (error.status === 409 || error.codes.includes(5409));

/** Sends one operation: validates, retries, times out, and unwraps the Cloudflare envelope. */
export class Transport {
  readonly raw: RawClient;
  readonly #options: NormalizedOptions;
  readonly #fetch: typeof globalThis.fetch;
  #responseValidators?: Promise<typeof import('../../generated/validators.js').validators>;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    // Called without a receiver: workerd's fetch throws "Illegal invocation" when `this` is not the global.
    const fetchImpl = options.fetch;
    this.#fetch = fetchImpl;
    this.raw = createClient<paths>({
      baseUrl: options.baseUrl,
      headers: options.authHeaders(),
      fetch: (request: Request) => untilAborted(Promise.resolve(fetchImpl(request)), request.signal),
      querySerializer: serializeQuery,
    });
    if (options.middleware.length) this.raw.use(...options.middleware);
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

  /** Sends a JSON operation and returns its envelope's `result`. */
  send<T>(call: Call, options: RequestOptions = {}): Promise<T> {
    return this.#withRetries(call, options, (deadline) => this.#json<T>(call, deadline));
  }

  /** Sends an operation whose 2xx body is binary and returns it as a stream. */
  stream(call: Call, options: RequestOptions = {}): Promise<StreamedResponse> {
    return this.#withRetries(call, options, (deadline) => this.#streamed(call, deadline));
  }

  async #withRetries<T>(call: Call, options: RequestOptions, attempt: (deadline: Deadline) => Promise<T>): Promise<T> {
    const optionIssues = requestOptionIssues(options);
    if (optionIssues.length) throw new ImagesValidationError(call.operationId, optionIssues);
    this.check(call);
    const maxRetries = options.maxRetries ?? this.#options.maxRetries;
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const idempotent = call.idempotent ?? isIdempotentMethod(operations[call.operationId].method);
    for (let n = 0; ; n++) {
      let failure: ImagesError;
      const deadline = new Deadline(call.operationId, timeoutMs, options.signal);
      try {
        return await attempt(deadline);
      } catch (error) {
        failure = deadline.failure(error);
        deadline.done();
      }
      if (n > 0 && call.recoverConflictAfterRetry && isConflict(failure)) return (await call.recoverConflictAfterRetry()) as T;
      const retryable =
        failure instanceof ImagesConnectionError ||
        failure instanceof ImagesTimeoutError ||
        (failure instanceof ImagesApiError && isRetryableStatus(failure.status) && !(call.recoverConflictAfterRetry && isConflict(failure)));
      if (!retryable || !idempotent || n >= maxRetries) throw failure;
      const retryAfterMs = failure instanceof ImagesApiError ? parseRetryAfter(failure.response?.headers.get('retry-after') ?? null) : undefined;
      const delay = retryAfterMs ?? backoffDelay(n, this.#options.maxRetryDelayMs);
      if (delay > this.#options.maxRetryDelayMs) throw failure;
      await sleep(delay, options.signal, call.operationId);
    }
  }

  /**
   * One request through openapi-fetch. A 2xx body is handed back unread (as a stream); an error
   * body is read inside the deadline, and failures of the network are told apart from the rest.
   */
  async #request(call: Call, deadline: Deadline): Promise<{ response: Response; error: unknown }> {
    const operation = operations[call.operationId];
    const { multipart } = call;
    const fetchImpl = this.#fetch;
    const init = {
      params: { path: { account_id: this.#options.accountId, ...call.path }, query: call.query },
      body: multipart ? multipart.body : call.body,
      ...(multipart ? { bodySerializer: (body: Blob) => body, headers: { 'Content-Type': multipart.contentType } } : {}),
      parseAs: 'stream',
      signal: deadline.signal,
      fetch: async (request: Request) => {
        try {
          const response = await untilAborted(Promise.resolve(fetchImpl(request)), request.signal);
          if (response.ok) return response;
          const bytes = await response.arrayBuffer();
          return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
        } catch (error) {
          throw new TransportFailure(error);
        }
      },
    } as const;
    return (this.raw.request as any)(operation.method.toLowerCase(), operation.path, init);
  }

  async #json<T>(call: Call, deadline: Deadline): Promise<T> {
    const { response, error } = await this.#request(call, deadline);
    if (!response.ok) throw apiError(call.operationId, response, error);
    let text: string;
    try {
      text = response.bodyUsed ? '' : await response.text();
    } catch (failure) {
      throw new TransportFailure(failure);
    }
    deadline.done();
    const envelope = successEnvelope(call.operationId, response, text);
    if (this.#options.validateResponse) {
      // Loaded on first use: a client that does not validate responses does not carry their validators.
      const all = await (this.#responseValidators ??= import('../../generated/validators.js').then((m) => m.validators));
      const validate = all[`${call.operationId}.response.${response.status}` as AnyValidatorKey] ?? all[`${call.operationId}.response.200` as AnyValidatorKey];
      const issues = issuesOf(validate, envelope);
      if (issues.length) throw new ImagesResponseValidationError(call.operationId, response.status, issues);
    }
    return envelope.result as T;
  }

  async #streamed(call: Call, deadline: Deadline): Promise<StreamedResponse> {
    const { response, error } = await this.#request(call, deadline);
    if (!response.ok) {
      deadline.done();
      throw apiError(call.operationId, response, error);
    }
    if (!response.body) {
      deadline.done();
      throw apiError(call.operationId, response, '', 'the response has no body');
    }
    return { response, body: deadline.guard(response.body) };
  }
}
