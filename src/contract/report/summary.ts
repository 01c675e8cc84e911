// Outcomes and exchanges summed into a report's per check × operation and per-operation lines.
import { responseKeyFor, responsesOf } from '../../spec/responses.js';
import { statementsOfCheck } from '../checks/spec-sources.js';
import type { CheckSummary, OperationSummary, Outcome } from './model.js';

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

export function summarizeChecks(outcomes: readonly Outcome[]): CheckSummary[] {
  const byKey = new Map<string, CheckSummary>();
  for (const o of outcomes) {
    const key = `${o.check}\u0000${o.operationId}`;
    const summary = byKey.get(key) ?? { check: o.check, operationId: o.operationId, passed: 0, failed: 0 };
    if (o.passed) summary.passed++;
    else summary.failed++;
    byKey.set(key, summary);
  }
  return [...byKey.values()].sort((a, b) => a.operationId.localeCompare(b.operationId) || a.check.localeCompare(b.check));
}

/** An exchange as the operation table needs it. */
export interface ExchangeLine {
  operationId: string;
  status: number;
  latencyMs: number;
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
        medianLatencyMs: Math.round(median(xs.map((x) => x.latencyMs)) * 10) / 10,
      };
    })
    .sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** Failures with the spec statements they rest on: their own, else those their check enforces. */
export const withSpecReasons = (failures: readonly Outcome[]): Outcome[] => failures.map((f) => (f.spec?.length ? f : { ...f, spec: statementsOfCheck(f.check) }));
