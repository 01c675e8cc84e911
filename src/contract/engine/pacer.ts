// `--rate-limit N/s`: requests start at least 1/N s apart, whoever sends them.
export class Pacer {
  #next = 0;
  readonly #intervalMs: number;

  constructor(perSecond?: number) {
    this.#intervalMs = perSecond && perSecond > 0 ? 1000 / perSecond : 0;
  }

  async run<T>(send: () => Promise<T>): Promise<T> {
    if (this.#intervalMs > 0) {
      const now = performance.now();
      const at = Math.max(now, this.#next);
      this.#next = at + this.#intervalMs;
      if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
      // A timer that fired late must not shorten the next gap.
      this.#next = Math.max(this.#next, performance.now() + this.#intervalMs);
    }
    return send();
  }
}
