// The app's exchanges, checked and summed into the report the contract run writes: the outcomes
// of each check applied to an exchange (report/outcomes.ts, as in the run), per-operation coverage of
// the documented responses, and what could not be checked, with why.
import { randomUUID } from 'node:crypto';
import { checkResponse, RESPONSE_CHECKS, type CheckName, type HeadersLike, type Violation } from '../checks/check-response.js';
import { headerMap } from '../checks/exchange.js';
import type { Outcome, Report } from '../model/report.js';
import { checkOutcomes } from '../report/outcomes.js';
import { summarizeChecks, summarizeOperations, withSpecReasons, type ExchangeLine } from '../report/summary.js';
import { responsesOf } from '../../spec/responses.js';
import { DEFAULT_TRAFFIC_BOUNDS } from './bounds.js';
import { recordedRequest } from './reproduction.js';
import type { RequestCheck, RequestIssue, TrafficRequest } from './request-check.js';
import { scrubberFor } from './scrub.js';

export interface TrafficResponse {
  status: number;
  headers: HeadersLike;
  /** The body as text (decoded), when it was kept. */
  text?: string;
  /** The body's size in bytes (decoded), when known. */
  bytes?: number;
  /** Why the body was not kept for checking (a HAR entry without it, the app gone first): its checks are then unchecked, not passed. */
  bodyUnrecorded?: string;
  /**
   * Why the body could not be read whole or within the bounds (over --max-body-bytes, nested past
   * --max-json-depth, not UTF-8, cut off, too slow): response_schema_conformance fails with it.
   */
  bodyUnreadable?: string;
}

export interface TrafficExchange {
  request: TrafficRequest;
  /** Undefined when the request is no operation of the spec. */
  check: RequestCheck | undefined;
  response?: TrafficResponse;
  /** Why there is no response to check: refused by the proxy, the upstream unreachable, none recorded. */
  noResponse?: string;
  /** The upstream was reached but gave no answer that could be read (none in time, a head over the limit): status_code_conformance fails with why. */
  unanswered?: string;
  /** The proxy answered the request itself (--fail-on-violation): no upstream status to cover. */
  refused?: boolean;
  latencyMs: number;
}

export interface CheckedExchange {
  exchange: TrafficExchange;
  requestIssues: readonly RequestIssue[];
  responseViolations: readonly Violation[];
}

/** The checks an unrecorded body leaves undecided. */
const BODY_CHECKS: readonly CheckName[] = ['response_schema_conformance', 'envelope_consistency'];

/** The checks left out of an exchange's outcomes: an unreadable body fails response_schema_conformance instead. */
function skippedChecks(response: TrafficResponse): readonly CheckName[] {
  if (response.bodyUnrecorded) return BODY_CHECKS;
  return response.bodyUnreadable ? ['envelope_consistency'] : [];
}

const failure = (operationId: string, check: CheckName, location: Violation['location'], message: string): Violation => ({
  operationId,
  check,
  location,
  pointer: '',
  message,
  value: undefined,
});

const shortened = (line: string) => (line.length > 160 ? `${line.slice(0, 157)}...` : line);
const labelOf = (request: TrafficRequest) => shortened(`${request.method} ${request.target}`);

export interface ResponseCheckContext {
  /** Where the request went (origin and target): a redirect's message names it. */
  url?: string;
  maxJsonDepth?: number;
}

/** The response checks of one exchange; `[]` without an operation, or without a response when none was expected. */
export function responseViolationsOf(exchange: TrafficExchange, context: ResponseCheckContext = {}): Violation[] {
  const { check, response, request } = exchange;
  if (!check) return [];
  if (!response)
    return exchange.unanswered ? [failure(check.operationId, 'status_code_conformance', 'status', `no readable answer: ${exchange.unanswered}`)] : [];
  const readable = !response.bodyUnrecorded && !response.bodyUnreadable;
  let violations: Violation[];
  try {
    violations = checkResponse(
      {
        operationId: check.operationId,
        method: request.method,
        status: response.status,
        headers: response.headers,
        ...(context.url === undefined ? {} : { url: context.url }),
        ...(response.text === undefined || !readable ? {} : { rawBodyText: response.text }),
        ...(response.bytes === undefined ? {} : { bytes: response.bytes }),
      },
      { maxJsonDepth: context.maxJsonDepth ?? DEFAULT_TRAFFIC_BOUNDS.maxJsonDepth },
    );
  } catch (error) {
    // The depth bound keeps the recursive validators within their stack; this is the last line of defence.
    if (!(error instanceof RangeError)) throw error;
    return [failure(check.operationId, 'response_schema_conformance', 'body', `not checked: the checker could not walk the body (${error.name})`)];
  }
  if (readable) return violations;
  const kept = violations.filter((v) => !BODY_CHECKS.includes(v.check));
  return response.bodyUnreadable
    ? [...kept, failure(check.operationId, 'response_schema_conformance', 'body', `not checked: ${response.bodyUnreadable}`)]
    : kept;
}

