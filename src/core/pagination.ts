import { ImagesAbortError, ImagesPaginationError } from './errors.js';

/** Why a list page cannot be used: it has no `images` array (a transport `unusable` check). */
export const missingImages = (page: { images?: unknown } | null | undefined) =>
  Array.isArray(page?.images) ? undefined : 'the list result has no images array';

/** Fetches one page given the cursor of the previous page (undefined for the first). */
type PageFetcher<Page, Cursor> = (cursor: Cursor | undefined, signal?: AbortSignal) => Promise<Page>;

export interface PaginationSpec<Page, Item, Cursor> {
  operationId: string;
  fetchPage: PageFetcher<Page, Cursor>;
  /** The page's items (the fetcher has refused a page without them: see `missingImages`). */
  items: (page: Page) => Item[];
  /** The cursor of the page after `page`, or undefined when `page` is the last. */
  next: (page: Page, cursor: Cursor | undefined) => Cursor | undefined;
  signal?: AbortSignal;
}

/**
 * The result of a list call: `await` it for the first page, or `for await` over it for every
 * item of every page. While the consumer works through one page, the next one is already being
 * fetched — one page ahead, never more; leaving the loop early cancels that request.
 */
export class PagePromise<Page, Item, Cursor = unknown> implements PromiseLike<Page>, AsyncIterable<Item> {
  readonly #spec: PaginationSpec<Page, Item, Cursor>;
  #first?: Promise<Page>;

  constructor(spec: PaginationSpec<Page, Item, Cursor>) {
    this.#spec = spec;
  }

  #firstPage(): Promise<Page> {
    return (this.#first ??= this.#spec.fetchPage(undefined, this.#spec.signal));
  }

  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page | B> {
    return this.#firstPage().catch(onRejected);
  }

  /** Every page, in order, with one page of prefetch. */
  async *pages(): AsyncGenerator<Page, void, undefined> {
    const { fetchPage, next, operationId } = this.#spec;
    const stop = new AbortController();
    const signal = this.#spec.signal ? AbortSignal.any([this.#spec.signal, stop.signal]) : stop.signal;
    const seen = new Set<string>();
    let cursor: Cursor | undefined;
    let pending: Promise<Page> | undefined = this.#firstPage();
    let page: Page | undefined;
    try {
      while (pending) {
        // V8 keeps a loop block's old `const` alive across the await: let the page in hand go
        // before the next one is parsed, or both survive young GCs and the heap grows (bench P3).
        page = undefined;
        page = await pending;
        const callerSignal = this.#spec.signal;
        if (callerSignal?.aborted) throw new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: callerSignal.reason });
        const following = next(page, cursor);
        pending = undefined;
        if (following !== undefined) {
          const key = JSON.stringify(following);
          if (seen.has(key))
            throw new ImagesPaginationError(`${operationId}: the API returned the cursor ${key} twice; stopping to avoid a loop`, { operationId });
          seen.add(key);
          cursor = following;
          pending = fetchPage(following, signal);
          pending.catch(() => undefined); // surfaced when awaited; no unhandled rejection if the consumer stops early
        }
        yield page;
      }
    } finally {
      stop.abort(); // the consumer left early: cancel the prefetch
    }
  }

  /**
   * Every item of every page. A page is let go as soon as its last item has been handed out, before
   * the next one is awaited (a `for await … yield*` generator would hold it), so at most the page in
   * hand and the one being fetched are alive.
   */
  [Symbol.asyncIterator](): AsyncIterator<Item, void, undefined> {
    const pages = this.pages();
    const { items: itemsOf } = this.#spec;
    let items: Item[] = [];
    let index = 0;
    return {
      async next(): Promise<IteratorResult<Item, void>> {
        while (index >= items.length) {
          items = [];
          index = 0;
          const next = await pages.next();
          if (next.done) return { done: true, value: undefined };
          items = itemsOf(next.value);
        }
        return { done: false, value: items[index++] };
      },
      async return(): Promise<IteratorResult<Item, void>> {
        items = [];
        await pages.return();
        return { done: true, value: undefined };
      },
    };
  }
}
