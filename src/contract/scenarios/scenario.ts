// What a scenario of the stateful phase is.
import type { RunCheckName } from '../checks/registry.js';
import type { PhaseContext } from './context.js';

export interface Scenario {
  name: string;
  /** The checks it records outcomes for; it is skipped when none of them is selected. */
  checks: readonly RunCheckName[];
  /** It creates or changes things: only with `--allow-writes`. */
  writes: boolean;
  run(ctx: PhaseContext): Promise<void>;
}
