// The app's exchanges, checked and summed into the report the contract run writes: one outcome
// per check applied to an exchange (a failed check: one per violation), per-operation coverage of
// the documented responses, and what could not be checked, with why.
import { randomUUID } from 'node:crypto';
import { checkResponse, CHECKS, type CheckName, type HeadersLike, type Violation } from '../check.js';
import { headerMap } from '../checks/exchange.js';
import type { Outcome, Report } from '../report/model.js';
import { summarizeChecks, summarizeOperations, type ExchangeLine } from '../report/summary.js';
import { responsesOf } from '../../spec/responses.js';
import { recordedRequest } from './reproduction.js';
import type { RequestCheck, RequestIssue, TrafficRequest } from './request-check.js';

export interface TrafficResponse {
  status: number;
  headers: HeadersLike;
  /** The body as text (decoded), when it was kept. */
  text?: string;
  /** The body's size in bytes (decoded), when known. */
  bytes?: number;
  /** Why the body was not kept for checking (a HAR entry without it, a body too large): its checks are then unchecked, not passed. */
  bodyUnrecorded?: string;
}

export interface TrafficExchange {
  request: TrafficRequest;
  /** Undefined when the request is no operation of the spec. */
  check: RequestCheck | undefined;
  response?: TrafficResponse;
  /** Why there is no response to check: refused by the proxy, the upstream unreachable, none recorded. */
  noResponse?: string;
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

const labelOf = (request: TrafficRequest) => {
  const line = `${request.method} ${request.target}`;
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
};

/** The response checks of one exchange; `[]` without a response or an operation. */
export function responseViolationsOf(exchange: TrafficExchange): Violation[] {
  const { check, response, request } = exchange;
  if (!check || !response) return [];
  const violations = checkResponse({
    operationId: check.operationId,
    method: request.method,
    status: response.status,
    headers: response.headers,
    ...(response.text === undefined ? {} : { rawBodyText: response.text }),
    ...(response.bytes === undefined ? {} : { bytes: response.bytes }),
  });
  return response.bodyUnrecorded ? violations.filter((v) => !BODY_CHECKS.includes(v.check)) : violations;
}

export interface TrafficLogOptions {
  mode: 'proxy' | 'har';
  /** Origin and path of what was checked (the upstream, the HAR file); never credentials. */
  target: string;
  /** Where a reproduction sends a request: the upstream's origin. */
  reproduceAt: (request: TrafficRequest) => string;
}

export class TrafficLog {
  private readonly outcomes: Outcome[] = [];
  private readonly lines: ExchangeLine[] = [];
  private readonly refused = new Map<string, number>();
  private readonly unchecked: Report['unchecked'] = [];
  private readonly runId = randomUUID().slice(0, 8);
  private readonly startedAt = new Date();
  private readonly started = performance.now();
  private checkedExchanges = 0;

  constructor(private readonly options: TrafficLogOptions) {}

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
    const base = { operationId, source: 'traffic' as const, label };
    const reproduce = () => recordedRequest(request, this.options.reproduceAt(request));
    if (check.bodyUnchecked) this.unchecked.push({ operationId, label, reason: `request body: ${check.bodyUnchecked}` });
    if (check.issues.length === 0 && !check.bodyUnchecked) this.outcomes.push({ ...base, check: 'request_conformance', passed: true });
    for (const issue of check.issues) {
      this.outcomes.push({ ...base, check: 'request_conformance', passed: false, message: issue.message, expected: 'a request the spec accepts', received: { pointer: issue.pointer }, request: reproduce() });
    }
    if (exchange.refused) this.refused.set(operationId, (this.refused.get(operationId) ?? 0) + 1);
    if (!response) {
      if (exchange.noResponse) this.unchecked.push({ operationId, label, reason: exchange.noResponse });
      return { exchange, requestIssues: check.issues, responseViolations: [] };
    }
    this.lines.push({ operationId, status: response.status, latencyMs: exchange.latencyMs });
    const violations = responseViolationsOf(exchange);
    if (response.bodyUnrecorded) this.unchecked.push({ operationId, label, reason: `response body: ${response.bodyUnrecorded}` });
    const hasPrismHeader = headerMap(response.headers).has('sl-violations');
    for (const name of CHECKS) {
      if (response.bodyUnrecorded && BODY_CHECKS.includes(name)) continue;
      const found = violations.filter((v) => v.check === name);
      if (name === 'prism_violations' && !hasPrismHeader) continue;
      if (found.length === 0) this.outcomes.push({ ...base, check: name, passed: true });
      for (const v of found) {
        this.outcomes.push({ ...base, check: name, passed: false, message: v.message, received: { status: response.status, pointer: v.pointer, value: v.value }, request: reproduce() });
      }
    }
    return { exchange, requestIssues: check.issues, responseViolations: violations };
  }

  /** The report so far. It passes when something was checked and nothing failed. */
  report(): Report {
    const failures = this.outcomes.filter((o) => !o.passed);
    const operations = summarizeOperations(this.lines);
    for (const [operationId, calls] of this.refused) {
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
      checks: ['request_conformance', ...CHECKS],
      allowWrites: false,
      summaries: summarizeChecks(this.outcomes),
      operations,
      failures,
      unchecked: [...this.unchecked],
      passed: this.checkedExchanges > 0 && failures.length === 0,
    };
  }
}
