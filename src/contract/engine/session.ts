// One contract run's connection to the target: cases sent over plain fetch, valid requests
// through the typed client, both paced (`--rate-limit`), both recorded as exchanges and checked
// against the spec; what the run creates is tracked for the cleanup.
import type { Middleware } from 'openapi-fetch';
import { createImagesClient, type ImagesClient } from '../../client.js';
import { BodyTooLarge, DEFAULT_BOUNDS, readResponseBounded, type BodyBounds } from '../../core/bounded.js';
import { findOperation } from '../../spec/route.js';
import { checkResponse } from '../checks/check-response.js';
import { REGISTRY, RUN_CHECKS, type RunCheckName } from '../checks/registry.js';
import type { Violation } from '../checks/violation.js';
import { redactText } from '../checks/redact.js';
import type { Outcome, Source } from '../model/report.js';
import { bodyProblem, decodeBody, type DecodedBody } from './body.js';
import type { Case, FilePart, NearMiss } from '../model/case.js';
import { requestRecord } from './curl.js';
import { parseRetryAfter } from '../../core/retry.js';
import { Pacer } from './pacer.js';
import { rebased } from './time-base.js';
import { operations } from '../../../generated/operations.js';
import { redirectMessage, undocumentedRedirect } from './redirect.js';
import { buildRequest, MALFORMED_SCHEME, NEAR_MISSES, nearMissesOf, ownCredentialHeaders } from './request.js';
import type { ContractTarget, Exchange } from '../model/exchange.js';
import { Resources } from './resources.js';
import { Secrets } from './secrets.js';

export type { ContractTarget, Exchange } from '../model/exchange.js';

export interface SessionOptions {
  target: ContractTarget;
  fetch?: typeof globalThis.fetch;
  allowWrites: boolean;
  /** The checks the run applies; outcomes of others are not recorded. */
  checks: ReadonlySet<string>;
  /** Requests per second at most. */
  rateLimit?: number;
  /** How long one request may take, its body included, before it counts as unanswered. */
  requestTimeoutMs?: number;
  /** How much of a body is read, and how deep its JSON may nest (defaults: DEFAULT_BOUNDS). */
  bounds?: Partial<BodyBounds>;
  runId: string;
  basePath: string;
  /** When the run's cases were generated (ms since the epoch): their relative times are moved from it when sent. */
  timeBase?: number;
  /** At most this many requests in any window of this length (a remote target's documented rate limit). */
  budget?: { requests: number; windowMs: number };
  onExchange?: (x: Exchange) => void;
}

/** Response checks applied to every exchange with the spec's operation known. */
const RESPONSE_CHECKS = RUN_CHECKS.filter((c) => REGISTRY[c].family === 'transport' || REGISTRY[c].family === 'response');

/**
 * The longest `Retry-After` a case waits for (the API locks a client out for 5 minutes after its
 * rate limit); a longer one is reported as the 429 it is.
 */
const MAX_RETRY_AFTER_MS = 6 * 60_000;

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** A write (anything but GET/HEAD) is only sent with `--allow-writes`. */
export const isRead = (method: string) => method === 'GET' || method === 'HEAD';

export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/** A case got no complete response (refused or reset connection); already recorded as a failure. */
export class NoResponse extends Error {
  override name = 'NoResponse';
}

/** No complete answer within the run's request timeout. */
export class RequestTimeout extends Error {
  override name = 'RequestTimeout';
}

