import type { OperationId } from '../../../generated/operations.js';
import type { GenerationContext } from '../generate/index.js';
import type { Session } from '../engine/session.js';

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
  /** How long a read that may lag a write (lists, stats) is retried before it fails (`--settle`). */
  settleMs: number;
  progress: (label: string) => void;
}
