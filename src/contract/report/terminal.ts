// The report as a person reads it in a terminal: a table per operation, then every failure with
// what was expected, what came back and a curl reproduction, then one summary line.
import Table from 'cli-table3';
import { describeFailure } from './junit.js';
import type { Report } from './model.js';

export function renderReport(report: Report, options: { color?: boolean } = {}): string {
  const plain = !options.color;
  const table = new Table({
    head: ['operation', 'calls', 'statuses', 'checks passed', 'checks failed', 'responses exercised', 'median ms'],
    ...(plain ? { style: { head: [], border: [] } } : {}),
  });
  for (const op of report.operations) {
    const summaries = report.summaries.filter((s) => s.operationId === op.operationId);
    const passed = summaries.reduce((n, s) => n + s.passed, 0);
    const failed = summaries.reduce((n, s) => n + s.failed, 0);
    const documented = op.exercised.length + op.unexercised.length;
    table.push([op.operationId, op.calls, op.statuses.join(' '), passed, failed, `${op.exercised.length}/${documented}`, op.medianLatencyMs]);
  }
  const head = `Target: ${report.target}  (${report.mode}${report.mode === 'run' ? `; ${report.allowWrites ? 'reads and writes' : 'read-only'}; phases ${report.phases.join(',')}` : ''}; run ${report.runId}${report.seed === undefined ? '' : `; --seed ${report.seed}`})`;
  const lines = [head, table.toString()];
  const failing = report.summaries.filter((s) => s.failed > 0);
  for (const f of report.failures) lines.push(`✗ ${f.check} · ${f.operationId}`, ...describeFailure(f).split('\n').map((l) => `  ${l}`));
  if (report.model?.failure) {
    const { commands, script, shrinks } = report.model.failure;
    lines.push(`model: the failing sequence, shrunk ${shrinks}× to ${commands.length} commands: ${commands.join(' → ')}`, 'model: replay it with this script (CLOUDFLARE_API_TOKEN set):', script);
  }
  for (const u of report.unchecked) lines.push(`○ ${u.operationId} · ${u.label}: not checked: ${u.reason}`);
  if (report.cleanup) {
    const { created, deleted, leftBehind } = report.cleanup;
    lines.push(`cleanup: ${deleted}/${created} created resources deleted${leftBehind.length ? `; left behind: ${leftBehind.join(', ')}` : ''}`);
  }
  const outcomes = report.summaries.reduce((n, s) => n + s.passed + s.failed, 0);
  lines.push(
    `${report.passed ? 'PASS' : 'FAIL'}: ${outcomes} check outcomes over ${report.operations.reduce((n, o) => n + o.calls, 0)} exchanges; ` +
      `${failing.length} check × operation pairs failed (${[...new Set(failing.map((s) => s.check))].join(', ') || 'none'}); ${report.durationMs} ms` +
      (report.seed === undefined ? '' : `; seed ${report.seed}`),
  );
  return lines.join('\n');
}
