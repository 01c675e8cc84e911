// A contract run: fixtures, the selected phases in order, the cleanup, and the report.
import { facts, operations, type OperationId } from '../../../generated/operations.js';
import { specBasePath } from '../../spec/route.js';
import { REGISTRY, RUN_CHECKS, type RunCheckName } from '../checks/registry.js';
import type { GenerationContext } from '../generate/index.js';
import { runCoverage } from '../phases/coverage.js';
import { REAL_CLOCK, type PhaseContext, type WallClock } from '../scenarios/context.js';
import { runExamples } from '../phases/examples.js';
import { runFuzz } from '../phases/fuzz.js';
import { runStateful, SCENARIOS, type Scenario } from '../phases/stateful.js';
import { DEFAULT_MODEL_OPTIONS, runModelPhase, type ModelOptions } from '../model-based/run.js';
import type { ModelSummary, Report } from '../model/report.js';
import { summarizeChecks, summarizeOperations, withSpecReasons } from '../report/summary.js';
import { PHASES, type Phase } from '../model/case.js';
import { prepareFixtures, PIXEL_PNG } from '../engine/fixtures.js';
import { parseBaseUrl, safeTarget } from '../engine/target.js';
import { Session, type ContractTarget } from '../engine/session.js';

export interface RunOptions {
  phases?: readonly Phase[];
  checks?: readonly RunCheckName[];
  /** The operations the examples, coverage and fuzz phases send (default: all); the stateful scenarios run whole. */
  operations?: readonly OperationId[];
  /** Send writes (uploads, edits, deletes) and clean up after; without it only reads are sent. */
  allowWrites?: boolean;
  maxExamples?: number;
  seed?: number;
  /** Requests per second at most. */
  rateLimit?: number;
  /**
   * At most this many requests in any window of the spec's documented rate limit (`x-cf-rate-limit`:
   * 1200 per 300 s); 0: no budget. Default: 90% of the documented limit against a remote target,
   * none against a loopback one.
   */
  rateBudget?: number;
  /** How long one request may take, its body included (default 30 s); a slower one is reported under not_a_server_error. */
  requestTimeoutMs?: number;
  /** Largest response body read, after decompression (default DEFAULT_BOUNDS.maxBodyBytes, 32 MB); a larger one is a failure. */
  maxBodyBytes?: number;
  /** Deepest JSON nesting a response body may have (default DEFAULT_BOUNDS.maxJsonDepth, 1000); a deeper one is a failure. */
  maxJsonDepth?: number;
  fetch?: typeof globalThis.fetch;
  /** The stateful scenarios (default: all). */
  scenarios?: readonly Scenario[];
  /** How long a read that may lag a write (lists, stats: `open:read-after-write`) is retried before it fails; default 2 s. */
  settleMs?: number;
  /** Wait past a direct upload's shortest expiry (2 minutes and a margin) to see its URL refused; default off. */
  waitExpiry?: boolean;
  /** The run's wall clock and sleep (tests: a local server's clock moved instead of waiting). */
  clock?: WallClock;
  /** The model-based phase: sequences, their length, its time limit. */
  model?: Partial<ModelOptions>;
  onProgress?: (label: string) => void;
  /** Aborted: the run stops before its next phase (the cleanup still runs) and throws the signal's reason. */
  signal?: AbortSignal;
}

const RUNNERS: Record<Exclude<Phase, 'model'>, (ctx: PhaseContext) => Promise<void>> = {
  examples: runExamples,
  coverage: runCoverage,
  fuzz: runFuzz,
  stateful: runStateful,
};

export const DEFAULT_MAX_EXAMPLES = 25;
export const DEFAULT_SETTLE_MS = 2000;

/** The default share of the documented rate limit a run against a remote target keeps to. */
export const DEFAULT_RATE_BUDGET_SHARE = 0.9;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The run's budget within the documented rate limit (`x-cf-rate-limit`), or none. */
export function rateBudgetFor(baseUrl: string, requests?: number): { requests: number; windowMs: number } | undefined {
  const documented = facts.rateLimit;
  const n = requests ?? (LOOPBACK.has(new URL(baseUrl).hostname) ? 0 : Math.floor(documented.requests * DEFAULT_RATE_BUDGET_SHARE));
  return n > 0 ? { requests: n, windowMs: documented.windowSeconds * 1000 } : undefined;
}

// ── Phases the chosen checks need (--checks): a phase whose outcomes could only be of other checks is not run ──

