// `x-cf-expiry-window`: a time the spec makes relative to when the request is sent (a direct
// upload's `expiry`, between 2 minutes and 6 hours after it, 30 minutes by default). The one
// reading of the rule for the client, the local server and the checker.
import { facts } from '../../generated/operations.js';

/** The extension's name, on the schema of a field whose time is relative to the request. */
export const EXPIRY_WINDOW = 'x-cf-expiry-window';

export interface ExpiryWindow {
  minSeconds: number;
  maxSeconds: number;
  defaultSeconds: number;
}

/** Seconds from `at` (ms since the epoch) to `time`; NaN when `time` is not a time. */
export function secondsAfter(time: string | number | Date, at: number): number {
  const ms = typeof time === 'string' ? Date.parse(time) : typeof time === 'number' ? time : time.getTime();
  return (ms - at) / 1000;
}

/** Whether `time` is within the window after `at`, both edges included; a value that is not a time is not. */
export function isWithinExpiryWindow(time: string | number | Date, at: number, window: ExpiryWindow = facts.expiryWindow): boolean {
  const seconds = secondsAfter(time, at);
  return seconds >= window.minSeconds && seconds <= window.maxSeconds;
}
