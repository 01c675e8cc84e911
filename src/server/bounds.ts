// The bounds on what a client, or the origin of a `url` upload, can make the server hold or wait
// for. Each is an option of startImagesServer (and the CLI) with the default below.
import { DEFAULT_BOUNDS } from '../core/bounded.js';

export interface ServerBounds {
  /** Deepest nesting of a JSON request body and of the form's `metadata` field; deeper is a 400. */
  maxJsonDepth: number;
  /** Deadline of a `url` upload's download (connection, redirects, headers and body), in ms; past it, a 400. */
  urlTimeoutMs: number;
  /** Most parts a multipart form may have; more is a 400, answered before the form is parsed. */
  maxFormParts: number;
}

export const DEFAULT_SERVER_BOUNDS: Readonly<ServerBounds> = Object.freeze({
  maxJsonDepth: DEFAULT_BOUNDS.maxJsonDepth,
  urlTimeoutMs: 10_000,
  // The forms have at most six fields; the rest is room for repeated names (the first one wins).
  maxFormParts: 64,
});

/** The bounds given, each a positive integer, the others at their defaults. */
export function serverBounds(given: Partial<ServerBounds>): ServerBounds {
  const bounds = { ...DEFAULT_SERVER_BOUNDS };
  for (const name of Object.keys(bounds) as (keyof ServerBounds)[]) {
    const value = given[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
    bounds[name] = value;
  }
  return bounds;
}
