// What a run records of its checks: the outcomes of the checks it applies (others are dropped),
// held back while a fuzz run is captured.
import type { Outcome, Source } from '../model/report.js';

export class OutcomeLog {
  readonly outcomes: Outcome[] = [];
  readonly #captured: Outcome[][] = [];

  constructor(
    readonly checks: ReadonlySet<string>,
    private readonly source: () => Source,
  ) {}

  /** Records an outcome of a check that the run applies (others are dropped). */
  record(outcome: Omit<Outcome, 'source'> & { source?: Source }): void {
    if (!this.checks.has(outcome.check)) return;
    (this.#captured.at(-1) ?? this.outcomes).push({ source: this.source(), ...outcome });
  }

  /**
   * Runs `fn` with its outcomes held back instead of recorded, and returns them: the fuzz phase
   * keeps those of passing runs and, for a failure, only the shrunk counterexample's.
   */
  async capture<T>(fn: () => Promise<T>): Promise<{ result: T; outcomes: Outcome[] }> {
    const buffer: Outcome[] = [];
    this.#captured.push(buffer);
    try {
      return { result: await fn(), outcomes: buffer };
    } finally {
      this.#captured.splice(this.#captured.indexOf(buffer), 1);
    }
  }

  /** Records outcomes captured earlier. */
  commit(outcomes: readonly Outcome[]): void {
    (this.#captured.at(-1) ?? this.outcomes).push(...outcomes);
  }
}
