import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction, type ValidatorKey } from '../../generated/request-validators.js';
import type { ValidatorKey as AnyValidatorKey } from '../../generated/validators.js';
import { operationRequests, type Call, type MethodOf, type OperationRequests, type PathParams, type RawInit, type RequestBody, type Unread } from './call.js';
import { Deadline, DeadlineTimer, TransportFailure, untilAborted } from './deadline.js';
import { errorBody, isRedirect, received, redirectError, responseText, streamBytes } from './body.js';
import { apiError, successEnvelope, type SentRequest } from './envelope.js';
import { ImagesApiError, ImagesError, ImagesResponseValidationError, ImagesValidationError } from './errors.js';
import { multipartOf, type MultipartBody } from './multipart.js';
import { requestOptionIssues, type NormalizedOptions } from './options.js';
import { serializeQuery } from '../spec/query.js';
import { asTransportFailure, DeferredRequest, manualRedirect, sendsRequestStreams } from './runtime-fetch.js';
import { notCarriedOut, retryDelay, sleep } from './retry.js';
import type { ResultOf } from './types.js';
import { validationIssues } from './validate.js';
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
  /** `body` read whole, at most the client's `maxBodyBytes` (else ImagesResponseLimitError). */
  bytes(): Promise<Uint8Array>;
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
  /** openapi-fetch's reading of an error body. */
  error: unknown;
  /** The start of an error body as the server sent it (see `received`). */
  errorText?: string;
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
      // Never follow a redirect: fetch would send X-Auth-Email and X-Auth-Key (all but Authorization) on to
      // another origin, and take its answer for the API's. In every init openapi-fetch builds (the deferred one too).
      redirect: 'manual',
      fetch: (request: Request) => untilAborted(Promise.resolve(fetchImpl(request, manualRedirect())), request.signal),
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
    // Whether an earlier attempt may have been carried out although it failed (a timeout, a reset, a 5xx): only then can a 409 be its own success.
    let mayHaveLanded = false;
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
        if (mayHaveLanded) return call.recoverConflictAfterRetry();
        throw failure;
      }
      const delay = retryDelay(this.#options.retry, failure, n, idempotent, options?.maxRetries);
      if (delay === undefined) throw failure;
      mayHaveLanded ||= !notCarriedOut(failure);
      await sleep(delay, signal, operationId);
    }
  }

  #validate(operationId: OperationId, plan: Plan<OperationId>, params: { path: object; query?: object }, body: unknown): void {
    if (plan.validateParams(params) && (!plan.validateBody || plan.validateBody(body))) return;
    const issues = validationIssues(plan.validateParams, params, '', `${operationId}.params`); // run again for their errors: failures only
    if (plan.validateBody) issues.push(...validationIssues(plan.validateBody, body, '/body', `${operationId}.body`));
    if (issues.length) throw new ImagesValidationError(operationId, issues);
  }

  /**
   * openapi-fetch's init for one attempt. A 2xx body is handed back unread (as a stream); an error
   * body is read inside the deadline, and failures of the network are told apart from the rest.
   */
  #init<Op extends OperationId>(
    params: RawInit<Op>['params'],
    body: RequestBody<Op>,
    multipart: MultipartBody | undefined,
    deadline: Deadline,
    attempt: Attempt,
  ): RawInit<Op> {
    const init: RawInit<Op> = {
      params,
      body,
      parseAs: 'stream',
      signal: deadline.signal,
      fetch: (request: Request) => this.#fetch(request, deadline, attempt),
    };
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
      // The deferred init has `redirect: 'manual'` from the client's options; a Request gets it again in
      // the init, as a middleware may have made a new one, and a fetch of the caller's may read only the init.
      pending = request instanceof DeferredRequest ? fetchImpl(request.url, request.init) : Promise.resolve(fetchImpl(request, manualRedirect()));
    } catch (error) {
      return Promise.reject(new TransportFailure(error));
    }
    pending = pending.then((response) => received(response, attempt), asTransportFailure);
    // A fetch of the caller's may ignore the signal: stop waiting for it when the signal aborts.
    return this.#options.platformFetch ? pending : untilAborted(pending, deadline.signal);
  }

  /** What an error response said: its bounded start, parsed within the depth bound (openapi-fetch's reading when a middleware replaced the response). */
  #errorBody(attempt: Attempt): unknown {
    return attempt.errorText === undefined ? attempt.error : errorBody(attempt.errorText, this.#options.bounds);
  }

  /** A 2xx body as text, within the bounds; with a fetch of the caller's, no longer than the deadline. */
  #text(attempt: Attempt, response: Response, deadline: Deadline): Promise<string> {
    const text = responseText(attempt, response, this.#options.bounds.maxBodyBytes);
    return this.#options.platformFetch ? text : untilAborted(text, deadline.signal);
  }

  async #json<Op extends OperationId>(call: Call<Op>, attempt: Attempt, deadline: Deadline): Promise<ResultOf<Op>> {
    const { response } = attempt;
    if (isRedirect(response)) throw redirectError(attempt, response);
    if (!response.ok) throw apiError(attempt, response, this.#errorBody(attempt));
    const text = response.bodyUsed ? '' : await this.#text(attempt, response, deadline);
    deadline.done();
    const envelope = successEnvelope(attempt, response, text, this.#options.bounds);
    if (this.#options.validateResponse)
      this.#validateResponse(this.#responseValidators ?? (await this.#loadResponseValidators()), call.operationId, response.status, envelope);
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
    const issues = validationIssues(validate, envelope, '', key);
    if (issues.length) throw new ImagesResponseValidationError(operationId, status, issues);
  }

  async #streamed<Op extends OperationId>(call: Call<Op>, attempt: Attempt, deadline: Deadline): Promise<StreamedResponse> {
    const { response } = attempt;
    if (isRedirect(response)) throw redirectError(attempt, response);
    const reason = !response.ok ? undefined : !response.body ? 'the response has no body' : call.unacceptable?.(response);
    if (!response.ok || reason) {
      deadline.done();
      response.body?.cancel().catch(() => undefined);
      throw apiError(attempt, response, response.ok ? '' : this.#errorBody(attempt), reason);
    }
    const body = deadline.guard(response.body!);
    const limit = this.#options.bounds.maxBodyBytes;
    return { response, body, bytes: () => streamBytes(attempt, response, body, limit) };
  }
}
