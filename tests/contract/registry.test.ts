// The check registry is the one list of checks: every source it cites is a statement the spec makes
// (a rule, a free choice, a pointer that resolves), every check's code is where it says and names
// it, every check name used in src/contract is registered, and the README's table is its rendering.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_NAMES, REGISTRY, RUN_CHECKS, type SpecSource } from '../../src/contract/checks/registry.js';
import { statementOf, statementsOfCheck } from '../../src/contract/checks/spec-sources.js';
import { checkTable } from '../../scripts/lib/check-table.js';

const root = new URL('../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : []));

describe('the check registry', () => {
  it('cites only statements the spec makes, each quoted', () => {
    for (const name of CHECK_NAMES) {
      for (const source of REGISTRY[name].sources as readonly SpecSource[]) {
        const statement = statementOf(source, 'getImage');
        expect(statement?.quote.length, `${name}: ${source}`).toBeGreaterThan(10);
      }
      expect(statementsOfCheck(name, 'uploadImage').length).toBeGreaterThan(0);
    }
  });

  it('points at code that exists and names the check', () => {
    for (const name of CHECK_NAMES) {
      const text = REGISTRY[name].code
        .map((where) => join(root, 'src/contract', where))
        .flatMap((path) => (statSync(path).isDirectory() ? files(path) : [path]))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      expect(text.includes(name), name).toBe(true);
    }
  });

  it('registers every check name the contract code records', () => {
    const used = new Set<string>();
    for (const file of files(join(root, 'src/contract'))) {
      // The proxy's header entry `more` (how many further violations the report has) is not a check.
      for (const m of readFileSync(file, 'utf8').matchAll(/check:\s*'([a-z_]+)'/g)) if (m[1] !== 'more') used.add(m[1]);
      for (const m of readFileSync(file, 'utf8').matchAll(/expectation\(\s*'([a-z_]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((n) => !(CHECK_NAMES as string[]).includes(n))).toEqual([]);
    expect(RUN_CHECKS.length).toBeGreaterThan(15);
  });

  it("is what the README's check table shows (npm run docs -- --readme)", () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(checkTable());
  });
});
