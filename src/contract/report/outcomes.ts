// One rule for what a check applied to an exchange records, the same for the run, the proxy and
// check-har: one pass, or one failure per violation found, each with where it was found.
import type { CheckName } from '../checks/registry.js';
import type { Outcome, RecordedRequest } from '../model/report.js';

/** What a check found wrong: a violation, a request issue, a 5xx. */
export interface Finding {
  pointer: string;
  message: string;
  value?: unknown;
}

export interface Applied {
  operationId: string;
  label: string;
  /** The response's status, when there was one. */
  status?: number;
  /** What the contract requires, as the report says it. */
  expected?: string;
  request?: RecordedRequest;
  /** How a message and a value are shown (the proxy scrubs the app's credentials from them). */
  shown?: { text(text: string): string; value(value: unknown): unknown };
}

export function checkOutcomes(check: CheckName, findings: readonly Finding[], at: Applied): Omit<Outcome, 'source'>[] {
  const { operationId, label, status, expected, request, shown } = at;
  if (findings.length === 0) return [{ check, operationId, passed: true, label }];
  return findings.map((f) => ({
    check,
    operationId,
    passed: false,
    label,
    message: shown ? shown.text(f.message) : f.message,
    ...(expected === undefined ? {} : { expected }),
    received: {
      ...(status === undefined ? {} : { status }),
      pointer: f.pointer,
      ...(f.value === undefined ? {} : { value: shown ? shown.value(f.value) : f.value }),
    },
    ...(request ? { request } : {}),
  }));
}
