// The report as a person reads it in a terminal: what the target is and how the run was made, a
// table per operation (with the documented responses it left out), each check's outcome by name,
// then every failure with what was expected, what came back and a curl reproduction, then one
// summary line.
import Table from 'cli-table3';
import { describeFailure } from './junit.js';
import type { Report } from '../model/report.js';
import { checkLines, checkOutcomeText, responsesExercised, runLine, targetLine, verdictLine } from './view.js';

const MARK = { passed: '✓', failed: '✗', unexercised: '○' } as const;
const paint = (color: boolean, code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);

function operationTable(report: Report, color: boolean): string {
  const table = new Table({
    head: ['operation', 'calls', 'statuses', 'checks passed', 'checks failed', 'responses exercised', 'median ms'],
    // One rule under the head, none between rows.
    style: { compact: true, ...(color ? {} : { head: [], border: [] }) },
  });
  for (const op of report.operations) {
    const summaries = report.summaries.filter((s) => s.operationId === op.operationId);
    const passed = summaries.reduce((n, s) => n + s.passed, 0);
    const failed = summaries.reduce((n, s) => n + s.failed, 0);
    table.push([op.operationId, op.calls, op.statuses.join(' '), passed, failed, responsesExercised(op), op.medianLatencyMs]);
  }
  return table.toString();
}

function checkSummary(report: Report, color: boolean): string[] {
  const lines = checkLines(report);
  const width = Math.max(0, ...lines.map((l) => l.check.length));
  const colors = { passed: 32, failed: 31, unexercised: 90 } as const;
  return ['Checks:', ...lines.map((l) => `  ${paint(color, colors[l.status], MARK[l.status])} ${l.check.padEnd(width)}  ${checkOutcomeText(l)}`)];
}

export function renderReport(report: Report, options: { color?: boolean } = {}): string {
  const color = Boolean(options.color);
  const lines = [targetLine(report), runLine(report), ...(report.notes ?? []).map((n) => `Note: ${n}`)];
  if (report.operations.length) lines.push(operationTable(report, color));
  lines.push(...checkSummary(report, color));
  for (const f of report.failures)
    lines.push(
      `${paint(color, 31, '✗')} ${f.check} · ${f.operationId}`,
      ...describeFailure(f)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (report.model?.failure) {
    const { commands, script, shrinks } = report.model.failure;
    lines.push(
      `model: the failing sequence, shrunk ${shrinks}× to ${commands.length} commands: ${commands.join(' → ')}`,
      'model: replay it with this script (CLOUDFLARE_API_TOKEN set):',
      script,
    );
  }
  for (const u of report.unchecked) lines.push(`○ ${u.operationId} · ${u.label}: not checked: ${u.reason}`);
  if (report.cleanup) {
    const { created, deleted, leftBehind } = report.cleanup;
    lines.push(`cleanup: ${deleted}/${created} created resources deleted${leftBehind.length ? `; left behind: ${leftBehind.join(', ')}` : ''}`);
  }
  lines.push(paint(color, report.passed ? 32 : 31, verdictLine(report)));
  return lines.join('\n');
}
