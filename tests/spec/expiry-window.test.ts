// `x-cf-expiry-window`: the one reading of "within the window after the request".
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { isWithinExpiryWindow, secondsAfter } from '../../src/spec/expiry-window.js';

describe('the expiry window', () => {
  const at = Date.parse('2026-12-02T12:00:00Z');
  const { minSeconds, maxSeconds } = facts.expiryWindow;
  const after = (seconds: number) => new Date(at + seconds * 1000).toISOString();

  it('holds both edges, relative to when the request was sent', () => {
    expect([minSeconds - 1, minSeconds, maxSeconds, maxSeconds + 1].map((s) => isWithinExpiryWindow(after(s), at))).toEqual([false, true, true, false]);
    expect(isWithinExpiryWindow(after(minSeconds - 0.5), at)).toBe(false);
  });

  it('takes a time as text, a Date or milliseconds; anything else is outside', () => {
    expect(secondsAfter(after(90), at)).toBe(90);
    expect(secondsAfter(new Date(at + 1500), at)).toBe(1.5);
    expect(isWithinExpiryWindow(at + minSeconds * 1000, at)).toBe(true);
    expect(secondsAfter('soon', at)).toBeNaN();
    expect(isWithinExpiryWindow('soon', at)).toBe(false);
  });

  it('a window of the caller’s own (a margin inside the spec’s)', () => {
    expect(isWithinExpiryWindow(after(minSeconds + 30), at, { minSeconds: minSeconds + 60, maxSeconds, defaultSeconds: 0 })).toBe(false);
  });
});
