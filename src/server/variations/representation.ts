// representation: JSON with every object's keys in reverse order, indented; header names in
// another case (`Content-Type`, `CF-Ray`).
import type { Wire } from '../reply.js';
import type { Variation } from './variation.js';

// Integer-like keys keep ascending order in any JS object; every other key is reversed.
const reversed = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value;

/** `content-type` → `Content-Type`; a part of one or two letters in capitals (`cf-ray` → `CF-Ray`). */
export const headerCase = (name: string) =>
  name
    .split('-')
    .map((part) => (part.length <= 2 ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');

const REPRESENTATION_WIRE: Wire = {
  stringify: (json) => JSON.stringify(json, reversed, 2),
  headerName: headerCase,
};

export const representation: Variation = {
  name: 'representation',
  exercises: 'open:representation',
  summary: 'JSON keys reversed, indented; header names as Content-Type, CF-Ray',
  install(hooks) {
    hooks.wire = REPRESENTATION_WIRE;
  },
};
