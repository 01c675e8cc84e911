// Valid values of a schema as fast-check arbitraries, built from its constraints (records,
// constants, `stringMatching`) so they shrink toward simple values; the few `.filter`s only drop
// rare misses (a generated key that breaks a second pattern, an object over the byte limit).
import fc from 'fast-check';
import { isIdentifier } from '../schema/operation.js';
import {
  expiryWindowOf,
  fitsString,
  flatten,
  isBinary,
  isJsonText,
  maxSerializedBytesOf,
  regexOf,
  utf8Bytes,
  type FlatSchema,
  type Schema,
} from '../schema/schema.js';
import { codePoint } from './strings.js';
import { carriedTypes, childEnv, isFetched, iso, oneOfChoices, type Choice, type ValueEnv } from './values.js';
import { withinMargin } from './context.js';

const GENERATED_LENGTH = 24;
const scalar = fc.oneof(fc.string({ unit: codePoint, maxLength: 12 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));
const smallKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
/** Any JSON value, small: scalars, and objects and arrays of scalars. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(scalar, fc.dictionary(smallKey, scalar, { maxKeys: 3 }), fc.array(scalar, { maxLength: 3 }));

/** A JSON object whose serialization fits the byte limit (the content of a `metadata` part). */
const jsonObject = (maxBytes: number) => fc.dictionary(smallKey, anyJson, { maxKeys: 4 }).filter((o) => utf8Bytes(JSON.stringify(o)) <= maxBytes);

const matchers = new Map<string, fc.Arbitrary<string>>();
/** Strings of a pattern; built once per pattern (building a `stringMatching` is costly). */
function matching(pattern: string): fc.Arbitrary<string> {
  if (!matchers.has(pattern)) matchers.set(pattern, fc.stringMatching(regexOf(pattern)));
  return matchers.get(pattern)!;
}

const nonce = fc.noShrink(fc.stringMatching(/^[a-z0-9]{6}$/));

/**
 * A generated identifier: the prefix (run tag), a 6-character nonce that does not shrink (so two
 * cases, or a case and its shrunk forms, do not create the same name), then a suffix of the pattern.
 */
function identifier(flat: FlatSchema, env: ValueEnv): fc.Arbitrary<string> {
  const suffix = flat.patterns.length ? matching(flat.patterns[0]) : fc.string({ unit: codePoint, maxLength: 8 });
  const room = (flat.maxLength ?? Infinity) - [...env.idPrefix].length;
  const tagged = room >= 8 ? fc.tuple(nonce, suffix).map(([n, s]) => n + s) : suffix;
  return tagged.map((s) => env.idPrefix + s).filter((s) => fitsString(flat, s));
}

/** The patterns of the `not`s that are only patterns (an id that must not be a UUID, nor have a `.` segment). */
function forbiddenPatterns(flat: FlatSchema): RegExp[] {
  return flat.nots
    .map(flatten)
    .filter((rule) => rule.patterns.length > 0 && Object.keys(rule.properties).length === 0)
    .flatMap((rule) => (rule.patterns.length === 1 ? [regexOf(rule.patterns[0])] : []));
}

function string(flat: FlatSchema, env: ValueEnv): fc.Arbitrary<unknown> {
  const forbidden = forbiddenPatterns(flat);
  const strings = generatedString(flat, env);
  return forbidden.length ? strings.filter((s) => typeof s !== 'string' || !forbidden.some((re) => re.test(s))) : strings;
}

function generatedString(flat: FlatSchema, env: ValueEnv): fc.Arbitrary<unknown> {
  if (isBinary(flat)) return fc.constant(env.ctx.image);
  const window = expiryWindowOf(flat);
  if (window) {
    // Around the default, so a value shrinks to the middle of the window, never to an edge.
    const inner = withinMargin(window);
    const offset = fc.integer({ min: inner.minSeconds - window.defaultSeconds, max: inner.maxSeconds - window.defaultSeconds });
    return offset.map((s) => iso(env.ctx.now + (window.defaultSeconds + s) * 1000));
  }
  if (flat.format === 'date-time')
    return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
  if (flat.format === 'uri') return fc.stringMatching(/^[a-z0-9]{1,12}$/).map((p) => `https://example.invalid/${p}.png`);
  if (isJsonText(flat)) {
    const maxBytes = Math.min(maxSerializedBytesOf(flat) ?? Infinity, flat.maxLength ?? Infinity);
    return jsonObject(maxBytes).map((o) => JSON.stringify(o));
  }
  if (isIdentifier(flat)) return identifier(flat, env);
  if (flat.patterns.length) return matching(flat.patterns[0]).filter((s) => fitsString(flat, s));
  const minLength = flat.minLength ?? 0;
  return fc.string({ unit: codePoint, minLength, maxLength: Math.min(flat.maxLength ?? Infinity, minLength + GENERATED_LENGTH) });
}

function number(flat: FlatSchema, integer: boolean): fc.Arbitrary<number> {
  const min = flat.minimum ?? (flat.maximum !== undefined ? flat.maximum - 1e6 : -1e6);
  const max = flat.maximum ?? min + 2e6;
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values of the keys an object does not declare (an open map: metadata, filters): keys by `propertyNames`, values by `patternProperties`. */
function openEntries(flat: FlatSchema, env: ValueEnv): fc.Arbitrary<Record<string, unknown>> {
  const keys = flat.propertyNames ? (valid(flat.propertyNames, { ...env, carrier: 'json' }) as fc.Arbitrary<string>) : smallKey;
  // One arbitrary per set of value rules a key meets (built once: a `stringMatching` is costly to build).
  const byRules = new Map<string, fc.Arbitrary<unknown>>();
  const valueFor = (key: string): fc.Arbitrary<unknown> => {
    const matching = Object.keys(flat.patternProperties).filter((p) => regexOf(p).test(key));
    const id = matching.join('\u0000');
    if (!byRules.has(id)) {
      const rest = flat.additionalProperties === undefined || flat.additionalProperties === true ? anyJson : valid(flat.additionalProperties, env);
      byRules.set(id, matching.length ? valid({ allOf: matching.map((p) => flat.patternProperties[p]) }, env) : rest);
    }
    return byRules.get(id)!;
  };
  const constraints = { minLength: flat.minProperties ?? 0, maxLength: Math.min(flat.maxProperties ?? 4, 5) };
  return fc
    .uniqueArray(
      keys.chain((k) => valueFor(k).map((v) => [k, v] as const)),
      { ...constraints, selector: ([k]) => k },
    )
    .map((entries) => Object.fromEntries(entries));
}

function declared(flat: FlatSchema, env: ValueEnv, choice: Choice): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(flat.properties).filter((k) => !isFetched(flat.properties[k]) && !choice.forbidden.includes(k));
  const required = [...new Set([...flat.required, ...choice.required])].filter((k) => keys.includes(k));
  const arbitraries = Object.fromEntries(keys.map((k) => [k, valid(flat.properties[k], childEnv(env, k))]));
  const need = (flat.minProperties ?? 0) - required.length;
  if (need <= 0) return fc.record(arbitraries, { requiredKeys: required });
  const optional = keys.filter((k) => !required.includes(k));
  return fc.subarray(optional, { minLength: need }).chain((forced) => fc.record(arbitraries, { requiredKeys: [...required, ...forced] }));
}

/**
 * Whether `o` matches a `not` schema made of required keys with constant values (a custom id
 * with signed URLs); undefined when the schema says more than that.
 */
function matchesKeyRule(rule: FlatSchema, o: Record<string, unknown>): boolean | undefined {
  for (const [key, property] of Object.entries<Schema>(rule.properties)) {
    const p = flatten(property);
    if (p.const === undefined && (p.types || p.enum || p.patterns.length)) return undefined;
    if (p.const !== undefined && key in o && o[key] !== p.const.value) return false;
  }
  return rule.required.every((k) => k in o);
}

/** `o` with what a `not` forbids undone: the last key the rule needs (and the object does not) left out. */
function avoidNots(flat: FlatSchema, o: Record<string, unknown>): Record<string, unknown> {
  let out = o;
  for (const not of flat.nots) {
    const rule = flatten(not);
    const drop = [...rule.required].reverse().find((k) => !flat.required.includes(k));
    if (drop !== undefined && matchesKeyRule(rule, out)) {
      out = { ...out };
      delete out[drop];
    }
  }
  return out;
}

function object(flat: FlatSchema, env: ValueEnv): fc.Arbitrary<unknown> {
  const open = !Object.keys(flat.properties).length && flat.additionalProperties !== false;
  const limit = maxSerializedBytesOf(flat);
  let arbitrary: fc.Arbitrary<Record<string, unknown>>;
  if (open) arbitrary = openEntries(flat, env);
  else {
    const choices = oneOfChoices(flat);
    if (!choices.length) throw new Error('no valid choice of the oneOf branches');
    arbitrary = choices.length === 1 ? declared(flat, env, choices[0]) : fc.constantFrom(...choices).chain((c) => declared(flat, env, c));
    if (flat.nots.length) arbitrary = arbitrary.map((o) => avoidNots(flat, o));
  }
  return limit === undefined ? arbitrary : arbitrary.filter((o) => utf8Bytes(JSON.stringify(o)) <= limit);
}

/** Valid values of `schema` where it travels (see Carrier). A `not` of keys with constants is kept (avoidNots); other `not`s are left to the case-level guard. */
export function valid(schema: Schema, env: ValueEnv): fc.Arbitrary<unknown> {
  const flat = flatten(schema);
  if (flat.const) return fc.constant(flat.const.value);
  if (flat.enum) return fc.constantFrom(...flat.enum);
  const types = carriedTypes(flat, env);
  if (!types) return anyJson;
  const byType = (type: string): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
      case 'number':
        return number(flat, type === 'integer');
      case 'string':
        return string(flat, env);
      case 'object':
        return object(flat, env);
      default:
        return fc.array(anyJson, { maxLength: 3 });
    }
  };
  return types.length === 1 ? byType(types[0]) : fc.oneof(...types.map(byType));
}
