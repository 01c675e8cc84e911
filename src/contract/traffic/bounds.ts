// What the proxy and check-har hold of a peer's bytes, at most: the shared body bounds (bytes read
// after decompression, JSON nesting) and the multipart form's parts kept. A body past a bound is
// never checked, and never passes: the check it kept from running fails, with the bound as the reason.
import { DEFAULT_BOUNDS, type BodyBounds } from '../../core/bounded.js';

export interface TrafficBounds extends BodyBounds {
  /** Most parts of one multipart form kept for checking (their bytes kept count against maxBodyBytes). */
  maxParts: number;
}

export const DEFAULT_TRAFFIC_BOUNDS: Readonly<TrafficBounds> = Object.freeze({ ...DEFAULT_BOUNDS, maxParts: 100 });

/** The proxy's default for --upstream-timeout: the upstream's whole answer, body included. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
