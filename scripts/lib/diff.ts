/**
 * The schema regression gate's engine: Redocly CLI's `redocly diff` compares two OpenAPI
 * descriptions and rates every change by the semver bump it requires (major / minor / patch).
 * This module runs it (JSON report), maps "major" to breaking and everything else to non-breaking,
 * renders the changes readably and decides the gate's verdict from the two `info.version`s. The
 * report lists what is new first: the changes are put in sections by the reference specs that
 * already have them (the last commit, the commit that bumped the major version, or `--since`; see
 * diff-sections.ts), each another `redocly diff` from the same base.
 *
 * Redocly has no Node API for `diff` (the command lives in hashed internal chunks), so it is spawned:
 * `node <@redocly/cli>/bin/cli.js diff`, ~0.7 s a run.
 *
 * Rules: the `diff-recommended` ruleset (all rules at "major"), passed with a config of our own,
 * because the project's redocly.yaml (lint rules) does not enable diff rules and without them
 * `redocly diff` rates nothing as major. Checked against every verdict the gate must give (see
 * tests/spec-diff/verdicts.test.ts): removed operation, new required parameter, narrowed enum,
 * narrowed range, removed / retyped response field and changed path are major; new optional
 * parameter, new operation, added response field and widened range are minor or patch. Redocly
 * gives all of them, so nothing is added on top of its classification. Constraints are judged by
 * direction (tighter request / looser response = major); enums conservatively (values added or
 * removed = major, in requests and responses alike). A change to a schema shared by several
 * operations is reported once, at the first place Redocly meets it.
 *
 * Exit codes (CLI): 0 — no breaking change, or breaking changes with a major `info.version` bump;
 * 1 — a breaking change without one; 2 — the descriptions could not be compared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { changeKey, describeChange, type Context, type Impact, type RedoclyChange, type SpecChange } from './diff-describe.js';
import { sectionChanges, type Milestone, type SpecSection } from './diff-sections.js';
import { runRedocly } from './redocly.js';
import { findMajorBump, semverMajor, specAtHead } from './spec-history.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SPEC_PATH = 'openapi/images.yaml';
export const BASELINE_PATH = 'openapi/baseline/images.yaml';

/** The diff config handed to `redocly diff --config` (written to a temp dir per run). */
const DIFF_CONFIG = 'extends:\n  - diff-recommended\n';

/** One change as `redocly diff --format json` reports it (reportVersion 1). */
interface RedoclyReport {
  reportVersion: string;
  infoVersions: { base?: string; revision?: string };
  summary: Record<Impact, number>;
  bump?: Impact;
  changes: RedoclyChange[];
}

export interface SpecDiff {
  base: { label: string; version: string | undefined };
  head: { label: string; version: string | undefined };
  changes: SpecChange[];
  breaking: number;
  nonBreaking: number;
  /** The head's info.version major is greater than the base's. */
  majorBump: boolean;
  exitCode: 0 | 1;
  verdict: string;
  /** The changes grouped by what is new (see diff-sections.ts); empty when there is nothing to compare with. */
  sections: SpecSection[];
}

export interface DiffOptions {
  /**
   * A spec (file or git ref) to show what is new since, instead of the automatic ones: for the
   * working tree, the last commit and the commit that bumped the major version.
   */
  since?: string;
  /** The repository the paths and refs are in; default this one. */
  root?: string;
}

interface SpecInput {
  /** A file on disk to hand to Redocly. */
  file: string;
  /** What the user named: a path, or `REF:openapi/images.yaml`. */
  label: string;
}

/**
 * A path on disk, or a git ref (`HEAD~1`, `main`, a tag) whose `openapi/images.yaml` is read with
 * `git show REF:openapi/images.yaml` into `tempDir`; `REF:other/path.yaml` works too.
 */
