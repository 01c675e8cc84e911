// text-equality: an untyped `eq` / `in` metadata filter compares the value's text with the
// filter's (String(value) === filter value), so `1.0` no longer matches the number 1.
import type { Variation } from './variation.js';

const asText = (actual: unknown, value: string) =>
  (typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean') && String(actual) === value;

export const textEquality: Variation = {
  name: 'text-equality',
  exercises: 'open:untyped-equality',
  summary: 'untyped eq / in filters compare as text: String(value) === filter',
  install(hooks) {
    hooks.untypedEquals = asText;
  },
};
