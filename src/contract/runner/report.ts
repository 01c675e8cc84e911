import type { ContractReport, StepResult } from './index.js';

const failed = (steps: StepResult[]) => steps.filter((s) => !s.passed && !s.skipped).length;
const skipped = (steps: StepResult[]) => steps.filter((s) => s.skipped).length;

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * JUnit XML: one test suite per flow, one test case per step (and one for a write flow's cleanup);
 * failures carry the error and the violations, skipped steps a `<skipped/>` with the reason.
 */
export function toJUnit(report: ContractReport): string {
  const flows = [...new Set(report.steps.map((s) => s.flow))];
  const suites = flows.map((flow) => {
    const steps = report.steps.filter((s) => s.flow === flow);
    const cases = steps.map((s) => {
      const seconds = (s.exchanges.reduce((t, x) => t + x.latencyMs, 0) / 1000).toFixed(3);
      const problems = [
        ...(s.error ? [s.error] : []),
        ...s.exchanges.flatMap((x) => x.violations.map((v) => `${x.method} ${x.path} → ${x.status}: ${v.check} at ${v.location} ${v.pointer || '(root)'}: ${v.message}`)),
      ];
      const outcome = s.skipped
        ? `\n      <skipped message="${xml(s.reason ?? 'skipped')}"/>\n    `
        : s.passed
          ? ''
          : `\n      <failure message="${xml(problems[0] ?? 'failed')}">${xml(problems.join('\n'))}</failure>\n    `;
      return `    <testcase classname="${xml(flow)}" name="${xml(s.step)}" time="${seconds}">${outcome}</testcase>`;
    });
    return `  <testsuite name="${xml(flow)}" tests="${steps.length}" failures="${failed(steps)}" skipped="${skipped(steps)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="images contract ${xml(report.target)}" tests="${report.steps.length}" failures="${failed(report.steps)}" skipped="${skipped(report.steps)}" time="${(report.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export function toJson(report: ContractReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
