/** Serializes async critical sections: each `run` starts after the previous one settled. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every section queued so far has finished. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
