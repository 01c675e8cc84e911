// What every phase (and each scenario of the stateful one) gets: the session, the generation context, the run's options and its clock.
import type { OperationId } from '../../../generated/operations.js';
import type { GenerationContext } from '../generate/index.js';
import type { Session } from '../engine/session.js';

export interface WallClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: WallClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/** What every phase gets. */
export interface PhaseContext {
  session: Session;
  generation: GenerationContext;
  /** The operations under test, in the spec's order. */
  operations: readonly OperationId[];
  /** Fuzz runs per operation and purpose (`--max-examples`). */
  maxExamples: number;
  /** The fuzz seed (`--seed`), printed with every run. */
  seed: number;
  /** Wait past a direct upload's shortest expiry to see its URL refused (`--wait-expiry`: minutes of waiting). */
  waitExpiry: boolean;
  /** The run's wall clock (ms since the epoch) and its sleep: a test gives one that moves a local server's clock instead of waiting. */
  clock: WallClock;
  /** How long a read that may lag a write (lists, stats) is retried before it fails (`--settle`). */
  settleMs: number;
  progress: (label: string) => void;
}
