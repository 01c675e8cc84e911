import { ImagesAbortError, ImagesConnectionError, ImagesError, ImagesTimeoutError } from './errors.js';
import { withoutQuotedHeaders } from './header-value.js';

/** A failure of the network itself (fetch rejected, or the body could not be read): retryable. */
export class TransportFailure extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
  }
}

const describe = (error: unknown): string => {
  const original = error instanceof TransportFailure ? error.original : error;
  if (!(original instanceof Error)) return String(original);
  const cause = (original as { cause?: unknown }).cause;
  return cause instanceof Error ? `${original.message} (${cause.message})` : original.message;
};

/**
 * One timer for all the armed deadlines of a client: arming and disarming one is a Set operation.
 * A timer an attempt would cost Node more than the rest of the client's own work: each call
 * creates, schedules and tears down a timer list (bench P1). Time is `performance.now()`
 * (monotonic); the timer is unref'd, so deadlines never keep a process alive.
 */
export class DeadlineTimer {
  readonly #armed = new Set<Deadline>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #wakeAt = Infinity;

  arm(deadline: Deadline): void {
    this.#armed.add(deadline);
    if (deadline.expiresAt < this.#wakeAt) this.#wake(deadline.expiresAt);
  }

  disarm(deadline: Deadline): void {
    this.#armed.delete(deadline);
  }

  #wake(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#wakeAt = at;
    this.#timer = setTimeout(DeadlineTimer.#fire, Math.max(0, Math.ceil(at - performance.now())), this);
    (this.#timer as { unref?: () => void }).unref?.();
  }

  static #fire(timer: DeadlineTimer): void {
    timer.#timer = undefined;
    timer.#wakeAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const deadline of timer.#armed) {
      if (deadline.expiresAt <= now) {
        timer.#armed.delete(deadline);
        deadline.expire();
      } else if (deadline.expiresAt < next) next = deadline.expiresAt;
    }
    if (next !== Infinity) timer.#wake(next);
  }
}

/**
 * One attempt's time limit, joined with the caller's AbortSignal. It stays armed until `done()`,
 * which for a streamed body is when the body has been read to its end. One AbortController an
 * attempt, and no closures: this runs on every request.
 */
export class Deadline {
  readonly signal: AbortSignal;
  /** On the `performance.now()` clock. */
  readonly expiresAt: number;
  readonly #controller = new AbortController();
  readonly #timer: DeadlineTimer;
  readonly #caller?: AbortSignal;
  #timedOut = false;

  constructor(
    private readonly operationId: string,
    private readonly timeoutMs: number,
    caller?: AbortSignal,
    timer = new DeadlineTimer(),
  ) {
    if (caller?.aborted) throw new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: caller.reason });
    this.signal = this.#controller.signal;
    this.expiresAt = performance.now() + timeoutMs;
    this.#timer = timer;
    timer.arm(this);
    if (caller) {
      this.#caller = caller;
      caller.addEventListener('abort', this, { once: true });
    }
  }

  /** The time is up (called by the DeadlineTimer). */
  expire(): void {
    this.#timedOut = true;
    this.#controller.abort();
  }

  /** The caller's signal fired (this object is its listener). */
  handleEvent(): void {
    this.#controller.abort(this.#caller?.reason);
  }

  done(): void {
    this.#timer.disarm(this);
    this.#caller?.removeEventListener('abort', this);
  }

  /** The typed error for something that went wrong while this deadline was armed. */
  failure(error: unknown): ImagesError {
    const { operationId } = this;
    if (error instanceof ImagesError) return error;
    if (this.#caller?.aborted) return new ImagesAbortError(`${operationId}: aborted`, { operationId, cause: this.#caller.reason });
    if (this.#timedOut) return new ImagesTimeoutError(operationId, this.timeoutMs);
    // A header a middleware set is quoted in the runtime's error: it may be a credential.
    const cause = withoutQuotedHeaders(error instanceof TransportFailure ? error.original : error);
    if (error instanceof TransportFailure) return new ImagesConnectionError(`${operationId}: ${describe(cause)}`, { operationId, cause });
    return new ImagesError(`${operationId}: the request failed before it reached the network: ${describe(cause)}`, { operationId, cause });
  }

  /** `body`, with this deadline kept until it is read to the end, and read errors typed. */
  guard(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
    const reader = body.getReader();
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        try {
          const { done, value } = await untilAborted(reader.read(), this.signal);
          if (done) {
            this.done();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          controller.error(this.failure(new TransportFailure(error)));
          this.done();
          reader.cancel().catch(() => undefined);
        }
      },
      cancel: (reason) => {
        this.done();
        return reader.cancel(reason);
      },
    });
  }
}

/** Settles with `pending`, or rejects as soon as `signal` aborts, even with a fetch that ignores signals. */
export function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
