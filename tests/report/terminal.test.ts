// The terminal report and the JUnit file from a report made by hand: the target named first (the
// embedded local server said to be one), each check by name with its outcome, the documented
// responses left out, one rule under the table's head, and timed test cases.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/model/report.js';
import { toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';

const report = (extra: Partial<Report> = {}): Report => ({
  mode: 'run',
  target: 'http://127.0.0.1:4000/client/v4',
  runId: 'r1',
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1234,
  seed: 42,
  phases: ['examples', 'stateful'],
  checks: ['status_code_conformance', 'pagination', 'stats'],
  allowWrites: true,
  summaries: [
    { check: 'pagination', operationId: 'listImagesV2', passed: 3, failed: 1, timeMs: 12.5 },
    { check: 'status_code_conformance', operationId: 'getImage', passed: 2, failed: 0, timeMs: 4 },
    { check: 'status_code_conformance', operationId: 'listImagesV2', passed: 9, failed: 0, timeMs: 30 },
  ],
  operations: [
    { operationId: 'getImage', calls: 2, statuses: [200, 404], exercised: ['200', '404'], unexercised: ['400', '429'], medianLatencyMs: 2, latencyMs: 4 },
    { operationId: 'listImagesV2', calls: 9, statuses: [200], exercised: ['200'], unexercised: [], medianLatencyMs: 3, latencyMs: 30 },
  ],
  failures: [
    {
      check: 'pagination',
      operationId: 'listImagesV2',
      source: 'stateful',
      passed: false,
      label: 'v2 pages are disjoint',
      message: 'image x listed twice',
      spec: [{ pointer: '/x-cf-rules/walk', quote: 'a walk lists every image once' }],
    },
  ],
  unchecked: [],
  passed: false,
  ...extra,
});

describe('the terminal report', () => {
  it('names the target first: the embedded local server as such, a given one by its URL', () => {
    expect(
      renderReport(report({ embedded: true }))
        .split('\n')
        .slice(0, 2),
    ).toEqual([
      'Target: the embedded local Images server (http://127.0.0.1:4000/client/v4) — pass --base-url to check your own',
      'Run r1: reads and writes; phases examples, stateful; --seed 42',
    ]);
    expect(renderReport(report()).split('\n', 1)[0]).toBe('Target: http://127.0.0.1:4000/client/v4');
  });

  it('lists each check by name and outcome, and the documented responses not exercised; one rule under the head', () => {
    const text = renderReport(report());
    expect(text).toContain(
      'Checks:\n  ✓ status_code_conformance  11 passed on getImage, listImagesV2\n  ✗ pagination               1 failed on listImagesV2; 3 passed on listImagesV2\n  ○ stats                    not exercised',
    );
    expect(text).toMatch(/│ getImage +│ 2 +│ 200 404 +│ 2 +│ 0 +│ 2\/4 \(not: 400, 429\) +│ 2 +│/);
    expect(text).toMatch(/│ listImagesV2 +│ 9 +│ 200 +│ 12 +│ 1 +│ 1\/1 +│ 3 +│/);
    expect(text.split('\n').filter((l) => /^[├╞]/.test(l))).toHaveLength(1);
    expect(text).toContain('  because: a walk lists every image once (spec /x-cf-rules/walk)');
    expect(text).not.toContain('\u001b');
  });
});

describe('JUnit', () => {
  it("times each check × operation: what the run measured, else (traffic) the operation's exchanges", () => {
    const junit = toJUnit(report());
    expect(junit).toContain('<testcase classname="pagination" name="listImagesV2" time="0.013">');
    expect(junit).toContain('<testcase classname="status_code_conformance" name="getImage" time="0.004">');
    const traffic = report({ mode: 'har', summaries: report().summaries.map(({ timeMs: _, ...s }) => s) });
    expect(toJUnit(traffic)).toContain('<testcase classname="status_code_conformance" name="listImagesV2" time="0.030">');
  });
});