export interface TrafficLogOptions {
  mode: 'proxy' | 'har';
  /** Origin and path of what was checked (the upstream, the HAR file); never credentials. */
  target: string;
  /** Where a reproduction sends a request: the upstream's origin. */
  reproduceAt: (request: TrafficRequest) => string;
  /** Deepest JSON the response checks walk (default DEFAULT_TRAFFIC_BOUNDS.maxJsonDepth). */
  maxJsonDepth?: number;
}

export class TrafficLog {
  private readonly outcomes: Outcome[] = [];
  private readonly lines: ExchangeLine[] = [];
  /** Calls without an upstream status: refused by the proxy, or unanswered. */
  private readonly withoutStatus = new Map<string, number>();
  private readonly unchecked: Report['unchecked'] = [];
  private readonly runId = randomUUID().slice(0, 8);
  private readonly startedAt = new Date();
  private readonly started = performance.now();
  private checkedExchanges = 0;

  constructor(private readonly options: TrafficLogOptions) {}

  /** Where the exchange's request went, for the checks' messages. */
  responseContext(request: TrafficRequest): ResponseCheckContext {
    const origin = this.options.reproduceAt(request);
    return { maxJsonDepth: this.options.maxJsonDepth, ...(origin ? { url: `${origin}${request.target}` } : {}) };
  }

  /** An exchange that could not be read at all (a HAR entry without an absolute URL): listed with why. */
  addUnreadable(label: string, reason: string): void {
    this.unchecked.push({ operationId: '(not read)', label: shortened(label), reason });
  }

  /** Checks the exchange's response and records every outcome; returns what was found. */
  add(exchange: TrafficExchange): CheckedExchange {
    const { check, request, response } = exchange;
    const label = labelOf(request);
    if (!check) {
      this.unchecked.push({ operationId: '(no operation)', label, reason: 'no operation of the spec matches this request; forwarded unchecked' });
      return { exchange, requestIssues: [], responseViolations: [] };
    }
    this.checkedExchanges++;
    const { operationId } = check;
    const scrub = scrubberFor(request.headers);
    const base = { operationId, source: 'traffic' as const, label };
    const reproduction = recordedRequest(request, this.options.reproduceAt(request));
    if (check.bodyUnchecked) this.unchecked.push({ operationId, label, reason: `request body: ${check.bodyUnchecked}` });
    const applied = { operationId, label, request: reproduction, shown: scrub };
    const record = (outcomes: Omit<Outcome, 'source'>[]) => this.outcomes.push(...outcomes.map((o) => ({ source: 'traffic' as const, ...o })));
    // A body left unchecked decides nothing: no pass without a failure.
    if (check.issues.length || !check.bodyUnchecked)
      record(checkOutcomes('request_conformance', check.issues, { ...applied, expected: 'a request the spec accepts' }));
    const violations = responseViolationsOf(exchange, this.responseContext(request));
    if (exchange.refused || (!response && exchange.unanswered)) this.withoutStatus.set(operationId, (this.withoutStatus.get(operationId) ?? 0) + 1);
    if (!response) {
      if (exchange.noResponse) this.unchecked.push({ operationId, label, reason: exchange.noResponse });
      for (const v of violations)
        this.outcomes.push({
          ...base,
          check: v.check,
          passed: false,
          message: scrub.text(v.message),
          expected: 'the documented response',
          request: reproduction,
        });
      return { exchange, requestIssues: check.issues, responseViolations: violations };
    }
    this.lines.push({ operationId, status: response.status, latencyMs: exchange.latencyMs });
    if (response.bodyUnrecorded) this.unchecked.push({ operationId, label, reason: `response body: ${response.bodyUnrecorded}` });
    const hasPrismHeader = headerMap(response.headers).has('sl-violations');
    const skipped = skippedChecks(response);
    for (const name of RESPONSE_CHECKS) {
      if (skipped.includes(name) || (name === 'prism_violations' && !hasPrismHeader)) continue;
      record(
        checkOutcomes(
          name,
          violations.filter((v) => v.check === name),
          { ...applied, status: response.status, expected: 'the documented response' },
        ),
      );
    }
    return { exchange, requestIssues: check.issues, responseViolations: violations };
  }

  /** The report so far. It passes when something was checked and nothing failed. */
  report(): Report {
    const failures = withSpecReasons(this.outcomes.filter((o) => !o.passed));
    const operations = summarizeOperations(this.lines);
    for (const [operationId, calls] of this.withoutStatus) {
      const row = operations.find((o) => o.operationId === operationId);
      if (row) row.calls += calls;
      else operations.push({ operationId, calls, statuses: [], exercised: [], unexercised: Object.keys(responsesOf(operationId) ?? {}), medianLatencyMs: 0 });
    }
    operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
    return {
      mode: this.options.mode,
      target: this.options.target,
      runId: this.runId,
      startedAt: this.startedAt.toISOString(),
      durationMs: Math.round(performance.now() - this.started),
      phases: ['traffic'],
      checks: ['request_conformance', ...RESPONSE_CHECKS],
      allowWrites: false,
      summaries: summarizeChecks(this.outcomes),
      operations,
      failures,
      unchecked: [...this.unchecked],
      passed: this.checkedExchanges > 0 && failures.length === 0,
    };
  }
}
