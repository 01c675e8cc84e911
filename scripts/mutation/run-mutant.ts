// One mutant through the harness: sandbox → its server in a child process (self-check off) → the
// unmutated contract engine against it → killed (the run failed, as `npm run contract` would exit
// 1) or survived. A server that does not start makes the mutant invalid, not killed.
import type { RunCheckName } from '../../src/contract/checks/registry.js';
import type { Phase } from '../../src/contract/model/case.js';
import { runContract } from '../../src/contract/command/run.js';
import { REAL_CLOCK, type WallClock } from '../../src/contract/scenarios/context.js';
import type { Report } from '../../src/contract/model/report.js';
import type { Killer, Mutant } from './mutant.js';
import { StartError, withServer, type HarnessCredentials, type ServerProcess } from './server-process.js';

export interface HarnessOptions {
  maxExamples: number;
  seed: number;
  /** The contract phases to run (default: all). */
  phases?: readonly Phase[];
  /** How long a lagging read is retried (`--settle`; default the run's): every retry of a bug that never settles costs this. */
  settleMs?: number;
  /** The checks the run makes (`--checks`; default: all). */
  checks?: readonly RunCheckName[];
  /** A run taking longer counts as killed by a timeout (the server hangs). */
  timeoutMs: number;
  /**
   * The run's `--wait-expiry` for every mutant (default: only for a mutant whose `runWith` asks for
   * it, and for the baseline of those).
   */
  waitExpiry?: boolean;
  /** Wait for real where the run waits (minutes), instead of moving the server's clock. */
  realTime?: boolean;
}

export const DEFAULT_HARNESS: HarnessOptions = { maxExamples: 5, seed: 1, timeoutMs: 180_000 };

/** What killed a mutant: checks of the run, the cleanup, or the run not finishing. */
type KilledBy = Killer | '(timeout)' | '(crash)' | '(run error)';

interface FailureLine {
  check: string;
  operationId: string;
  source: string;
  label: string;
  message?: string;
}

export interface MutantOutcome {
  /** The mutant's id, or `baseline` for the unmutated server. */
  id: string;
  status: 'killed' | 'survived' | 'invalid';
  /** Sorted, each once. */
  killedBy: KilledBy[];
  /** The first failures of each check (a few), to see what the run noticed. */
  failures: FailureLine[];
  durationMs: number;
  /** Why the mutant is invalid, or how the run broke off. */
  error?: string;
}

const FAILURES_PER_CHECK = 3;

function failureLines(report: Report): FailureLine[] {
  const perCheck = new Map<string, number>();
  return report.failures.flatMap((f) => {
    const n = perCheck.get(f.check) ?? 0;
    perCheck.set(f.check, n + 1);
    return n < FAILURES_PER_CHECK ? [{ check: f.check, operationId: f.operationId, source: f.source, label: f.label, message: f.message }] : [];
  });
}

function judgeReport(report: Report, crashed: boolean): Pick<MutantOutcome, 'status' | 'killedBy' | 'failures'> {
  const killedBy = new Set<KilledBy>(report.failures.map((f) => f.check as RunCheckName));
  if (report.cleanup?.leftBehind.length) killedBy.add('cleanup');
  if (crashed) killedBy.add('(crash)');
  return { status: report.passed && !crashed ? 'survived' : 'killed', killedBy: [...killedBy].sort(), failures: failureLines(report) };
}

class RunTimeout extends Error {}

/** How much longer a run may take when it waits for real past a direct upload's expiry (2 minutes and its margins). */
const WAIT_ALLOWANCE_MS = 180_000;

/** Whether the run against `mutant` (the baseline of such mutants: `undefined` with `waitExpiry`) waits past an expiry. */
export const waitsForExpiry = (mutant: Mutant | undefined, options: HarnessOptions) => Boolean(options.waitExpiry || mutant?.runWith?.waitExpiry);

/** The server's clock as the run's: a sleep moves the server's clock ahead instead of waiting. */
const movedClock = (server: ServerProcess): WallClock => ({ now: () => server.now(), sleep: (ms) => server.advanceClock(ms) });

async function runWithTimeout(server: ServerProcess, credentials: HarnessCredentials, options: HarnessOptions, waitExpiry: boolean): Promise<Report> {
  let timer: NodeJS.Timeout | undefined;
  // A real wait of the run counts towards no timeout of its own: the run is given that much longer.
  const timeoutMs = options.timeoutMs + (waitExpiry && options.realTime ? WAIT_ALLOWANCE_MS : 0);
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new RunTimeout()), timeoutMs)));
  try {
    const clock = waitExpiry && !options.realTime ? movedClock(server) : REAL_CLOCK;
    const run = runContract(
      { baseUrl: server.baseUrl, accountId: server.accountId, ...credentials },
      {
        allowWrites: true,
        maxExamples: options.maxExamples,
        seed: options.seed,
        phases: options.phases,
        checks: options.checks,
        settleMs: options.settleMs,
        waitExpiry,
        clock,
      },
    );
    run.catch(() => undefined); // settles after a timeout too, once the server is stopped
    return await Promise.race([run, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the contract against the server with `mutant` applied (the unmutated server without one: with `options.waitExpiry`, the baseline of the mutants that need it). */
export async function runMutant(mutant: Mutant | undefined, options: HarnessOptions = DEFAULT_HARNESS): Promise<MutantOutcome> {
  const started = Date.now();
  const waitExpiry = waitsForExpiry(mutant, options);
  const id = mutant?.id ?? (waitExpiry ? 'baseline (--wait-expiry)' : 'baseline');
  const done = (rest: Omit<MutantOutcome, 'id' | 'durationMs'>): MutantOutcome => ({ id, ...rest, durationMs: Date.now() - started });
  try {
    return await withServer(mutant, async (server, credentials) => {
      try {
        return done(judgeReport(await runWithTimeout(server, credentials, options, waitExpiry), server.crashed()));
      } catch (error) {
        const killedBy: KilledBy[] = [error instanceof RunTimeout ? '(timeout)' : server.crashed() ? '(crash)' : '(run error)'];
        const message =
          error instanceof RunTimeout
            ? `no report after ${options.timeoutMs} ms${waitExpiry && options.realTime ? ' (and the wait past an expiry)' : ''}`
            : `${(error as Error).name}: ${(error as Error).message}`;
        return done({ status: 'killed', killedBy, failures: [], error: `${message}${server.stderr() ? `\n${server.stderr()}` : ''}` });
      }
    });
  } catch (error) {
    if (error instanceof StartError) return done({ status: 'invalid', killedBy: [], failures: [], error: error.message });
    throw error; // an AnchorError is the catalogue's bug
  }
}
