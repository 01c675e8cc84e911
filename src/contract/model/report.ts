// What a contract run, the proxy and a HAR check report: one outcome per check applied to one
// exchange, summed per check × operation, with every failure spelled out so it can be acted on.
import type { CheckName } from '../checks/registry.js';
import type { SpecStatement } from '../checks/spec-sources.js';
import type { Phase } from './case.js';

/** Where an outcome came from: a phase of the run, the app's traffic (proxy, HAR), or the cleanup. */
export type Source = Phase | 'traffic' | 'cleanup';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent (no host, no credentials). */
  path: string;
  /** A ready reproduction; credentials as `$CLOUDFLARE_API_TOKEN` (or the e-mail + key variables). */
  curl: string;
}

export interface Outcome {
  check: CheckName;
  operationId: string;
  source: Source;
  passed: boolean;
  /** What was tried: `per_page = 9 (below the minimum 10)`, `v1 pages are disjoint`. */
  label: string;
  /** Why it failed. */
  message?: string;
  /** What the contract requires: `a documented 4xx`, `401 or 403`, `image x listed once`. */
  expected?: string;
  /** Why: the spec's statements the expectation rests on (a JSON pointer into the spec, and what it says). */
  spec?: SpecStatement[];
  /** What came back: the status, and where in the body (a JSON pointer) when that matters. */
  received?: { status?: number; pointer?: string; value?: unknown };
  request?: RecordedRequest;
}

export interface CheckSummary {
  check: Outcome['check'];
  operationId: string;
  passed: number;
  failed: number;
  /**
   * Time spent on it: the latencies of the operation's exchanges sent where its outcomes came from
   * (their phases), in ms. Absent where every check judges every exchange (proxy, HAR): there it
   * is the operation's `latencyMs`.
   */
  timeMs?: number;
}

export interface OperationSummary {
  operationId: string;
  calls: number;
  statuses: number[];
  /** The documented response keys (`200`, `404`, `4XX`) the traffic exercised, and those it did not. */
  exercised: string[];
  unexercised: string[];
  medianLatencyMs: number;
  /** The exchanges' latencies summed, in ms. */
  latencyMs?: number;
}

export interface CleanupSummary {
  /** Resources the run created (or that a server created on a request it should have refused). */
  created: number;
  deleted: number;
  /** What could not be deleted, as `operation id` lines. */
  leftBehind: string[];
}

export interface Report {
  mode: 'run' | 'proxy' | 'har';
  /** Origin and path of the target; never credentials. */
  target: string;
  /** The target is the embedded local Images server the command started (not the user's own). */
  embedded?: boolean;
  /** What a reader needs to know to act on the report (where reproductions point, say). */
  notes?: string[];
  runId: string;
  startedAt: string;
  durationMs: number;
  /** The fuzz seed: `--seed <seed>` replays the run. */
  seed?: number;
  phases: Source[];
  checks: Outcome['check'][];
  allowWrites: boolean;
  summaries: CheckSummary[];
  operations: OperationSummary[];
  /** Every failed outcome (the minimal request for a fuzzed one). */
  failures: Outcome[];
  /** Exchanges that could not be checked (a HAR entry without a body, say), with why. */
  unchecked: { operationId: string; label: string; reason: string }[];
  cleanup?: CleanupSummary;
  /** The model-based phase: sequences run, and the shrunk failing one with its shell script. */
  model?: ModelSummary;
  passed: boolean;
}

/** A failing sequence, shrunk: its commands, and the shell script that replays it. */
interface ModelFailure {
  seed: number;
  /** fast-check's path to the counterexample (with the seed, replays it). */
  path?: string;
  shrinks: number;
  commands: string[];
  script: string;
}

/** The model-based phase: sequences run, and the shrunk failing one. */
export interface ModelSummary {
  sequences: number;
  commands: number;
  failure?: ModelFailure;
}
