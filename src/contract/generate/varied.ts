// Fuzz-only breaks that vary their value (how far below a minimum, how much too long, which
// character misses a pattern, which operator is unsupported), as arbitraries of mutations that
// shrink toward the edge of the constraint.
import fc from 'fast-check';
import { filterKey, isListKind, joinListValue, scalarKind } from '../../spec/filters.js';
import { pointerOf } from '../../spec/pointer.js';
import { valid } from './arbitrary.js';
import { setAt } from './draft.js';
import { grammarOf, operatorKinds } from './filters.js';
import { probeMutation, type Mutation, type Slot } from './mutations.js';
import type { ParameterModel } from '../schema/operation.js';
import { codePoints, flatten, isJsonText } from '../schema/schema.js';
import { applyBreaker, codePoint, patternBreakers, preview, stringOfLength, type Breaker } from './strings.js';
import { canonicalValue, carriedTypes } from './values.js';

type MutationArbitrary = fc.Arbitrary<Mutation>;
/** Enough different one-character edits to vary a pattern miss. */
const MAX_BREAKERS = 8;

const broken = (slot: Slot, constraint: string, why: (v: unknown) => string) => (value: unknown) =>
  probeMutation(slot.pointer, { purpose: 'negative', value, constraint, why: why(value) }, slot.prepare);

/** The varied breaks of a leaf: numbers beyond a bound, strings beyond a length, pattern misses, enum misses. */
export function variedLeafBreaks(slot: Slot): MutationArbitrary[] {
  const flat = flatten(slot.schema);
  const [type] = carriedTypes(flat, slot.env) ?? [];
  const out: MutationArbitrary[] = [];
  if (flat.enum?.every((v) => typeof v === 'string'))
    out.push(
      fc
        .string({ unit: codePoint, minLength: 1, maxLength: 12 })
        .filter((s) => !flat.enum!.includes(s))
        .map(broken(slot, 'enum', () => `not one of ${flat.enum!.join(', ')}`)),
    );
  if (flat.enum || flat.const) return out;
  if (type === 'integer' || type === 'number') {
    if (flat.minimum !== undefined)
      out.push(fc.integer({ min: flat.minimum - 1e6, max: flat.minimum - 1 }).map(broken(slot, 'minimum', () => `below the minimum ${flat.minimum}`)));
    if (flat.maximum !== undefined)
      out.push(fc.integer({ min: flat.maximum + 1, max: flat.maximum + 1e6 }).map(broken(slot, 'maximum', () => `above the maximum ${flat.maximum}`)));
  }
  if (type !== 'string' || isJsonText(flat) || flat.format) return out;
  const base = canonicalValue(slot.schema, slot.env);
  if (typeof base !== 'string') return out;
  if (flat.maxLength !== undefined) {
    const longer = fc.integer({ min: flat.maxLength + 1, max: flat.maxLength + 64 }).map((n) => stringOfLength({ ...flat, maxLength: undefined }, base, n));
    out.push(
      longer
        .filter((s): s is string => s !== undefined)
        .map(broken(slot, 'maxLength', (v) => `${codePoints(v as string)} characters, over the maximum length ${flat.maxLength}`)),
    );
  }
  // Edits that break every one of a few valid values (and, in a path, still reach only this operation).
  const samples = [base, ...fc.sample(valid(slot.schema, slot.env), { numRuns: 6, seed: 1 }).filter((s): s is string => typeof s === 'string')];
  const breakers: Breaker[] = [];
  for (const b of patternBreakers(flat, samples)) {
    if (breakers.length === MAX_BREAKERS) break;
    if (!slot.sendable || samples.slice(0, 3).every((s) => slot.sendable!(applyBreaker(s, b)))) breakers.push(b);
  }
  if (breakers.length)
    out.push(
      fc
        .tuple(valid(slot.schema, slot.env) as fc.Arbitrary<string>, fc.constantFrom(...breakers))
        .map(([s, b]) => applyBreaker(s, b))
        .map(broken(slot, 'pattern', () => `does not match ${flat.patterns.join(' and ')}`)),
    );
  return out;
}

const field = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);

/** The varied ways a metadata filter breaks the grammar: an unknown operator, a misfit value, a list too long. */
export function variedFilterBreaks(p: ParameterModel): MutationArbitrary[] {
  const g = grammarOf(p);
  if (!g) return [];
  const at = pointerOf(['query', p.name]);
  const one = (key: string, value: string, constraint: string, why: string): Mutation => ({
    purpose: 'negative',
    constraint,
    pointer: pointerOf(['query', p.name, key]),
    label: `${key}=${preview(value)} (${why})`,
    apply: (d) => setAt(d, at, { [key]: value }),
  });
  const kinds = operatorKinds(g);
  const operators = kinds.map(([op]) => op);
  const numeric = kinds.filter(([, kind]) => scalarKind(kind) === 'number').map(([op]) => op);
  const lists = kinds.filter(([, kind]) => isListKind(kind)).map(([op]) => op);
  const out: MutationArbitrary[] = [
    fc
      .tuple(
        field,
        fc.stringMatching(/^[a-z]{2,8}(:[a-z]{3,7})?$/).filter((op) => !operators.includes(op)),
      )
      .map(([f, op]) => one(filterKey(f, op), 'x', 'propertyNames', `unsupported operator ${op}`)),
  ];
  if (numeric.length)
    out.push(
      fc
        .tuple(field, fc.constantFrom(...numeric), fc.stringMatching(/^[a-z]{1,8}$/))
        .map(([f, op, v]) => one(filterKey(f, op), v, 'patternProperties', `not a number for ${op}`)),
    );
  if (lists.length)
    out.push(
      fc
        .tuple(field, fc.constantFrom(...lists), fc.integer({ min: g.maxListValues + 1, max: g.maxListValues + 8 }))
        .map(([f, op, n]) =>
          one(filterKey(f, op), joinListValue(Array.from({ length: n }, (_, i) => i)), 'patternProperties', `${n} values: at most ${g.maxListValues}`),
        ),
    );
  return out;
}
