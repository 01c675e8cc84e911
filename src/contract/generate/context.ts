// What request generation needs to know about the run: a file to upload, the clock, resources
// that exist on the target, and the run's tag that every created name starts with.
import type { ExpiryWindow } from '../../spec/expiry-window.js';
import type { FilePart } from '../model/case.js';

export interface GenerationContext {
  /** A valid image file part to upload (the engine passes a 1×1 PNG). */
  image: FilePart;
  /** Milliseconds since the epoch, for the expiry window. */
  now: number;
  /** Resources that exist on the target, for positive cases that address one; absent → generate a valid-looking id (a 404 is then an acceptable answer). */
  resources: { imageId?: string; variantId?: string; signingKeyName?: string };
  /** Short alphanumeric tag unique to the run (≤ 8 chars): every generated custom image id, variant name and signing key name starts with it, so the run can find and delete what it created. Key names are ≤ 20 chars, variant names alphanumeric. */
  runTag: string;
}

/**
 * How far generated times stay from the edges of a window relative to `now` (the direct-upload
 * expiry): far enough that a live server's clock skew cannot move a value across an edge (the time
 * between generating a case and sending it does not: times are moved to when each request is sent,
 * engine/time-base.ts), close enough that a server cutting the window short is seen.
 */
export const WINDOW_MARGIN_SECONDS = 30;

/** The window kept `WINDOW_MARGIN_SECONDS` inside both edges. */
export const withinMargin = (window: ExpiryWindow): ExpiryWindow => ({
  ...window,
  minSeconds: window.minSeconds + WINDOW_MARGIN_SECONDS,
  maxSeconds: window.maxSeconds - WINDOW_MARGIN_SECONDS,
});

/** The key of `resources` a path parameter names: `image_id` → `imageId`. */
export const resourceKey = (parameter: string) => parameter.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof GenerationContext['resources'];

export function checkContext(ctx: GenerationContext): void {
  if (!/^[A-Za-z0-9]{1,8}$/.test(ctx.runTag)) throw new Error(`runTag must be 1 to 8 letters or digits (got ${JSON.stringify(ctx.runTag)})`);
  if (!Number.isFinite(ctx.now)) throw new Error('now must be milliseconds since the epoch');
}
