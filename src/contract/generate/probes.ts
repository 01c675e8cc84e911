// Deterministic values at the edges of each constraint of a leaf value (a parameter, a form field,
// a JSON property that is not an object with properties): the in-range edge is valid, the
// out-of-range one breaks that constraint alone. The x-cf-* limits are in limits.ts.
import { isIdentifier } from '../schema/operation.js';
import {
  allowsType,
  expiryWindowOf,
  firstCodePoints,
  fitsString,
  flatten,
  isBinary,
  isJsonText,
  jsonType,
  type FlatSchema,
  type Schema,
} from '../schema/schema.js';
import { applyBreaker, outsideOf, patternBreakers, stringOfLength } from './strings.js';
import { limitProbes } from './limits.js';
import type { Probe } from './probe.js';
import { canonicalValue, carriedTypes, iso, type ValueEnv } from './values.js';

export type { Probe } from './probe.js';

export interface ProbeOptions {
  /** A safe (GET) operation: an identifier may be any valid value, even one too short to carry the run tag. */
  safe: boolean;
  /** The media types a file part may have. */
  partTypes?: string[];
}

const article = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
const positive = (value: unknown, constraint: string, why: string): Probe => ({ purpose: 'positive', value, constraint, why });
const negative = (value: unknown, constraint: string, why: string): Probe => ({ purpose: 'negative', value, constraint, why });

/** A value of another JSON type, per type: text carries only strings, so it can only break a non-string kind. */
function wrongTypes(flat: FlatSchema, env: ValueEnv, canonical: unknown): Probe[] {
  const [type] = carriedTypes(flat, env) ?? [];
  const out: Probe[] = [];
  const fraction = (flat.minimum ?? 0) + 0.5;
  if (type === 'integer' && fraction <= (flat.maximum ?? Infinity)) out.push(negative(fraction, 'type', 'not an integer'));
  if (env.carrier === 'text') {
    if (type === 'integer' || type === 'number') out.push(negative('ten', 'type', `not ${type === 'integer' ? 'an integer' : 'a number'}`));
    if (type === 'boolean') out.push(negative('yes', 'type', 'not true or false'));
    return out;
  }
  if (env.carrier === 'file') return out;
  const wrong: Record<string, unknown> = {
    string: 123,
    integer: String(canonical ?? 1),
    number: String(canonical ?? 1),
    boolean: String(canonical ?? true),
    object: [],
    array: {},
    null: 0,
  };
  const value = type === undefined ? undefined : wrong[type];
  const got = jsonType(value);
  if (value !== undefined && !allowsType(flat.types, got))
    out.push(negative(value, 'type', `${article(got === 'integer' ? 'number' : got)} instead of ${article(type!)}`));
  return out;
}

function numberProbes(flat: FlatSchema, integer: boolean): Probe[] {
  const step = integer ? 1 : 0.5;
  const out: Probe[] = [];
  if (flat.minimum !== undefined)
    out.push(positive(flat.minimum, 'minimum', 'the minimum'), negative(flat.minimum - step, 'minimum', `below the minimum ${flat.minimum}`));
  if (flat.maximum !== undefined)
    out.push(positive(flat.maximum, 'maximum', 'the maximum'), negative(flat.maximum + step, 'maximum', `above the maximum ${flat.maximum}`));
  return out;
}

function lengthProbes(flat: FlatSchema, base: string, env: ValueEnv, options: ProbeOptions): Probe[] {
  const out: Probe[] = [];
  const { minLength, maxLength } = flat;
  // A created or changed resource's name carries the run tag; only a read may use a shorter one.
  const untagged = !isIdentifier(flat) || options.safe || [...env.idPrefix].length <= (minLength ?? 0);
  if (minLength !== undefined && minLength > 0) {
    const shortest = untagged ? stringOfLength(flat, base, minLength) : undefined;
    if (shortest !== undefined) out.push(positive(shortest, 'minLength', `the minimum length ${minLength}`));
    out.push(negative(firstCodePoints(base, minLength - 1), 'minLength', `shorter than the minimum length ${minLength}`));
  }
  if (maxLength !== undefined) {
    const longest = stringOfLength(flat, base, maxLength);
    const over = stringOfLength({ ...flat, maxLength: undefined }, base, maxLength + 1);
    if (longest !== undefined) out.push(positive(longest, 'maxLength', `the maximum length ${maxLength}`));
    if (over !== undefined) out.push(negative(over, 'maxLength', `longer than the maximum length ${maxLength}`));
    // Lengths are code points: a string of astral characters is twice as long in UTF-16 units.
    const astral = flat.patterns.length || isIdentifier(flat) ? undefined : '😀'.repeat(maxLength);
    if (astral !== undefined) out.push(positive(astral, 'maxLength', `${maxLength} astral characters: the maximum length in code points`));
  }
  return out;
}