function resolveSpecInput(arg: string, tempDir: string, root = ROOT): SpecInput {
  if (existsSync(resolve(root, arg))) return { file: resolve(root, arg), label: arg };
  const object = arg.includes(':') ? arg : `${arg}:${SPEC_PATH}`;
  const shown = spawnSync('git', ['show', object], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (shown.status !== 0) {
    throw new SpecDiffError(`${arg}: neither a file nor a git ref with ${object.slice(object.indexOf(':') + 1)} (git show ${object}: ${shown.stderr.trim()})`);
  }
  const file = join(tempDir, `${object.replace(/[^A-Za-z0-9._-]+/g, '_')}.yaml`);
  writeFileSync(file, shown.stdout);
  return { file, label: object };
}

export class SpecDiffError extends Error {
  override name = 'SpecDiffError';
}

/** `redocly diff --format json` of two files. */
async function redoclyDiff(base: SpecInput, head: SpecInput, configFile: string): Promise<RedoclyReport> {
  const run = await runRedocly(['diff', base.file, head.file, '--format', 'json', '--fail-on', 'none', '--config', configFile, '--lint-config', 'off']).catch(
    (error: Error) => {
      throw new SpecDiffError(`redocly diff could not compare ${base.label} and ${head.label}:\n${cleanRedoclyLog(error.message)}`);
    },
  );
  try {
    return JSON.parse(run.stdout) as RedoclyReport;
  } catch {
    throw new SpecDiffError(`redocly diff printed no JSON report:\n${cleanRedoclyLog(run.stdout + run.stderr)}`);
  }
}

interface MilestoneSpec {
  spec: string;
  newSince: string;
  alreadyIn: string;
}

/**
 * What to show as new, newest first: `--since`, else for the working-tree spec the last commit
 * (when the working tree differs from it) and the commit that bumped the major version (when the
 * head's major is greater than the base's).
 */
function milestoneSpecs(head: SpecInput, report: RedoclyReport, options: DiffOptions, root: string): MilestoneSpec[] {
  if (options.since) return [{ spec: options.since, newSince: `New since ${options.since}`, alreadyIn: `Already in ${options.since}` }];
  if (head.file !== resolve(root, SPEC_PATH)) return [];
  const milestones: MilestoneSpec[] = [];
  const committed = specAtHead(root, SPEC_PATH);
  if (committed !== undefined && committed !== readFileSync(head.file, 'utf8')) {
    milestones.push({ spec: 'HEAD', newSince: 'Not committed yet (new since HEAD)', alreadyIn: 'Already in the last commit (HEAD)' });
  }
  const baseMajor = semverMajor(report.infoVersions.base);
  const headMajor = semverMajor(report.infoVersions.revision);
  if (baseMajor !== undefined && headMajor !== undefined && headMajor > baseMajor) {
    const bump = findMajorBump(root, SPEC_PATH, headMajor);
    if (bump) {
      milestones.push({
        spec: bump.commit,
        newSince: `New since the major bump to ${bump.version} (${bump.short}, ${bump.date})`,
        alreadyIn: `Already in the major bump to ${bump.version} (${bump.short}), accepted by it`,
      });
    }
  }
  return milestones;
}

/** Compares two specs (paths or git refs); defaults: the committed baseline vs the working tree. */
export async function diffSpecs(baseArg: string = BASELINE_PATH, headArg: string = SPEC_PATH, options: DiffOptions = {}): Promise<SpecDiff> {
  const root = options.root ?? ROOT;
  const tempDir = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  try {
    const base = resolveSpecInput(baseArg, tempDir, root);
    const head = resolveSpecInput(headArg, tempDir, root);
    const configFile = join(tempDir, 'redocly-diff.yaml');
    writeFileSync(configFile, DIFF_CONFIG);
    const report = await redoclyDiff(base, head, configFile);
    const milestones: Milestone[] = await Promise.all(
      milestoneSpecs(head, report, options, root).map(async (m) => {
        const changes = (await redoclyDiff(base, resolveSpecInput(m.spec, tempDir, root), configFile)).changes;
        return { newSince: m.newSince, alreadyIn: m.alreadyIn, keys: new Set(changes.map(changeKey)) };
      }),
    );
    const labels = new Map([
      [base.file, base.label],
      [head.file, head.label],
    ]);
    const docs = { base: readSpec(base.file), head: readSpec(head.file) };
    const diff = judge(base.label, head.label, report, { label: (file) => labels.get(resolve(root, file)) ?? file, docs });
    return { ...diff, sections: sectionChanges(diff.changes, milestones) };
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

/** Drops Redocly's Node-version banner from a log. */
function cleanRedoclyLog(log: string): string {
  return log
    .split('\n')
    .filter((line) => !/^\s*[╔╚║]/.test(line))
    .join('\n')
    .trim();
}

function readSpec(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // only used to name parameters in the report
  }
}

function judge(baseLabel: string, headLabel: string, report: RedoclyReport, context: Context): Omit<SpecDiff, 'sections'> {
  const changes = report.changes
    .map((change) => describeChange(change, context))
    .sort((a, b) => Number(b.breaking) - Number(a.breaking) || a.where.localeCompare(b.where));
  const breaking = changes.filter((c) => c.breaking).length;
  const nonBreaking = changes.length - breaking;
  const baseVersion = report.infoVersions.base;
  const headVersion = report.infoVersions.revision;
  const baseMajor = semverMajor(baseVersion);
  const headMajor = semverMajor(headVersion);
  const majorBump = baseMajor !== undefined && headMajor !== undefined && headMajor > baseMajor;
  const versions = `info.version ${baseVersion ?? '(none)'} → ${headVersion ?? '(none)'}`;

  let exitCode: 0 | 1 = 0;
  let verdict: string;
  if (!changes.length) verdict = `✔ PASS: no changes (${versions}).`;
  else if (!breaking) verdict = `✔ PASS: no breaking changes (${plural(nonBreaking, 'non-breaking change')}; ${versions}).`;
  else if (majorBump) verdict = `✔ PASS: the major version bump accepts ${plural(breaking, 'breaking change')} (${versions}).`;
  else {
    exitCode = 1;
    const next = baseMajor === undefined ? 'a new major version' : `${baseMajor + 1}.0.0`;
    verdict =
      `✖ FAIL: ${plural(breaking, 'breaking change')} without a major version bump (${versions}). ` +
      `Undo ${breaking === 1 ? 'it' : 'them'}, or bump info.version to ${next} for a breaking release.`;
  }
  return {
    base: { label: baseLabel, version: baseVersion },
    head: { label: headLabel, version: headVersion },
    changes,
    breaking,
    nonBreaking,
    majorBump,
    exitCode,
    verdict,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function formatChange(c: SpecChange): string[] {
  return [`  ${c.breaking ? 'BREAKING    ' : 'non-breaking'}  ${c.kind.padEnd(8)}  ${c.where}`, `                ${c.detail}${c.at ? `  [${c.at}]` : ''}`];
}

/**
 * The human-readable report: a header, the changes (in sections, what is new first, when there is
 * something to compare with), a count and the verdict line.
 */
export function formatSpecDiff(diff: SpecDiff): string {
  const lines = [`Spec diff (redocly diff): ${diff.base.label} → ${diff.head.label}`, ''];
  if (diff.sections.length) {
    for (const section of diff.sections) {
      const breaking = section.changes.filter((c) => c.breaking).length;
      lines.push(`${section.title}: ${section.changes.length ? `${plural(section.changes.length, 'change')}, ${breaking} breaking` : 'none'}`);
      lines.push(...section.changes.flatMap(formatChange), '');
    }
  } else {
    lines.push(...diff.changes.flatMap(formatChange));
    if (diff.changes.length) lines.push('');
  }
  lines.push(`${plural(diff.changes.length, 'change')}: ${diff.breaking} breaking, ${diff.nonBreaking} non-breaking.`);
  lines.push(diff.verdict);
  return lines.join('\n');
}

/** `npm run spec:baseline`: the working-tree spec becomes the released baseline. */
export function updateBaseline(): string {
  const source = readFileSync(resolve(ROOT, SPEC_PATH), 'utf8');
  writeFileSync(resolve(ROOT, BASELINE_PATH), source);
  return relative(process.cwd(), resolve(ROOT, BASELINE_PATH)) || BASELINE_PATH;
}
