// A transactional store: mutations run one at a time (a mutex) on a copy of the data, are
// persisted, and only then become the live data, so readers never see half of one and a failed
// write changes nothing. Knows nothing of images.
import { Mutex } from './mutex.js';

/** What a mutation returns: its result, and the keys of side files (blobs) it adds or removes. */
export interface Change<T> {
  result: T;
  wrote?: string[];
  removed?: string[];
}

/** Where a store's data is written; absent for an in-memory store. */
export interface Persistence<D> {
  /** Writes the side files `wrote`, then the data; on failure, nothing of it may remain. */
  commit(data: D, wrote: string[]): Promise<void>;
  /** Removes side files no committed data refers to any more (best effort). */
  discard(removed: string[]): Promise<void>;
}

export class Store<D> {
  readonly #lock = new Mutex();
  #data: D;

  constructor(
    data: D,
    private readonly copy: (data: D) => D,
    private readonly persistence?: Persistence<D>,
  ) {
    this.#data = data;
  }

  /** The live data; replaced as a whole when a mutation commits. */
  get data(): D {
    return this.#data;
  }

  /** Runs `change` under the lock on a copy, persists the copy and makes it live; a throw changes nothing. */
  mutate<T>(change: (draft: D) => Change<T>): Promise<T> {
    return this.#lock.run(async () => {
      const draft = this.copy(this.#data);
      const { result, wrote = [], removed = [] } = change(draft);
      await this.persistence?.commit(draft, wrote);
      this.#data = draft;
      if (removed.length) await this.persistence?.discard(removed);
      return result;
    });
  }

  /** Waits for every queued mutation (and its writes) to finish. */
  idle(): Promise<void> {
    return this.#lock.idle();
  }
}
