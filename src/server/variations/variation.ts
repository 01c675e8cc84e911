// What a variation is: one free choice the spec leaves open, made differently than the local
// server makes it by default, named after the spec statement that leaves it open.
import type { facts } from '../../../generated/operations.js';
import type { ImagesState } from '../state.js';
import type { VariationHooks } from './hooks.js';

type OpenChoice = keyof typeof facts.openChoices;

/** The spec statement that makes the choice free: an `x-cf-open` key, the `x-cf-rate-limit` fact, or a component (a JSON pointer: a schema, a header). */
type Exercises = `open:${OpenChoice}` | 'x-cf-rate-limit' | `#/components/${string}`;

export interface VariationOptions {
  /** lagging-lists: how long a write takes to show in lists and stats, in ms (default 300, at most 10000). */
  listLagMs?: number;
  /** rate-limited: factor on the documented window and lockout (default 1; 0.005 makes 300 s 1.5 s). */
  rateLimitScale?: number;
  /** rate-limited: requests allowed per window (default the documented `requests`); lower it to make the limit bite in a short test. */
  rateLimitRequests?: number;
}

interface InstallContext {
  state: ImagesState;
  /** The server's clock (ms since the epoch). */
  now: () => number;
  options: Required<VariationOptions>;
}

export interface Variation {
  name: string;
  exercises: Exercises;
  /** One line: what the server does differently. */
  summary: string;
  install(hooks: VariationHooks, ctx: InstallContext): void;
}
