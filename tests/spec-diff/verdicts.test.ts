// The schema regression gate's verdicts: known changes applied to the current spec, each diffed
// against it with `diffSpecs` (which runs `redocly diff`), all cases at once in beforeAll (each run
// is a ~0.7 s child process). Two cases also run the real CLI to check its exit codes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SPEC_PATH, diffSpecs, formatSpecDiff, type SpecDiff } from '../../scripts/lib/diff.js';

type Spec = Record<string, any>;
const V1 = '/accounts/{account_id}/images/v1';
const STATS = '/accounts/{account_id}/images/v1/stats';
const V2 = '/accounts/{account_id}/images/v2';

/** name → [expected verdict, mutation, rule ids of which at least one must rate it] */
const CASES: Record<string, { breaking: boolean; mutate: (spec: Spec) => void; rules?: string[] }> = {
  'removed operation': {
    breaking: true,
    rules: ['operation-removed'],
    mutate: (s) => delete s.paths[STATS].get,
  },
  'new required parameter': {
    breaking: true,
    rules: ['parameter-became-required'],
    mutate: (s) => s.paths[V2].get.parameters.push({ name: 'tenant', in: 'query', required: true, schema: { type: 'string' } }),
  },
  "narrowed request enum (fit loses 'pad')": {
    breaking: true,
    rules: ['enum-values-removed'],
    mutate: (s) => (s.components.schemas.VariantOptions.properties.fit.enum = ['scale-down', 'contain', 'cover', 'crop']),
  },
  'narrowed request range (per_page maximum 10000 → 5000)': {
    breaking: true,
    rules: ['schema-constraint-changed'],
    mutate: (s) => (s.components.parameters.PerPage.schema.maximum = 5000),
  },
  'removed response field (Image.filename)': {
    breaking: true,
    rules: ['property-removed'],
    mutate: (s) => delete s.components.schemas.Image.properties.filename,
  },
  'retyped response field (Image.uploaded: string → integer)': {
    breaking: true,
    rules: ['schema-type-changed'],
    mutate: (s) => (s.components.schemas.Image.properties.uploaded = { type: 'integer' }),
  },
  'changed path (/stats → /usage)': {
    breaking: true,
    rules: ['path-removed'],
    mutate: (s) => {
      s.paths[`${V1}/usage`] = s.paths[STATS];
      delete s.paths[STATS];
    },
  },
  'new optional parameter': {
    breaking: false,
    mutate: (s) => s.paths[V2].get.parameters.push({ name: 'tenant', in: 'query', schema: { type: 'string' } }),
  },
  'new operation': {
    breaking: false,
    mutate: (s) => {
      s.paths[STATS].head = { operationId: 'headImageStats', summary: 'Stats headers', tags: ['Stats'], responses: { '204': { description: 'No content.' } } };
    },
  },
  'added response field (Image.width)': {
    breaking: false,
    mutate: (s) => (s.components.schemas.Image.properties.width = { type: 'integer', minimum: 1 }),
  },
  'widened request range (per_page minimum 10 → 1)': {
    breaking: false,
    mutate: (s) => (s.components.parameters.PerPage.schema.minimum = 1),
  },
};

let dir: string;
const results = new Map<string, SpecDiff>();
const cli = new Map<string, { code: number | null; stdout: string; stderr: string }>();

function writeSpec(name: string, mutate: (spec: Spec) => void): string {
  const spec = parse(readFileSync(join(ROOT, SPEC_PATH), 'utf8')) as Spec;
  mutate(spec);
  const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
  writeFileSync(file, stringify(spec));
  return file;
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/spec-diff.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spec-diff-test-'));
  const base = join(ROOT, SPEC_PATH);
  const removeOp = (s: Spec) => delete s.paths[STATS].get;
  const breakingNoBump = writeSpec('breaking-no-bump', removeOp);
  const breakingWithBump = writeSpec('breaking-with-bump', (s) => {
    removeOp(s);
    s.info.version = `${Number(String(s.info.version).split('.')[0]) + 1}.0.0`;
  });
  await Promise.all([
    ...Object.entries(CASES).map(async ([name, c]) => results.set(name, await diffSpecs(base, writeSpec(name, c.mutate)))),
    diffSpecs(base, base).then((d) => results.set('unchanged', d)),
    runCli([base, breakingNoBump]).then((r) => cli.set('no bump', r)),
    runCli([base, breakingWithBump]).then((r) => cli.set('major bump', r)),
  ]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spec:diff verdicts', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`${c.breaking ? 'breaking' : 'non-breaking'}: ${name}`, () => {
      const diff = results.get(name)!;
      const report = formatSpecDiff(diff);
      expect(diff.changes.length, report).toBeGreaterThan(0);
      if (c.breaking) {
        expect(diff.breaking, report).toBeGreaterThan(0);
        expect(diff.exitCode, report).toBe(1);
        expect(report).toContain('BREAKING');
        expect(report).toMatch(/^✖ FAIL: /m);
        const rules = diff.changes.filter((ch) => ch.breaking).flatMap((ch) => ch.rules);
        expect(rules, report).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(${c.rules!.join('|')})$`))]));
      } else {
        expect(diff.breaking, report).toBe(0);
        expect(diff.exitCode, report).toBe(0);
        expect(report).toContain('non-breaking');
        expect(report).toMatch(/^✔ PASS: no breaking changes/m);
      }
    });
  }

  it('an unchanged spec has no changes and passes', () => {
    const diff = results.get('unchanged')!;
    expect(diff.changes).toEqual([]);
    expect(diff.exitCode).toBe(0);
  });

  it('the CLI exits 1 on a breaking change without a major bump', () => {
    const run = cli.get('no bump')!;
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/BREAKING +removed +GET \/accounts\/\{account_id\}\/images\/v1\/stats/);
    expect(run.stdout).toMatch(/✖ FAIL: 1 breaking change without a major version bump \(info\.version (\d+\.\d+\.\d+) → \1\)/);
  });

  it('the CLI exits 0 when the major version bump accepts the breaking change', () => {
    const run = cli.get('major bump')!;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('BREAKING');
    expect(run.stdout).toMatch(/✔ PASS: the major version bump accepts 1 breaking change \(info\.version \d+\.\d+\.\d+ → \d+\.0\.0\)/);
  });
});
