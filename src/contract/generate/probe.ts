/** One value to try at one place of a request: valid or not, and why. */
export interface Probe {
  purpose: 'positive' | 'negative';
  /** The value the request carries there. */
  value: unknown;
  /** The keyword (or x-cf rule) the probe is about, for coverage reports. */
  constraint: string;
  /** Why it is valid or not, for the label: `the minimum`, `below the minimum 10`. */
  why: string;
  /** Other values that break the same constraint, for where `value` cannot be sent (a path segment ending in `/`). */
  alternatives?: unknown[];
}
