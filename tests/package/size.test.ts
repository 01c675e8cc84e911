// `npm run size -- --check`: the client entry point bundled for a browser (esbuild, minified) is
// within the budget stated in scripts/size.ts, which is the figure the README may carry; over it,
// the check fails.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUDGET, main, overBudget } from '../../scripts/size.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

describe('npm run size -- --check', () => {
  it('measures the client entry point and finds it within the budget', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'size', '--', '--check'], {
      cwd: root,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const sizes = stdout.match(/: [\d.]+ KB minified, [\d.]+ KB minified \+ gzipped \((\d+) and (\d+) bytes\)/);
    expect(sizes, stdout).not.toBeNull();
    const [minified, gzipped] = [Number(sizes![1]), Number(sizes![2])];
    // openapi-fetch is in the bundle; the numbers are plausible, and within the budget.
    expect(stdout).toMatch(/^ {2}openapi-fetch +[\d.]+ KB minified$/m);
    expect(gzipped).toBeGreaterThan(1024);
    expect(gzipped).toBeLessThan(minified);
    expect(overBudget({ minified, gzipped })).toEqual([]);
    expect(stdout).toContain(
      `budget: ${(BUDGET.minified / 1024).toFixed(1)} KB minified, ${(BUDGET.gzipped / 1024).toFixed(1)} KB minified + gzipped: within it`,
    );
  }, 60_000);

  it('is the budget docs/package.md states', () => {
    const page = readFileSync(new URL('../../docs/package.md', import.meta.url), 'utf8');
    expect(page).toContain(`budget of **${BUDGET.minified / 1024} KB minified, ${BUDGET.gzipped / 1024} KB minified + gzipped**`);
  });

  it('fails over the budget, saying by how much', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      expect(await main(['--check'], { minified: 1024, gzipped: 1024 })).toBe(1);
      expect(await main([], { minified: 1024, gzipped: 1024 })).toBe(0); // without --check it only reports
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toMatch(/OVER\n {2}minified: [\d.]+ KB \(\d+ bytes\) is over the budget of 1\.0 KB by \d+ bytes\n {2}gzipped: /);
  }, 60_000);
});