/** Where each phase's own checks are coded (the registry's `code` names them); the stateful phase runs only the scenarios of chosen checks. */
const PHASE_CODE: Record<Exclude<Phase, 'stateful'>, readonly string[]> = {
  examples: ['phases/examples.ts', 'engine/judge.ts'],
  coverage: ['phases/coverage.ts', 'generate/coverage.ts', 'engine/judge.ts'],
  fuzz: ['phases/fuzz.ts', 'engine/judge.ts'],
  model: ['model-based/commands'],
};

/** Whether `phase` can record an outcome of a chosen check: the response checks (every exchange records them), one coded for the phase, or (stateful) one its scenarios declare. */
function phaseRecordsAny(phase: Phase, checks: ReadonlySet<string>, scenarios: readonly Scenario[] = SCENARIOS): boolean {
  const own = phase === 'stateful' ? [] : PHASE_CODE[phase];
  const recorded = (c: RunCheckName) =>
    REGISTRY[c].family === 'transport' || REGISTRY[c].family === 'response' || REGISTRY[c].code.some((file: string) => own.includes(file));
  return RUN_CHECKS.some((c) => checks.has(c) && recorded(c)) || (phase === 'stateful' && scenarios.some((s) => s.checks.some((c) => checks.has(c))));
}

// ──

export async function runContract(target: ContractTarget, options: RunOptions = {}): Promise<Report> {
  const started = new Date();
  const generationTime = started.getTime();
  const runId = `${started.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const runTag = `cfct${Math.random().toString(36).slice(2, 6)}`;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const checks = new Set<string>(options.checks ?? RUN_CHECKS);
  const phases = PHASES.filter((p) => (!options.phases || options.phases.includes(p)) && phaseRecordsAny(p, checks, options.scenarios));
  const basePath = parseBaseUrl(target.baseUrl).pathname.replace(/\/+$/, '') || specBasePath();
  const budget = rateBudgetFor(target.baseUrl, options.rateBudget);
  const session = new Session({
    target,
    budget,
    timeBase: generationTime,
    fetch: options.fetch,
    allowWrites: Boolean(options.allowWrites),
    checks,
    rateLimit: options.rateLimit,
    requestTimeoutMs: options.requestTimeoutMs,
    bounds: { maxBodyBytes: options.maxBodyBytes, maxJsonDepth: options.maxJsonDepth },
    runId,
    basePath,
  });
  const progress = options.onProgress ?? (() => undefined);
  const generation: GenerationContext = {
    image: { filename: 'pixel.png', contentType: 'image/png', bytes: PIXEL_PNG },
    now: generationTime,
    resources: {},
    runTag,
  };
  const ctx: PhaseContext = {
    session,
    generation,
    operations: options.operations ?? (Object.keys(operations) as OperationId[]),
    maxExamples: options.maxExamples ?? DEFAULT_MAX_EXAMPLES,
    seed,
    settleMs: options.settleMs ?? DEFAULT_SETTLE_MS,
    waitExpiry: Boolean(options.waitExpiry),
    clock: options.clock ?? REAL_CLOCK,
    progress,
  };
  let cleanup: Report['cleanup'];
  let model: ModelSummary | undefined;
  try {
    progress('fixtures');
    generation.resources = await prepareFixtures(session, runTag);
    for (const phase of phases) {
      options.signal?.throwIfAborted();
      session.source = phase;
      const scenarios = options.scenarios;
      if (phase === 'model') model = session.allowWrites ? await runModelPhase(ctx, { ...DEFAULT_MODEL_OPTIONS, ...options.model }) : undefined;
      else await (phase === 'stateful' && scenarios ? runStateful(ctx, scenarios) : RUNNERS[phase](ctx));
    }
    options.signal?.throwIfAborted();
  } finally {
    if (session.allowWrites) {
      progress('cleanup');
      session.source = 'cleanup';
      cleanup = await session.resources.cleanup();
    }
  }
  const failures = withSpecReasons(session.outcomes.filter((o) => !o.passed));
  return session.secrets.scrub<Report>({
    mode: 'run',
    target: safeTarget(target.baseUrl),
    runId,
    startedAt: started.toISOString(),
    durationMs: Date.now() - started.getTime(),
    seed,
    phases,
    checks: [...checks] as Report['checks'],
    allowWrites: session.allowWrites,
    summaries: summarizeChecks(session.outcomes, session.exchanges),
    operations: summarizeOperations(session.exchanges.filter((x) => x.operationId !== 'unknown')),
    failures,
    unchecked: [],
    cleanup,
    ...(model ? { model } : {}),
    passed: failures.length === 0 && (cleanup?.leftBehind.length ?? 0) === 0,
  });
}
