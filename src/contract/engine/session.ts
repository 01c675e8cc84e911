// One contract run's connection to the target: cases sent over plain fetch, valid requests
// through the typed client (client-recorder.ts), both paced (`--rate-limit`), recorded as
// exchanges and checked against the spec (response-check.ts); the outcomes (outcome-log.ts), the
// secrets a report must not show (secrets.ts) and what the run creates (resources.ts) kept here.
import { createImagesClient, type ImagesClient } from '../../client.js';
import { DEFAULT_BOUNDS, type BodyBounds } from '../../core/bounded.js';
import { parseRetryAfter } from '../../core/retry.js';
import { operations } from '../../../generated/operations.js';
import type { RunCheckName } from '../checks/registry.js';
import type { Case, NearMiss } from '../model/case.js';
import type { ContractTarget, Exchange } from '../model/exchange.js';
import type { Outcome, Source } from '../model/report.js';
import { decodeBody, type DecodedBody } from './body.js';
import { clientRecorder } from './client-recorder.js';
import { requestRecord } from './curl.js';
import { describeError } from './describe-error.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, fetchWhole, RequestTimeout, type Sender } from './fetch-whole.js';
import { OutcomeLog } from './outcome-log.js';
import { MAX_RETRY_AFTER_MS, Pacer } from './pacer.js';
import { buildRequest, MALFORMED_SCHEME, NEAR_MISSES, nearMissesOf, ownCredentialHeaders, sentFormValues } from './request.js';
import { Resources } from './resources.js';
import { responseOutcomes, responseViolations, type Answered } from './response-check.js';
import { Secrets } from './secrets.js';
import { rebased } from './time-base.js';

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

/** A write (anything but GET/HEAD) is only sent with `--allow-writes`. */
export const isRead = (method: string) => method === 'GET' || method === 'HEAD';

export class WriteRefused extends Error {
  override name = 'WriteRefused';
}

/** A case got no complete response (refused or reset connection); already recorded as a failure. */
export class NoResponse extends Error {
  override name = 'NoResponse';
}

export class Session {
  readonly exchanges: Exchange[] = [];
  readonly resources: Resources;
  /** The run's credentials and every string a response may hold as a secret: scrubbed from the report. */
  readonly secrets = new Secrets();
  readonly client: ImagesClient;
  readonly bounds: Readonly<BodyBounds>;
  source: Source = 'examples';
  readonly #options: SessionOptions;
  readonly #pacer: Pacer;
  readonly #sender: Sender;
  readonly #log: OutcomeLog;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.#pacer = new Pacer(options.rateLimit, undefined, options.budget);
    this.#log = new OutcomeLog(options.checks, () => this.source);
    const baseFetch = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.bounds = {
      maxBodyBytes: options.bounds?.maxBodyBytes ?? DEFAULT_BOUNDS.maxBodyBytes,
      maxJsonDepth: options.bounds?.maxJsonDepth ?? DEFAULT_BOUNDS.maxJsonDepth,
    };
    this.#sender = { fetch: baseFetch, pacer: this.#pacer, timeoutMs, maxBodyBytes: this.bounds.maxBodyBytes };
    // The near misses of the token are nearly the secret: scrubbed from every report as well.
    for (const secret of [options.target.apiToken, options.target.apiKey, options.target.apiEmail]) this.secrets.add(secret);
    for (const miss of nearMissesOf(options.target.apiToken)) this.secrets.add(NEAR_MISSES[miss].of(options.target.apiToken!));
    this.resources = new Resources((c) => this.send(c));
    // Whatever the client does with redirects, its requests never follow one: the credentials would go along.
    const clientFetch: typeof globalThis.fetch = (input, init) => this.#pacer.run(() => baseFetch(input, { ...init, redirect: 'manual' }));
    const recorder = clientRecorder({
      pacer: this.#pacer,
      basePath: options.basePath,
      maxBodyBytes: this.bounds.maxBodyBytes,
      decode: (id, response, bytes) => this.#decode(id, response, bytes),
      exchange: (answered) => this.#exchange(answered),
    });
    // The typed client keeps its own per-attempt deadline, which includes the wait for its turn (at most one interval).
    this.client = createImagesClient({
      ...options.target,
      ...this.bounds,
      fetch: clientFetch,
      env: {},
      maxRetries: 4,
      timeoutMs: timeoutMs + Math.ceil(this.#pacer.intervalMs) + (options.budget?.windowMs ?? 0),
      middleware: [recorder],
    });
  }

