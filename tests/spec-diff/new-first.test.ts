// The gate shows what is new first: a breaking change made after a major bump is listed above the
// breaking changes that bump already accepted, instead of among them. Once with spec files and
// `--since` (the CLI), once in a scratch git repository where the reference points are found in
// the history: the last commit, and the commit that bumped info.version to the current major.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_PATH, ROOT, SPEC_PATH, diffSpecs, formatSpecDiff, type SpecDiff } from '../../scripts/lib/diff.js';
import { findMajorBump } from '../../scripts/lib/spec-history.js';

type Spec = Record<string, any>;
const STATS = '/accounts/{account_id}/images/v1/stats';
const V2 = '/accounts/{account_id}/images/v2';

const released = (s: Spec) => (s.info.version = '1.0.0');
/** The bump: 2.0.0 and a breaking change it accepts (Image.filename removed). */
const bump = (s: Spec) => {
  s.info.version = '2.0.0';
  delete s.components.schemas.Image.properties.filename;
};
/** Non-breaking, committed after the bump. */
const later = (s: Spec) => s.paths[V2].get.parameters.push({ name: 'tenant', in: 'query', schema: { type: 'string' } });
/** Breaking, made after the bump: the change a user must not miss. */
const breakAgain = (s: Spec) => delete s.paths[STATS].get;

function specText(...steps: ((s: Spec) => unknown)[]): string {
  const spec = parse(readFileSync(join(ROOT, SPEC_PATH), 'utf8')) as Spec;
  for (const step of steps) step(spec);
  return stringify(spec);
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

/** The report's sections: heading line → the lines under it. */
function sectionsOf(report: string): { heading: string; body: string }[] {
  return [...report.matchAll(/^((?:New since|Not committed yet|Already in)[^\n]*)\n((?: {2}[^\n]*\n)*)/gm)].map((m) => ({ heading: m[1], body: m[2] }));
}

let dir: string;
let repo: string;
let cli: { code: number | null; stdout: string; stderr: string };
let history: SpecDiff;
const commits: Record<string, string> = {};

function git(...args: string[]): string {
  const run = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

function commit(message: string, text: string): string {
  writeFileSync(join(repo, SPEC_PATH), text);
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spec-diff-new-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const base = write('base.yaml', specText(released));
  const bumped = write('bump.yaml', specText(released, bump));
  const head = write('head.yaml', specText(released, bump, breakAgain));

  repo = join(dir, 'repo');
  mkdirSync(join(repo, 'openapi/baseline'), { recursive: true });
  git('init', '-q');
  writeFileSync(join(repo, BASELINE_PATH), specText(released));
  commits.release = commit('release 1.0.0', specText(released));
  commits.bump = commit('bump to 2.0.0', specText(released, bump));
  commits.later = commit('a new optional parameter', specText(released, bump, later));
  writeFileSync(join(repo, SPEC_PATH), specText(released, bump, later, breakAgain)); // not committed

  [cli, history] = await Promise.all([runCli([base, head, '--since', bumped]), diffSpecs(undefined, undefined, { root: repo })]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spec:diff lists what is new first', () => {
  it('with --since: the change made after the bump heads the report, above the ones the bump accepted', () => {
    expect(cli.code, cli.stdout + cli.stderr).toBe(0); // the major bump accepts both
    const sections = sectionsOf(cli.stdout);
    expect(
      sections.map((s) => s.heading),
      cli.stdout,
    ).toEqual([
      expect.stringMatching(/^New since .*bump\.yaml: 1 change, 1 breaking$/),
      expect.stringMatching(/^Already in .*bump\.yaml: \d+ changes, 1 breaking$/),
    ]);
    expect(sections[0].body).toMatch(/BREAKING +removed +GET \/accounts\/\{account_id\}\/images\/v1\/stats/);
    expect(sections[1].body).toMatch(/BREAKING .*filename/);
    expect(sections[1].body).not.toContain('/stats');
    expect(cli.stdout.indexOf('/images/v1/stats')).toBeLessThan(cli.stdout.indexOf('filename'));
    expect(cli.stdout).toMatch(/✔ PASS: the major version bump accepts 2 breaking changes/);
  });

  it('finds the commit that bumped the major version in the history', () => {
    expect(findMajorBump(repo, SPEC_PATH, 2)).toMatchObject({ commit: commits.bump, version: '2.0.0', subject: 'bump to 2.0.0' });
    expect(findMajorBump(repo, SPEC_PATH, 1)).toBeUndefined(); // HEAD is 2.x: no run of 1.x commits at the top
  });

  it('by default, for the working tree: not committed, then new since the bump, then what the bump accepted', () => {
    const report = formatSpecDiff(history);
    const sections = sectionsOf(report);
    expect(
      sections.map((s) => s.heading),
      report,
    ).toEqual([
      'Not committed yet (new since HEAD): 1 change, 1 breaking',
      expect.stringMatching(
        new RegExp(`^New since the major bump to 2\\.0\\.0 \\(${commits.bump.slice(0, 7)}[0-9a-f]*, \\d{4}-\\d\\d-\\d\\d\\): 1 change, 0 breaking$`),
      ),
      expect.stringMatching(/^Already in the major bump to 2\.0\.0 \([0-9a-f]+\), accepted by it: \d+ changes, 1 breaking$/),
    ]);
    expect(sections[0].body).toMatch(/BREAKING +removed +GET .*\/stats/);
    expect(sections[1].body).toMatch(/non-breaking .*`tenant`/);
    expect(sections[2].body).toMatch(/BREAKING .*filename/);
    // Every change is in exactly one section.
    expect(history.sections.flatMap((s) => s.changes)).toHaveLength(history.changes.length);
    expect(history.exitCode).toBe(0);
  });
});
