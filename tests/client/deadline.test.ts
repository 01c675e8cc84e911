import { describe, expect, it } from 'vitest';
import { Deadline, DeadlineTimer } from '../../src/core/deadline.js';
import { ImagesTimeoutError } from '../../src/index.js';

const aborted = (deadline: Deadline) => new Promise<number>((resolve) => deadline.signal.addEventListener('abort', () => resolve(performance.now())));

describe('one DeadlineTimer for many deadlines', () => {
  it('fires each at its own time, a shorter one added after a longer one included, and never a disarmed one', async () => {
    const timer = new DeadlineTimer();
    const started = performance.now();
    const long = new Deadline('getImage', 120, undefined, timer);
    const short = new Deadline('getImage', 30, undefined, timer);
    const cancelled = new Deadline('getImage', 60, undefined, timer);
    cancelled.done();
    const [longAt, shortAt] = await Promise.all([aborted(long), aborted(short)]);
    expect(shortAt - started).toBeGreaterThanOrEqual(28); // timers may fire up to a millisecond early
    expect(longAt - started).toBeGreaterThanOrEqual(118);
    expect(shortAt).toBeLessThan(longAt);
    expect(cancelled.signal.aborted).toBe(false);
    expect(short.failure(new Error('aborted'))).toBeInstanceOf(ImagesTimeoutError);
    expect(long.failure(new Error('aborted'))).toMatchObject({ timeoutMs: 120 });
  });

  it('a deadline done in time does not time out', async () => {
    const timer = new DeadlineTimer();
    const deadline = new Deadline('getImage', 20, undefined, timer);
    deadline.done();
    await new Promise((r) => setTimeout(r, 40));
    expect(deadline.signal.aborted).toBe(false);
  });
});