export class Session {
  readonly exchanges: Exchange[] = [];
  readonly outcomes: Outcome[] = [];
  readonly resources: Resources;
  /** The run's credentials and every string a response may hold as a secret: scrubbed from the report. */
  readonly secrets = new Secrets();
  readonly client: ImagesClient;
  readonly bounds: Readonly<BodyBounds>;
  source: Source = 'examples';
  readonly #options: SessionOptions;
  readonly #pacer: Pacer;
  readonly #timeoutMs: number;
  readonly #baseFetch: typeof globalThis.fetch;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#pacer = new Pacer(options.rateLimit, undefined, options.budget);
    const baseFetch = options.fetch ?? globalThis.fetch;
    this.#timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#baseFetch = baseFetch;
    this.bounds = { maxBodyBytes: options.bounds?.maxBodyBytes ?? DEFAULT_BOUNDS.maxBodyBytes, maxJsonDepth: options.bounds?.maxJsonDepth ?? DEFAULT_BOUNDS.maxJsonDepth };
    // The near misses of the token are nearly the secret: scrubbed from every report as well.
    for (const secret of [options.target.apiToken, options.target.apiKey, options.target.apiEmail]) this.secrets.add(secret);
    for (const miss of nearMissesOf(options.target.apiToken)) this.secrets.add(NEAR_MISSES[miss].of(options.target.apiToken!));
    this.resources = new Resources((c) => this.send(c));
    // Whatever the client does with redirects, its requests never follow one: the credentials would go along.
    const clientFetch: typeof globalThis.fetch = (input, init) => this.#pacer.run(() => baseFetch(input, { ...init, redirect: 'manual' }));
    // The typed client keeps its own per-attempt deadline, which includes the wait for its turn (at most one interval).
    this.client = createImagesClient({ ...options.target, ...this.bounds, fetch: clientFetch, env: {}, maxRetries: 4, timeoutMs: this.#timeoutMs + Math.ceil(this.#pacer.intervalMs) + (options.budget?.windowMs ?? 0), middleware: [this.#recorder()] });
  }

  get allowWrites(): boolean {
    return this.#options.allowWrites;
  }

  get target(): ContractTarget {
    return this.#options.target;
  }

  wants(check: RunCheckName): boolean {
    return this.#options.checks.has(check);
  }

  /** Records an outcome of a check that the run applies (others are dropped). */
  record(outcome: Omit<Outcome, 'source'> & { source?: Source }): void {
    if (!this.#options.checks.has(outcome.check)) return;
    (this.#captured.at(-1) ?? this.outcomes).push({ source: this.source, ...outcome });
  }

  readonly #captured: Outcome[][] = [];

  /**
   * Runs `fn` with its outcomes held back instead of recorded, and returns them: the fuzz phase
   * keeps those of passing runs and, for a failure, only the shrunk counterexample's.
   */
  async capture<T>(fn: () => Promise<T>): Promise<{ result: T; outcomes: Outcome[] }> {
    const buffer: Outcome[] = [];
    this.#captured.push(buffer);
    try {
      return { result: await fn(), outcomes: buffer };
    } finally {
      this.#captured.splice(this.#captured.indexOf(buffer), 1);
    }
  }

  /** Records outcomes captured earlier. */
  commit(outcomes: readonly Outcome[]): void {
    (this.#captured.at(-1) ?? this.outcomes).push(...outcomes);
  }

  /**
   * A request and its whole body, paced, within the run's request timeout (one timer, cleared once
   * the body is read). A redirect is never followed. A body past `--max-body-bytes` is not kept:
   * `problem` says so and `bytes` is empty.
   */
  fetchWhole(url: string, init: RequestInit): Promise<{ response: Response; bytes: Uint8Array; problem?: string }> {
    // The timer starts once it is this request's turn (the pacer's wait is not the server's).
    return this.#pacer.run(async () => {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new RequestTimeout(`none within ${this.#timeoutMs / 1000} s`)), this.#timeoutMs);
      try {
        const response = await this.#baseFetch(url, { ...init, redirect: 'manual', signal: deadline.signal });
        try {
          return { response, bytes: await readResponseBounded(response, this.bounds.maxBodyBytes) };
        } catch (error) {
          if (error instanceof BodyTooLarge) return { response, bytes: new Uint8Array(0), problem: bodyProblem(error) };
          throw error;
        }
      } catch (error) {
        throw deadline.signal.aborted ? deadline.signal.reason : error;
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Sends a case over plain fetch (so an invalid request reaches the server), honouring 429 + Retry-After. */
  async send(generated: Case): Promise<Exchange> {
    if (!isRead(operations[generated.operationId].method) && !this.allowWrites) throw new WriteRefused(`${generated.operationId}: a ${operations[generated.operationId].method} is not sent without --allow-writes`);
    for (let attempt = 0; ; attempt++) {
      // Built when sent, each attempt: times relative to now are moved by the time that passed.
      const c = rebased(generated, this.#options.timeBase);
      const request = buildRequest(c, this.#options.target);
      const form = c.body?.kind === 'multipart' ? c.body.fields : undefined;
      const url = new URL(request.url);
      const recorded = requestRecord(request.method, url.pathname + url.search, {
        ...request,
        ownCredentials: ownCredentialHeaders(c.auth ?? 'valid', this.#options.target),
        form,
        ...(c.auth === 'malformed-scheme' ? { authorizationScheme: MALFORMED_SCHEME } : {}),
        ...(c.auth && c.auth in NEAR_MISSES ? { tokenShown: NEAR_MISSES[c.auth as NearMiss].shown } : {}),
      });
      const started = performance.now();
      let response: Response;
      let bytes: Uint8Array;
      let problem: string | undefined;
      try {
        ({ response, bytes, problem } = await this.fetchWhole(request.url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined }));
      } catch (error) {
        const why = error instanceof RequestTimeout ? error.message : describeError(error);
        this.record({ check: 'not_a_server_error', operationId: c.operationId, passed: false, label: c.label, message: `no complete response: ${why}`, expected: 'a response', request: recorded });
        throw new NoResponse(`${c.operationId}: ${c.label}: no complete response`);
      }
      const latencyMs = performance.now() - started;
      const wait = parseRetryAfter(response.headers.get('retry-after'));
      if (response.status === 429 && wait !== undefined && wait <= MAX_RETRY_AFTER_MS && attempt < 3) {
        this.#pacer.holdFor(wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      const sent = { path: { account_id: this.target.accountId, ...c.path }, body: c.body?.kind === 'json' ? c.body.value : formValues(form) };
      const decoded = problem ? { json: undefined, problem } : this.#decode(c.operationId, response, bytes);
      return this.#exchange({ operationId: c.operationId, label: c.label, method: request.method, url: request.url, path: recorded.path, response, bytes, decoded, latencyMs, request: recorded, case: c, sent });
    }
  }

  #decode(operationId: string, response: Response, bytes: Uint8Array): DecodedBody {
    return decodeBody(bytes, response.headers.get('content-type'), { operationId, status: response.status }, this.bounds);
  }

  #exchange(init: Omit<Exchange, 'status' | 'headers' | 'json' | 'violations' | 'source'> & { response: Response; url: string; decoded: DecodedBody }): Exchange {
    const { response, url, decoded, ...rest } = init;
    const known = init.operationId !== 'unknown';
    const violations = known ? this.#check(init) : [];
    this.secrets.addFromResponse(init.operationId, decoded.json, decoded.text, this.bounds.maxJsonDepth);
    const exchange: Exchange = { ...rest, source: this.source, status: response.status, headers: response.headers, json: decoded.json, violations };
    this.exchanges.push(exchange);
    if (known) this.#recordResponseChecks(exchange);
    this.resources.noteExchange(exchange);
    this.#options.onExchange?.(exchange);
    return exchange;
  }

  /**
   * The checker's violations, with what the run adds: a body it could not read within its bounds
   * (never handed to the checker, which would parse and walk it unbounded), and a redirect it did
   * not follow, naming both URLs.
   */
  #check({ operationId, method, url, response, bytes, decoded }: { operationId: string; method: string; url: string; response: Response; bytes: Uint8Array; decoded: DecodedBody }): Violation[] {
    const { status, headers } = response;
    const here = (check: Violation['check'], location: Violation['location'], message: string, value: unknown): Violation => ({ operationId, check, location, pointer: '', message, value });
    let violations: Violation[];
    try {
      // The body parsed once: the checker parses the text itself only when it is not JSON here.
      const body = decoded.problem ? {} : { rawBodyText: decoded.text, ...(decoded.json === undefined ? {} : { body: decoded.json }) };
      violations = checkResponse({ operationId, method, status, headers, bytes, ...body }, { basePath: this.#options.basePath });
    } catch (error) {
      violations = [here('response_schema_conformance', 'body', `the response could not be checked: ${describeError(error)}`, undefined)];
    }
    if (decoded.problem) {
      violations = violations.filter((v) => !(v.check === 'response_schema_conformance' && v.location === 'body'));
      violations.push(here('response_schema_conformance', 'body', `the body could not be read: ${decoded.problem}`, undefined));
    }
    if (undocumentedRedirect(operationId, status)) {
      // One line naming both URLs instead of the checker's: the status is the same finding.
      violations = violations.filter((v) => v.check !== 'status_code_conformance');
      violations.push(here('status_code_conformance', 'status', redirectMessage(method, url, status, headers.get('location'), operationId), status));
    }
    return violations;
  }

  #recordResponseChecks(x: Exchange): void {
    for (const check of RESPONSE_CHECKS) {
      const failed = check === 'not_a_server_error' ? (x.status >= 500 ? [{ pointer: '', message: `HTTP ${x.status}`, value: undefined }] : []) : x.violations.filter((v) => v.check === check);
      this.record({
        check,
        operationId: x.operationId,
        passed: failed.length === 0,
        label: x.label,
        ...(failed.length
          ? {
              message: failed.map((v) => `${v.pointer || '(root)'}: ${v.message}`).join('; '),
              expected: check === 'not_a_server_error' ? 'no 5xx' : 'the documented response',
              received: { status: x.status, pointer: failed[0].pointer, value: failed[0].value },
              request: x.request,
            }
          : {}),
      });
    }
  }

  /**
   * Records what the typed client sends and receives, with the same checks as a raw case. The body
   * is read here, within the run's bounds, and handed on to the client as read: a body past a
   * bound reaches the client as a read error (the same typed error), never as more bytes.
   */
  #recorder(): Middleware {
    const pending = new Map<Request, { started: number; body: Promise<{ bytes: Uint8Array; form?: Record<string, string | FilePart> }> }>();
    return {
      onRequest: ({ request }) => {
        pending.set(request, { started: performance.now(), body: requestBody(request) });
        return undefined;
      },
      onResponse: async ({ request, response }) => {
        // A lockout holds the run's other requests too, so they do not each meet it.
        const wait = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
        if (wait !== undefined && wait <= MAX_RETRY_AFTER_MS) this.#pacer.holdFor(wait);
        const sending = pending.get(request);
        pending.delete(request);
        const latencyMs = performance.now() - (sending?.started ?? performance.now());
        const { bytes: sentBytes, form } = (await sending?.body) ?? { bytes: new Uint8Array() };
        const url = new URL(request.url);
        const match = findOperation(request.method, request.url, { basePath: this.#options.basePath });
        const operationId = match?.operationId ?? 'unknown';
        const headers = Object.fromEntries(request.headers);
        const recorded = requestRecord(request.method, url.pathname + url.search, { method: request.method, url: request.url, headers, body: sentBytes, form, ownCredentials: true });
        let bytes: Uint8Array = new Uint8Array(0);
        let decoded: DecodedBody;
        let refused: unknown;
        try {
          bytes = await readResponseBounded(response, this.bounds.maxBodyBytes);
          decoded = this.#decode(operationId, response, bytes);
        } catch (error) {
          decoded = { json: undefined, problem: bodyProblem(error) };
          refused = error;
        }
        const sent = { path: match?.pathParams ?? {}, body: form ? formValues(form) : parseJson(sentBytes) };
        this.#exchange({ operationId, label: `${request.method} ${url.pathname} (typed client)`, method: request.method, url: request.url, path: recorded.path, response, bytes, decoded, latencyMs, request: recorded, sent });
        // A client that gave up (its deadline) gets an empty body: it reads none, and a read error would go unobserved.
        return request.signal.aborted ? handedOn(response, new Uint8Array(0), undefined) : handedOn(response, bytes, refused);
      },
    };
  }
}

/** Statuses whose response has no body (a Response cannot be built with one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The response as the client gets it after the recorder read it: the bytes read (the client holds
 * them to its own bounds, the run's), or a body whose read fails with `refused` (a body past
 * --max-body-bytes, a dropped connection).
 */
function handedOn(response: Response, bytes: Uint8Array, refused: unknown): Response {
  const body = NULL_BODY_STATUSES.has(response.status)
    ? null
    : refused === undefined
      ? (bytes as Uint8Array<ArrayBuffer>)
      : new ReadableStream<Uint8Array>({ start: (controller) => controller.error(refused) });
  const out = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(out, 'url', { value: response.url });
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  if (!bytes.byteLength) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

const formValues = (form: Record<string, string | FilePart> | undefined) => (form ? Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : `<file ${v.filename}>`])) : undefined);

/** A request's body bytes, and its fields when it is a multipart form (for the curl reproduction). */
async function requestBody(request: Request): Promise<{ bytes: Uint8Array; form?: Record<string, string | FilePart> }> {
  if (!request.body) return { bytes: new Uint8Array() };
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return { bytes };
  try {
    const parsed = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    const form: Record<string, string | FilePart> = {};
    for (const [name, value] of parsed) {
      form[name] = typeof value === 'string' ? value : { filename: (value as File).name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
    return { bytes, form };
  } catch {
    return { bytes };
  }
}


/** One line for a thrown error (with its cause, when the message does not say it: fetch's `fetch failed` hides why), signing-key values redacted. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redactText(String(error));
  const cause = error.cause instanceof Error && error.cause.message && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  return redactText(`${error.name}: ${error.message}${cause}`);
}
