import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction, type ValidatorKey } from '../../generated/request-validators.js';
import type { ValidatorKey as AnyValidatorKey } from '../../generated/validators.js';
import { operationRequests, type Call, type MethodOf, type OperationRequests, type PathParams, type RawInit, type RequestBody, type Unread } from './call.js';
import { Deadline, DeadlineTimer, TransportFailure, untilAborted } from './deadline.js';
import { apiError, successEnvelope, type SentRequest } from './envelope.js';
import { ImagesApiError, ImagesError, ImagesResponseValidationError, ImagesValidationError } from './errors.js';
import { multipartOf, type MultipartBody } from './multipart.js';
import { requestOptionIssues, type NormalizedOptions } from './options.js';
import { serializeQuery } from '../spec/query.js';
import { asTransportFailure, DeferredRequest, errorBodyRead, sendsRequestStreams } from './runtime-fetch.js';
import { retryDelay, sleep } from './retry.js';
import type { ResultOf } from './types.js';
import { issuesOf } from './validate.js';
import { responseValidatorKey } from '../spec/responses.js';

/** Per-call options every method accepts. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Per attempt, including reading the body. */
  timeoutMs?: number;
  maxRetries?: number;
}

/** A 2xx response whose body is handed over as a stream (the blob endpoint). */
export interface StreamedResponse {
  response: Response;
  /** The body, still under the attempt's timeout and the caller's signal, with typed read errors. */
  body: ReadableStream<Uint8Array>;
}

export type RawClient = Client<paths>;
type ResponseValidators = typeof import('../../generated/validators.js').validators;

/** What the transport derives once per operation from the manifest and the generated validators. */
interface Plan<Op extends OperationId> {
  method: MethodOf<Op>;
  /** As sent, e.g. `GET`. */
  httpMethod: string;
  validateParams: ValidateFunction;
  validateBody?: ValidateFunction;
  multipart: boolean;
  /** The method alone makes a request safe to repeat. */
  idempotent: boolean;
  /** A body field whose presence makes the request safe to repeat (an upload's custom `id`). */
  idempotentWhen: string | null;
}

function planOf<Op extends OperationId>(operationId: Op, methods: ReadonlySet<string>): Plan<Op> {
  const operation = operations[operationId];
  return {
    method: operation.method.toLowerCase() as MethodOf<Op>, // toLowerCase is typed `string`
    httpMethod: operation.method,
    validateParams: validators[`${operationId}.params` as ValidatorKey],
    validateBody: validators[`${operationId}.body` as ValidatorKey],
    multipart: operation.requestBody?.contentType === 'multipart/form-data',
    idempotent: methods.has(operation.method),
    idempotentWhen: operation.idempotentWhenPresent,
  };
}

const isConflict = (error: ImagesError) => error instanceof ImagesApiError && (error.status === 409 || error.codes.includes(5409));

/** One attempt's request, as sent: what errors name, and the response with its error body read. */
interface Attempt extends SentRequest {
  response: Response;
  error: unknown;
}

/** Sends one operation: validates, retries, times out, and unwraps the Cloudflare envelope. */
export class Transport {
  readonly raw: RawClient;
  readonly #options: NormalizedOptions;
  readonly #requests: OperationRequests;
  readonly #plans = new Map<OperationId, Plan<OperationId>>();
  readonly #deadlines = new DeadlineTimer();
  /** The runtime's fetch and no middleware: nothing needs openapi-fetch's Request (see DeferredRequest). */
  readonly #deferRequest: boolean;
  /** The runtime's fetch, and it sends stream bodies: a file is streamed (a caller's fetch gets a Blob). */
  readonly #streamUploads: boolean;
  #responseValidators?: ResponseValidators;

