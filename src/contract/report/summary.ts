// Outcomes and exchanges summed into a report's per check × operation and per-operation lines.
import { responseKeyFor, responsesOf } from '../../spec/responses.js';
import { statementsOfCheck } from '../checks/spec-sources.js';
import type { CheckSummary, OperationSummary, Outcome, Source } from '../model/report.js';

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

/** Milliseconds to a tenth. */
const tenths = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Outcomes summed per check × operation. With the run's exchanges, each pair also gets the time
 * spent on it: the latencies of that operation's exchanges in the phases its outcomes came from.
 */
export function summarizeChecks(outcomes: readonly Outcome[], exchanges?: readonly ExchangeLine[]): CheckSummary[] {
  const byKey = new Map<string, CheckSummary & { from: Set<string> }>();
  for (const o of outcomes) {
    const key = `${o.check}\u0000${o.operationId}`;
    const summary = byKey.get(key) ?? { check: o.check, operationId: o.operationId, passed: 0, failed: 0, from: new Set<string>() };
    if (o.passed) summary.passed++;
    else summary.failed++;
    summary.from.add(o.source);
    byKey.set(key, summary);
  }
  const latency = new Map<string, number>();
  for (const x of exchanges ?? []) latency.set(`${x.operationId}\u0000${x.source}`, (latency.get(`${x.operationId}\u0000${x.source}`) ?? 0) + x.latencyMs);
  return [...byKey.values()]
    .map(({ from, ...summary }) =>
      exchanges
        ? { ...summary, timeMs: tenths([...from].reduce((ms, source) => ms + (latency.get(`${summary.operationId}\u0000${source}`) ?? 0), 0)) }
        : summary,
    )
    .sort((a, b) => a.operationId.localeCompare(b.operationId) || a.check.localeCompare(b.check));
}

/** An exchange as the operation table needs it. */
export interface ExchangeLine {
  operationId: string;
  status: number;
  latencyMs: number;
  /** The phase that sent it (the run's exchanges). */
  source?: Source;
}

/** Per operation: calls, statuses, and which documented responses the exchanges exercised (coverage). */
export function summarizeOperations(exchanges: readonly ExchangeLine[]): OperationSummary[] {
  const byOperation = new Map<string, ExchangeLine[]>();
  for (const x of exchanges) byOperation.set(x.operationId, [...(byOperation.get(x.operationId) ?? []), x]);
  return [...byOperation]
    .map(([operationId, xs]) => {
      const documented = Object.keys(responsesOf(operationId) ?? {});
      const exercised = new Set(xs.map((x) => responseKeyFor(operationId, x.status)).filter((k): k is string => k !== undefined));
      return {
        operationId,
        calls: xs.length,
        statuses: [...new Set(xs.map((x) => x.status))].sort((a, b) => a - b),
        exercised: documented.filter((k) => exercised.has(k)),
        unexercised: documented.filter((k) => !exercised.has(k)),
        medianLatencyMs: tenths(median(xs.map((x) => x.latencyMs))),
        latencyMs: tenths(xs.reduce((ms, x) => ms + x.latencyMs, 0)),
      };
    })
    .sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** Failures with the spec statements they rest on: their own, else those their check enforces. */
export const withSpecReasons = (failures: readonly Outcome[]): Outcome[] =>
  failures.map((f) => (f.spec?.length ? f : { ...f, spec: statementsOfCheck(f.check, f.operationId) }));