function patternProbes(flat: FlatSchema, base: string): Probe[] {
  if (!flat.patterns.length) return [];
  const [first, ...others] = [...new Set(patternBreakers(flat, [base]).map((b) => applyBreaker(base, b)))];
  const pattern = flat.patterns.join(' and ');
  const miss = first === undefined ? [] : [{ ...negative(first, 'pattern', `does not match ${pattern}`), alternatives: others }];
  return [positive(base, 'pattern', 'matches the pattern'), ...miss];
}

function formatProbes(flat: FlatSchema, env: ValueEnv): Probe[] {
  if (flat.format === 'date-time') return [negative(iso(env.ctx.now).slice(0, 10), 'format', 'a date without a time: not a date-time')];
  if (flat.format === 'uri') return [negative('example.invalid/image.png', 'format', 'no scheme: not a URI')];
  return [];
}

function notProbes(flat: FlatSchema): Probe[] {
  return flat.nots.flatMap((not) => {
    const reserved = flatten(not);
    const example = reserved.examples.find((e) => typeof e === 'string' && fitsString(flat, e));
    return example === undefined ? [] : [negative(example, 'not', reserved.description ?? `must not match ${reserved.refs.join(', ')}`)];
  });
}

function stringProbes(flat: FlatSchema, env: ValueEnv, options: ProbeOptions, base: unknown): Probe[] {
  if (isBinary(flat)) return [negative('not a file', 'format', 'a text field instead of a file part')];
  if (typeof base !== 'string' || expiryWindowOf(flat)) return formatProbes(flat, env);
  if (isJsonText(flat)) {
    const broken = ['{not json}', '{"unterminated": }'].find((s) => fitsString(flat, s));
    return [...patternProbes(flat, base), ...(broken ? [negative(broken, 'contentMediaType', 'not JSON')] : [])];
  }
  return [...lengthProbes(flat, base, env, options), ...patternProbes(flat, base), ...formatProbes(flat, env), ...notProbes(flat)];
}

/** The boundary probes of a leaf value where it travels. */
export function leafProbes(schema: Schema, env: ValueEnv, options: ProbeOptions): Probe[] {
  const flat = flatten(schema);
  const base = canonicalValue(schema, env);
  const out: Probe[] = [];
  if (flat.const) {
    const c = flat.const.value;
    out.push(positive(c, 'const', 'the constant'));
    const other = typeof c === 'boolean' ? !c : outsideOf(flat, [c]);
    if (other !== undefined) out.push(negative(other, 'const', `not the constant ${JSON.stringify(c)}`));
  } else if (flat.enum) {
    for (const v of flat.enum) out.push(positive(v, 'enum', 'an allowed value'));
    const other = outsideOf(flat, flat.enum);
    if (other !== undefined) out.push(negative(other, 'enum', `not one of ${flat.enum.join(', ')}`));
  } else {
    const [type] = carriedTypes(flat, env) ?? [];
    if (type === 'boolean') out.push(positive(true, 'type', 'true'), positive(false, 'type', 'false'));
    if (type === 'integer' || type === 'number') out.push(...numberProbes(flat, type === 'integer'));
    if (type === 'string') out.push(...stringProbes(flat, env, options, base));
  }
  out.push(...limitProbes(flat, env, options.partTypes), ...wrongTypes(flat, env, base));
  return dedupe(out);
}

const keyOf = (p: Probe) =>
  `${p.purpose}:${typeof p.value === 'string' ? p.value : JSON.stringify(p.value, (_, v) => (v instanceof Uint8Array ? v.byteLength : v))}`;

/** One probe per value (the first reason wins), so a length limit and a byte limit at the same place give one case. */
function dedupe(probes: Probe[]): Probe[] {
  const seen = new Set<string>();
  return probes.filter((p) => !seen.has(keyOf(p)) && !!seen.add(keyOf(p)));
}
