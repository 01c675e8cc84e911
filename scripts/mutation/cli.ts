// `npm run mutation -- [--only id,id] [--concurrency 2] [--max-examples 5] [--seed 1] [--phases …] [--timeout 180] [--wait-expiry] [--real-time] [--fail-under 60]`
// The unmutated server first (it must pass, else the harness is wrong: exit 2), then every
// mutant of the catalogue; the table, the score and the survivors are printed and written to
// out/mutation/ (results.json, results.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PHASES, type Phase } from '../../src/contract/model/case.js';
import { selectMutants } from './catalogue/index.js';
import { mutatedFiles, type Mutant } from './mutant.js';
import { mapConcurrent } from './pool.js';
import { renderMarkdown, renderTerminal, scoreOf, toJson, type Row } from './report.js';
import { DEFAULT_HARNESS, runMutant, waitsForExpiry, type HarnessOptions, type MutantOutcome } from './run-mutant.js';
import { REPO_ROOT, readSource } from './sandbox.js';
import { renderWitnesses, unwitnessable, witnessAll } from './witness/run.js';

const OUT_DIR = join(REPO_ROOT, 'out', 'mutation');

const HELP = `Mutation testing of the local server: each mutant a realistic server bug, served with the
self-check off, with the unmutated contract engine run against it (killed ⇔ the run fails).

  --only <ids>          comma-separated mutant ids (default: the whole catalogue)
  --concurrency <n>     mutants at a time (default 2)
  --max-examples <n>    fuzz runs per operation and kind (default ${DEFAULT_HARNESS.maxExamples})
  --seed <n>            the contract run's fuzz seed (default ${DEFAULT_HARNESS.seed})
  --phases <list>       contract phases (default all: ${PHASES.join(',')})
  --timeout <s>         a run taking longer counts as killed by a timeout (default ${DEFAULT_HARNESS.timeoutMs / 1000})
  --wait-expiry         every run with the contract run's --wait-expiry (default: only the mutants that
                        need it, marked runWith in the catalogue, and a baseline of their own)
  --real-time           where the run waits (--wait-expiry: past a 2-minute expiry), wait for real
                        instead of moving the mutant server's clock ahead (minutes more per such run)
  --fail-under <pct>    exit 1 when the score is below this
  --witnesses           instead: show each non-equivalent mutant is a visible bug (its witness requests
                        observe something else than on the unmutated server); exit 1 when one is not
Exit code: 0 measured; 1 the score is under --fail-under or a mutant did not load; 2 the harness is broken
(an anchor of the catalogue is gone, or the unmutated server fails the contract run).
`;

class UsageError extends Error {}

const positive = (value: string | undefined, flag: string, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a non-negative number`);
  return n;
};

function parse() {
  try {
    return parseArgs({
      options: {
        only: { type: 'string' },
        concurrency: { type: 'string' },
        'max-examples': { type: 'string' },
        seed: { type: 'string' },
        phases: { type: 'string' },
        timeout: { type: 'string' },
        'fail-under': { type: 'string' },
        'wait-expiry': { type: 'boolean' },
        'real-time': { type: 'boolean' },
        witnesses: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function options() {
  const values = parse();
  const phases = values.phases?.split(',').map((p) => p.trim()) as Phase[] | undefined;
  const unknown = phases?.find((p) => !PHASES.includes(p));
  if (unknown) throw new UsageError(`--phases: unknown phase ${unknown}`);
  const harness: HarnessOptions = {
    maxExamples: positive(values['max-examples'], '--max-examples', DEFAULT_HARNESS.maxExamples),
    seed: positive(values.seed, '--seed', DEFAULT_HARNESS.seed),
    phases,
    timeoutMs: positive(values.timeout, '--timeout', DEFAULT_HARNESS.timeoutMs / 1000) * 1000,
    waitExpiry: values['wait-expiry'],
    realTime: values['real-time'],
  };
  return {
    help: values.help,
    witnesses: values.witnesses,
    ids: values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    concurrency: positive(values.concurrency, '--concurrency', 2),
    failUnder: values['fail-under'] === undefined ? undefined : positive(values['fail-under'], '--fail-under', 0),
    harness,
  };
}

async function witnesses(mutants: Mutant[], concurrency: number): Promise<number> {
  const rows = await witnessAll(mutants, concurrency);
  const missing = unwitnessable(mutants);
  process.stdout.write(`${renderWitnesses(rows, missing)}\n`);
  writeFileSync(join(OUT_DIR, 'witnesses.json'), JSON.stringify(rows, null, 2));
  return missing.length || rows.some((r) => !r.asClaimed) ? 1 : 0;
}

async function main(): Promise<number> {
  const opts = options();
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let mutants;
  try {
    mutants = selectMutants(opts.ids);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const m of mutants) mutatedFiles(m, readSource); // every anchor checked before anything runs
  mkdirSync(OUT_DIR, { recursive: true });
  if (opts.witnesses) return witnesses(mutants, opts.concurrency);
  const started = Date.now();
  process.stderr.write('mutation: the unmutated server first …\n');
  // A second baseline, with the run's --wait-expiry, when a mutant is run with it: the option must not fail a correct server either.
  const baselines = [
    undefined,
    ...(!opts.harness.waitExpiry && mutants.some((m) => waitsForExpiry(m, opts.harness)) ? [{ ...opts.harness, waitExpiry: true }] : []),
  ];
  const baselineOutcomes: MutantOutcome[] = await mapConcurrent(baselines, opts.concurrency, (extra) => runMutant(undefined, extra ?? opts.harness));
  const failed = baselineOutcomes.find((b) => b.status !== 'survived');
  if (failed) {
    process.stderr.write(`mutation: the unmutated server fails the contract run — the harness (or the server) is wrong:\n${JSON.stringify(failed, null, 2)}\n`);
    return 2;
  }
  const [baseline] = baselineOutcomes;
  let done = 0;
  const outcomes = await mapConcurrent(mutants, opts.concurrency, async (m) => {
    const outcome = await runMutant(m, opts.harness);
    process.stderr.write(
      `mutation: [${++done}/${mutants.length}] ${m.id}: ${outcome.status}${outcome.killedBy.length ? ` (${outcome.killedBy.join(', ')})` : ''} ${(outcome.durationMs / 1000).toFixed(1)} s\n`,
    );
    return outcome;
  });
  const rows: Row[] = mutants.map((mutant, i) => ({ mutant, outcome: outcomes[i] }));
  const score = scoreOf(rows);
  const measuredOn = new Date().toISOString().slice(0, 10);
  process.stdout.write(
    `${renderTerminal(rows)}\n\n${mutants.length} mutants in ${((Date.now() - started) / 1000).toFixed(0)} s (baseline ${(baseline.durationMs / 1000).toFixed(1)} s)\n`,
  );
  writeFileSync(join(OUT_DIR, 'results.json'), toJson(rows, baselineOutcomes, { ...opts.harness, concurrency: opts.concurrency, measuredOn }));
  writeFileSync(join(OUT_DIR, 'results.md'), renderMarkdown(rows, measuredOn));
  process.stdout.write(`written: out/mutation/results.json, out/mutation/results.md\n`);
  if (score.invalid > 0) return 1;
  return opts.failUnder !== undefined && score.score < opts.failUnder ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`mutation: ${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? `\n${HELP}` : ''}`);
  process.exitCode = 2;
}