  constructor(options: NormalizedOptions) {
    this.#options = options;
    // Called without a receiver: workerd's fetch throws "Illegal invocation" when `this` is not the global.
    const fetchImpl = options.fetch;
    this.raw = createClient<paths>({
      baseUrl: options.baseUrl,
      headers: options.authHeaders(),
      fetch: (request: Request) => untilAborted(Promise.resolve(fetchImpl(request)), request.signal),
      querySerializer: serializeQuery,
    });
    if (options.middleware.length) this.raw.use(...options.middleware);
    this.#requests = operationRequests(this.raw);
    this.#deferRequest = options.platformFetch && options.middleware.length === 0;
    this.#streamUploads = options.platformFetch && sendsRequestStreams();
  }

  #plan<Op extends OperationId>(operationId: Op): Plan<Op> {
    let plan = this.#plans.get(operationId);
    if (!plan) this.#plans.set(operationId, (plan = planOf(operationId, this.#options.retry.methods)));
    return plan as Plan<Op>;
  }

  /** Sends a JSON operation and returns its envelope's `result`. */
  send<Op extends OperationId>(call: Call<Op>, options?: RequestOptions): Promise<ResultOf<Op>> {
    return this.#run(call, options, false) as Promise<ResultOf<Op>>;
  }

  /** Sends an operation whose 2xx body is binary and returns it as a stream. */
  stream<Op extends OperationId>(call: Call<Op>, options?: RequestOptions): Promise<StreamedResponse> {
    return this.#run(call, options, true) as Promise<StreamedResponse>;
  }

  /** Validates the call once, makes its body sendable once, then makes attempts until one succeeds or retrying stops. */
  async #run<Op extends OperationId>(call: Call<Op>, options: RequestOptions | undefined, streamed: boolean): Promise<unknown> {
    const { operationId } = call;
    const optionIssues = options && requestOptionIssues(options);
    if (optionIssues?.length) throw new ImagesValidationError(operationId, optionIssues);
    const plan = this.#plan(operationId);
    const path = { ...(call.path as PathParams<Op>), account_id: this.#options.accountId };
    const params: RawInit<Op>['params'] = call.query ? { path, query: call.query } : { path };
    if (this.#options.validateRequest) this.#validate(operationId, plan, params, call.body);
    // Without `prepare`, Call<Op> has typed the body as sendable already.
    const body = call.prepare ? await call.prepare(call.body as Unread<RequestBody<Op>>) : (call.body as RequestBody<Op>);
    const multipart = plan.multipart ? multipartOf(body) : undefined;
    const idempotent = plan.idempotent || (plan.idempotentWhen !== null && (body as Record<string, unknown> | undefined)?.[plan.idempotentWhen] !== undefined);
    const timeoutMs = options?.timeoutMs ?? this.#options.timeoutMs;
    const signal = options?.signal;
    for (let n = 0; ; n++) {
      let failure: ImagesError;
      const deadline = new Deadline(operationId, timeoutMs, signal, this.#deadlines);
      const attempt = { operationId, method: plan.httpMethod, url: '' } as Attempt;
      try {
        const init = this.#init<Op>(params, body, multipart, deadline, attempt);
        const { response, error } = await this.#requests[operationId](plan.method, operations[operationId].path, init);
        attempt.response = response;
        attempt.error = error;
        return await (streamed ? this.#streamed(call, attempt, deadline) : this.#json(call, attempt, deadline));
      } catch (error) {
        failure = deadline.failure(error);
        deadline.done();
      }
      if (call.recoverConflictAfterRetry && isConflict(failure)) {
        if (n > 0) return call.recoverConflictAfterRetry();
        throw failure;
      }
      const delay = retryDelay(this.#options.retry, failure, n, idempotent, options?.maxRetries);
      if (delay === undefined) throw failure;
      await sleep(delay, signal, operationId);
    }
  }

  #validate(operationId: OperationId, plan: Plan<OperationId>, params: { path: object; query?: object }, body: unknown): void {
    if (plan.validateParams(params) && (!plan.validateBody || plan.validateBody(body))) return;
    const issues = issuesOf(plan.validateParams, params, '', `${operationId}.params`); // run again for their errors: failures only
    if (plan.validateBody) issues.push(...issuesOf(plan.validateBody, body, '/body', `${operationId}.body`));
    if (issues.length) throw new ImagesValidationError(operationId, issues);
  }

  /**
   * openapi-fetch's init for one attempt. A 2xx body is handed back unread (as a stream); an error
   * body is read inside the deadline, and failures of the network are told apart from the rest.
   */
  #init<Op extends OperationId>(params: RawInit<Op>['params'], body: RequestBody<Op>, multipart: MultipartBody | undefined, deadline: Deadline, attempt: Attempt): RawInit<Op> {
    const init: RawInit<Op> = { params, body, parseAs: 'stream', signal: deadline.signal, fetch: (request: Request) => this.#fetch(request, deadline, attempt) };
    if (this.#deferRequest) init.Request = DeferredRequest as unknown as typeof Request;
    if (multipart && this.#streamUploads && multipart.hasFile) {
      // Streamed, with its length: the file is read as it is sent, never copied into a Blob first (bench P4).
      init.bodySerializer = () => multipart.stream();
      init.headers = { 'Content-Type': multipart.contentType, 'Content-Length': String(multipart.length) };
      init.duplex = 'half';
    } else if (multipart) {
      init.bodySerializer = () => multipart.blob();
      init.headers = { 'Content-Type': multipart.contentType };
    }
    return init;
  }

  #fetch(request: Request | DeferredRequest, deadline: Deadline, attempt: Attempt): Promise<Response> {
    attempt.url = request.url;
    const fetchImpl = this.#options.fetch;
    let pending: Promise<Response>;
    try {
      pending =
        request instanceof DeferredRequest
          ? fetchImpl(request.url, request.init)
          : this.#options.platformFetch
            ? fetchImpl(request)
            : // A fetch of the caller's may ignore the signal: stop waiting for it when the signal aborts.
              untilAborted(Promise.resolve(fetchImpl(request)), deadline.signal);
    } catch (error) {
      return Promise.reject(new TransportFailure(error));
    }
    return pending.then(errorBodyRead, asTransportFailure);
  }

  async #json<Op extends OperationId>(call: Call<Op>, attempt: Attempt, deadline: Deadline): Promise<ResultOf<Op>> {
    const { response } = attempt;
    if (!response.ok) throw apiError(attempt, response, attempt.error);
    let text: string;
    try {
      text = response.bodyUsed ? '' : await response.text();
    } catch (failure) {
      throw new TransportFailure(failure);
    }
    deadline.done();
    const envelope = successEnvelope(attempt, response, text);
    if (this.#options.validateResponse) this.#validateResponse(this.#responseValidators ?? (await this.#loadResponseValidators()), call.operationId, response.status, envelope);
    const result = envelope.result as ResultOf<Op>;
    const reason = call.unusable?.(result);
    if (reason) throw apiError(attempt, response, envelope, reason);
    return result;
  }

  /** Loaded on first use: a client that does not validate responses does not carry their validators. */
  async #loadResponseValidators(): Promise<ResponseValidators> {
    return (this.#responseValidators ??= (await import('../../generated/validators.js')).validators);
  }

  #validateResponse(all: ResponseValidators, operationId: OperationId, status: number, envelope: unknown): void {
    const key = responseValidatorKey(operationId, status) as AnyValidatorKey | undefined;
    const validate = key === undefined ? undefined : all[key];
    // A status the spec does not document has nothing to validate against here (the checker reports it).
    if (!validate) return;
    const issues = issuesOf(validate, envelope, '', key);
    if (issues.length) throw new ImagesResponseValidationError(operationId, status, issues);
  }

  async #streamed<Op extends OperationId>(call: Call<Op>, attempt: Attempt, deadline: Deadline): Promise<StreamedResponse> {
    const { response } = attempt;
    const reason = !response.ok ? undefined : !response.body ? 'the response has no body' : call.unacceptable?.(response);
    if (!response.ok || reason) {
      deadline.done();
      response.body?.cancel().catch(() => undefined);
      throw apiError(attempt, response, response.ok ? '' : attempt.error, reason);
    }
    return { response, body: deadline.guard(response.body!) };
  }
}