  get allowWrites(): boolean {
    return this.#options.allowWrites;
  }

  get target(): ContractTarget {
    return this.#options.target;
  }

  get outcomes(): Outcome[] {
    return this.#log.outcomes;
  }

  wants(check: RunCheckName): boolean {
    return this.#options.checks.has(check);
  }

  /** Records an outcome of a check that the run applies (others are dropped). */
  record(outcome: Omit<Outcome, 'source'> & { source?: Source }): void {
    this.#log.record(outcome);
  }

  /** Runs `fn` with its outcomes held back instead of recorded, and returns them (see OutcomeLog). */
  capture<T>(fn: () => Promise<T>): Promise<{ result: T; outcomes: Outcome[] }> {
    return this.#log.capture(fn);
  }

  /** Records outcomes captured earlier. */
  commit(outcomes: readonly Outcome[]): void {
    this.#log.commit(outcomes);
  }

  /** A request and its whole body, paced, within the run's request timeout and body bound; a redirect is never followed. */
  fetchWhole(url: string, init: RequestInit): Promise<{ response: Response; bytes: Uint8Array; problem?: string }> {
    return fetchWhole(this.#sender, url, init);
  }

  /** Sends a case over plain fetch (so an invalid request reaches the server), honouring 429 + Retry-After. */
  async send(generated: Case): Promise<Exchange> {
    if (!isRead(operations[generated.operationId].method) && !this.allowWrites)
      throw new WriteRefused(`${generated.operationId}: a ${operations[generated.operationId].method} is not sent without --allow-writes`);
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
        ({ response, bytes, problem } = await this.fetchWhole(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body as BodyInit | undefined,
        }));
      } catch (error) {
        const why = error instanceof RequestTimeout ? error.message : describeError(error);
        this.record({
          check: 'not_a_server_error',
          operationId: c.operationId,
          passed: false,
          label: c.label,
          message: `no complete response: ${why}`,
          expected: 'a response',
          request: recorded,
        });
        throw new NoResponse(`${c.operationId}: ${c.label}: no complete response`);
      }
      const latencyMs = performance.now() - started;
      const wait = parseRetryAfter(response.headers.get('retry-after'));
      if (response.status === 429 && wait !== undefined && wait <= MAX_RETRY_AFTER_MS && attempt < 3) {
        this.#pacer.holdFor(wait);
        await new Promise((resolve) => setTimeout(resolve, wait));
        continue;
      }
      const sent = { path: { account_id: this.target.accountId, ...c.path }, body: c.body?.kind === 'json' ? c.body.value : sentFormValues(form) };
      const decoded = problem ? { json: undefined, problem } : this.#decode(c.operationId, response, bytes);
      return this.#exchange({
        operationId: c.operationId,
        label: c.label,
        method: request.method,
        url: request.url,
        path: recorded.path,
        response,
        bytes,
        decoded,
        latencyMs,
        request: recorded,
        case: c,
        sent,
      });
    }
  }

  #decode(operationId: string, response: Response, bytes: Uint8Array): DecodedBody {
    return decodeBody(bytes, response.headers.get('content-type'), { operationId, status: response.status }, this.bounds);
  }

  /** An answered request as the run's exchange: checked, its secrets noted, its outcomes recorded, its resources tracked. */
  #exchange(answered: Answered): Exchange {
    const { response, url, decoded, ...rest } = answered;
    const known = answered.operationId !== 'unknown';
    const violations = known ? responseViolations(answered, this.#options.basePath) : [];
    this.secrets.addFromResponse(answered.operationId, decoded.json, decoded.text, this.bounds.maxJsonDepth);
    const exchange: Exchange = { ...rest, source: this.source, status: response.status, headers: response.headers, json: decoded.json, violations };
    this.exchanges.push(exchange);
    if (known) for (const outcome of responseOutcomes(exchange)) this.record(outcome);
    this.resources.noteExchange(exchange);
    this.#options.onExchange?.(exchange);
    return exchange;
  }
}
