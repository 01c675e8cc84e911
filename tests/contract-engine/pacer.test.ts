import { describe, expect, it } from 'vitest';
import { Pacer, type Clock } from '../../src/contract/engine/pacer.js';

// A virtual clock whose timers fire `drift` ms off the asked-for time, like real ones do.
function virtualClock(drift: (ms: number) => number): Clock & { starts: number[] } {
  let t = 1000;
  return {
    starts: [],
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0.01, ms + drift(ms));
    },
  };
}

async function sendFour(pacer: Pacer, clock: ReturnType<typeof virtualClock>) {
  for (let i = 0; i < 4; i++) await pacer.run(async () => clock.starts.push(clock.now()));
  return clock.starts.slice(1).map((s, i) => s - clock.starts[i]);
}

describe('Pacer', () => {
  it('keeps every start a full interval after the previous one when timers fire early', async () => {
    const clock = virtualClock((ms) => -Math.min(1.2, ms / 2));
    const gaps = await sendFour(new Pacer(20, clock), clock);
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(50);
  });

  it('does not make up for a late timer by shortening the next gap', async () => {
    const clock = virtualClock(() => 30);
    const gaps = await sendFour(new Pacer(20, clock), clock);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(50);
  });

  it('sends at once without a rate limit', async () => {
    const clock = virtualClock(() => 0);
    const gaps = await sendFour(new Pacer(undefined, clock), clock);
    expect(gaps).toEqual([0, 0, 0]);
  });

  it('keeps a budget: never more than R starts in any window of W ms, and no wait while under it', async () => {
    const clock = virtualClock(() => 0);
    const pacer = new Pacer(undefined, clock, { requests: 3, windowMs: 1000 });
    for (let i = 0; i < 10; i++) await pacer.run(async () => clock.starts.push(clock.now()));
    expect(clock.starts.slice(0, 3)).toEqual([1000, 1000, 1000]);
    for (let i = 3; i < clock.starts.length; i++) expect(clock.starts[i] - clock.starts[i - 3]).toBeGreaterThanOrEqual(1000);
    expect(clock.starts.at(-1)! - clock.starts[0]).toBeLessThan(4000);
  });

  it("holds every later start for a 429's wait, with or without a rate limit", async () => {
    const clock = virtualClock(() => 0);
    const pacer = new Pacer(undefined, clock);
    await pacer.run(async () => clock.starts.push(clock.now()));
    pacer.holdFor(3000);
    await pacer.run(async () => clock.starts.push(clock.now()));
    await pacer.run(async () => clock.starts.push(clock.now()));
    expect(clock.starts).toEqual([1000, 4000, 4000]);
  });
});
