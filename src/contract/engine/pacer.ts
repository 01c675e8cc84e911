// `--rate-limit N/s`: requests start at least 1/N s apart, whoever sends them.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class Pacer {
  #next = 0;
  readonly #intervalMs: number;
  readonly #clock: Clock;

  /** The least time between two starts (0: no limit). */
  get intervalMs(): number {
    return this.#intervalMs;
  }

  constructor(perSecond?: number, clock: Clock = realClock) {
    this.#intervalMs = perSecond && perSecond > 0 ? 1000 / perSecond : 0;
    this.#clock = clock;
  }

  async run<T>(send: () => Promise<T>): Promise<T> {
    if (this.#intervalMs > 0) {
      const at = Math.max(this.#clock.now(), this.#next);
      this.#next = at + this.#intervalMs;
      // Timers round to whole milliseconds and may fire a little early: sleep until the clock agrees.
      for (let now = this.#clock.now(); now < at; now = this.#clock.now()) await this.#clock.sleep(at - now);
      // A timer that fired late must not shorten the next gap.
      this.#next = Math.max(this.#next, this.#clock.now() + this.#intervalMs);
    }
    return send();
  }
}
