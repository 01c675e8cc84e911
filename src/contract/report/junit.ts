// JUnit XML: one test suite per check, one test case per check × operation; a failed case lists
// every failure of that check on that operation with its reproduction.
import type { CheckSummary, Outcome, Report } from '../model/report.js';
import { receivedText } from './view.js';

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function describeFailure(f: Outcome): string {
  const lines = [`[${f.source}] ${f.label}: ${f.message ?? 'failed'}`];
  if (f.expected !== undefined) lines.push(`  expected: ${f.expected}`);
  for (const s of f.spec ?? []) lines.push(`  because: ${s.quote} (spec ${s.pointer})`);
  if (f.received) lines.push(`  received: ${receivedText(f.received)}`);
  if (f.request) lines.push(`  request: ${f.request.method} ${f.request.path}`, ...f.request.curl.split('\n').map((l) => `    ${l}`));
  return lines.join('\n');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * A check × operation's time: what the run measured for it (its operation's exchange latencies in
 * the phases its outcomes came from), else — where every check judges every exchange (proxy, HAR)
 * — the operation's exchanges' latencies.
 */
const timeMs = (report: Report, s: CheckSummary) => s.timeMs ?? report.operations.find((o) => o.operationId === s.operationId)?.latencyMs ?? 0;

export function toJUnit(report: Report): string {
  const checks = [...new Set(report.summaries.map((s) => s.check))];
  const suites = checks.map((check) => {
    const summaries = report.summaries.filter((s) => s.check === check);
    const cases = summaries.map((s) => {
      const failures = report.failures.filter((f) => f.check === check && f.operationId === s.operationId);
      const body =
        s.failed === 0
          ? ''
          : `\n      <failure message="${xml(failures[0]?.message ?? 'failed')}">${xml(failures.map(describeFailure).join('\n\n'))}</failure>\n    `;
      return `    <testcase classname="${xml(check)}" name="${xml(s.operationId)}" time="${seconds(timeMs(report, s))}">${body}</testcase>`;
    });
    const failed = summaries.filter((s) => s.failed > 0).length;
    return `  <testsuite name="${xml(check)}" tests="${summaries.length}" failures="${failed}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (report.cleanup) {
    const { created, deleted, leftBehind } = report.cleanup;
    const body = leftBehind.length
      ? `\n      <failure message="${xml(`${leftBehind.length} created resources left behind`)}">${xml(leftBehind.join('\n'))}</failure>\n    `
      : '';
    suites.push(
      `  <testsuite name="cleanup" tests="1" failures="${leftBehind.length ? 1 : 0}">\n    <testcase classname="cleanup" name="${deleted}/${created} created resources deleted" time="0">${body}</testcase>\n  </testsuite>`,
    );
  }
  const total = report.summaries.length + (report.cleanup ? 1 : 0);
  const failed = report.summaries.filter((s) => s.failed > 0).length + (report.cleanup?.leftBehind.length ? 1 : 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="images contract ${xml(report.target)}" tests="${total}" failures="${failed}" time="${(report.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
