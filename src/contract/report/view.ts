// What every rendering of a report says the same way (the terminal's and the HTML page's): what
// the target is, how the run was made, each check's outcome, which documented responses the
// traffic left out, and the verdict.
import type { CheckSummary, OperationSummary, Outcome, Report } from '../model/report.js';

/** The first line: what was checked. The embedded local server is named as such, with how to check one's own. */
export function targetLine(report: Pick<Report, 'mode' | 'target' | 'embedded'>): string {
  if (report.embedded) {
    const flag = report.mode === 'proxy' ? '--upstream' : '--base-url';
    return `Target: the embedded local Images server (${report.target})${report.mode === 'proxy' ? ', behind the proxy' : ''} — pass ${flag} to check your own`;
  }
  return `Target: ${report.target}${report.mode === 'proxy' ? ' (the upstream of the proxy)' : ''}`;
}

/** The second line: how the run was made (writes, phases, the seed that replays it). */
export function runLine(report: Report): string {
  if (report.mode === 'proxy') return `Run ${report.runId}: the app's traffic through the proxy`;
  if (report.mode === 'har') return `Run ${report.runId}: the traffic recorded in the HAR file`;
  const phases = report.phases.join(', ');
  return `Run ${report.runId}: ${report.allowWrites ? 'reads and writes' : 'read-only'}; phases ${phases}${report.seed === undefined ? '' : `; --seed ${report.seed}`}`;
}

/** `5/8 (not: 404, 415, 429)`: the documented responses the exchanges exercised, and those they did not. */
export function responsesExercised(op: OperationSummary): string {
  const documented = op.exercised.length + op.unexercised.length;
  return `${op.exercised.length}/${documented}${op.unexercised.length ? ` (not: ${op.unexercised.join(', ')})` : ''}`;
}

export interface CheckLine {
  check: string;
  /** `unexercised`: chosen, but nothing the run sent recorded an outcome of it. */
  status: 'passed' | 'failed' | 'unexercised';
  passed: number;
  failed: number;
  /** Where it passed at least once. */
  operations: string[];
  failedOperations: string[];
}

/** One line per check the report chose (then any other it recorded), in the registry's order. */
export function checkLines(report: Report): CheckLine[] {
  const names = [...new Set<string>([...report.checks, ...report.summaries.map((s) => s.check)])];
  return names.map((check) => {
    const rows = report.summaries.filter((s) => s.check === check);
    const passed = rows.reduce((n, s) => n + s.passed, 0);
    const failed = rows.reduce((n, s) => n + s.failed, 0);
    const failedOperations = rows.filter((s) => s.failed > 0).map((s) => s.operationId);
    return {
      check,
      status: failed ? 'failed' : passed ? 'passed' : 'unexercised',
      passed,
      failed,
      operations: rows.filter((s) => s.passed > 0).map((s) => s.operationId),
      failedOperations,
    };
  });
}

/** Up to three operation names, else their number. */
const operationsText = (ids: readonly string[]) => (ids.length <= 3 ? ids.join(', ') : `${ids.length} operations`);

/** What a check line says after the name: `2 failed on getImageStats; 860 passed on 17 operations`. */
export function checkOutcomeText(line: CheckLine): string {
  if (line.status === 'unexercised') return 'not exercised by this run';
  const failed = `${line.failed} failed on ${operationsText(line.failedOperations)}`;
  const passed = `${line.passed} passed on ${operationsText(line.operations)}`;
  return line.failed ? (line.passed ? `${failed}; ${passed}` : failed) : passed;
}

/** The operations of the matrix: every operation called, and any other a check recorded an outcome on. */
export function matrixOperations(report: Report): string[] {
  return [...new Set([...report.operations.map((o) => o.operationId), ...report.summaries.map((s) => s.operationId)])].sort();
}

/** The check × operation cell, when the check recorded outcomes on the operation. */
export function matrixCell(report: Report, check: string, operationId: string): CheckSummary | undefined {
  return report.summaries.find((s) => s.check === check && s.operationId === operationId);
}

/** The last line: the verdict, with the counts behind it. */
export function verdictLine(report: Report): string {
  const failing = report.summaries.filter((s) => s.failed > 0);
  const outcomes = report.summaries.reduce((n, s) => n + s.passed + s.failed, 0);
  return (
    `${report.passed ? 'PASS' : 'FAIL'}: ${outcomes} check outcomes over ${report.operations.reduce((n, o) => n + o.calls, 0)} exchanges; ` +
    `${failing.length} check × operation pairs failed (${[...new Set(failing.map((s) => s.check))].join(', ') || 'none'}); ${report.durationMs} ms` +
    (report.seed === undefined ? '' : `; seed ${report.seed}`)
  );
}

/** What came back, as a failure shows it: `HTTP 200 at /result/count "many"`. */
export function receivedText({ status, pointer, value }: NonNullable<Outcome['received']>): string {
  return [
    status === undefined ? '' : `HTTP ${status}`,
    pointer === undefined ? '' : `at ${pointer || '(root)'}`,
    value === undefined ? '' : JSON.stringify(value),
  ]
    .filter(Boolean)
    .join(' ');
}
