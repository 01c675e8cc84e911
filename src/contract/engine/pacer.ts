// `--rate-limit N/s`: requests start at least 1/N s apart, whoever sends them; and a budget (a
// remote target's documented rate limit): at most R starts in any window of W ms.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The longest `Retry-After` the run waits for (the API locks a client out for 5 minutes after its
 * rate limit); a longer one is reported as the 429 it is.
 */
export const MAX_RETRY_AFTER_MS = 6 * 60_000;

export interface Budget {
  requests: number;
  windowMs: number;
}

export class Pacer {
  #next = 0;
  readonly #intervalMs: number;
  readonly #clock: Clock;
  readonly #budget?: Budget;
  /** The reserved start times of the last `budget.requests` requests, oldest first. */
  readonly #starts: number[] = [];
  /** No request starts before this (a 429's Retry-After holds every request of the run, not only its own). */
  #heldUntil = 0;

  /** Holds every later start until `ms` from now. */
  holdFor(ms: number): void {
    this.#heldUntil = Math.max(this.#heldUntil, this.#clock.now() + ms);
  }

  /** The least time between two starts (0: no limit). */
  get intervalMs(): number {
    return this.#intervalMs;
  }

  constructor(perSecond?: number, clock: Clock = realClock, budget?: Budget) {
    this.#intervalMs = perSecond && perSecond > 0 ? 1000 / perSecond : 0;
    this.#clock = clock;
    this.#budget = budget && budget.requests > 0 ? budget : undefined;
  }

  async run<T>(send: () => Promise<T>): Promise<T> {
    if (this.#intervalMs > 0 || this.#budget || this.#heldUntil > this.#clock.now()) {
      let at = Math.max(this.#clock.now(), this.#next, this.#heldUntil);
      if (this.#budget) {
        // The window that would hold this start already holds `requests` others: wait for the oldest to leave it.
        if (this.#starts.length >= this.#budget.requests) at = Math.max(at, this.#starts[this.#starts.length - this.#budget.requests] + this.#budget.windowMs);
        this.#starts.push(at);
        if (this.#starts.length > this.#budget.requests) this.#starts.shift();
      }
      this.#next = at + this.#intervalMs;
      // Timers round to whole milliseconds and may fire a little early: sleep until the clock agrees.
      for (let now = this.#clock.now(); now < at; now = this.#clock.now()) await this.#clock.sleep(at - now);
      // A timer that fired late must not shorten the next gap.
      this.#next = Math.max(this.#next, this.#clock.now() + this.#intervalMs);
    }
    return send();
  }
}
