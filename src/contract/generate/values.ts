// What a valid value is where it travels, and the one canonical valid value of a schema (the
// example where it fits, else the default, else the least value): the base every coverage case
// changes in one place.
import type { GenerationContext } from './context.js';
import { isIdentifier } from '../schema/operation.js';
import { codePoints, expiryWindowOf, fitsString, flatten, isBinary, isJsonText, typesOf, type FlatSchema, type Schema } from '../schema/schema.js';
import { stringOfLength } from './strings.js';

/**
 * How a value travels. `json`: as it is. `text`: a path segment, query value or form field the
 * server reads back as its declared kind (`"10"` → 10), so only that kind can be carried. `file`:
 * a file part. `form`: a multipart body, whose fields are text or files.
 */
type Carrier = 'json' | 'text' | 'file' | 'form';

export interface ValueEnv {
  ctx: GenerationContext;
  carrier: Carrier;
  /** Prepended to generated identifiers: the run tag (in coverage with a case number); '' where any valid identifier will do. */
  idPrefix: string;
  /** For a form: field → how the server reads it (`binary` = a file part). */
  fieldKinds?: Record<string, string>;
}

export const NON_RESOLVING_URL = 'https://example.invalid/image.png';

/** The environment of a property of an object value: a form's fields are text or files. */
export function childEnv(env: ValueEnv, key: string): ValueEnv {
  if (env.carrier !== 'form') return env;
  return { ...env, carrier: env.fieldKinds?.[key] === 'binary' ? 'file' : 'text', fieldKinds: undefined };
}

/** The JSON types a value may have where it travels: text carries only the declared kind. */
export function carriedTypes(flat: FlatSchema, env: ValueEnv): string[] | undefined {
  const types = typesOf(flat);
  if (env.carrier === 'text') return [types?.[0] ?? 'string'];
  if (env.carrier === 'file') return ['string'];
  return types;
}

/**
 * A URL in a request body is one the server downloads (an upload `url`): no valid request carries
 * one, since it would fetch from the internet; only negative cases do, with a host that cannot resolve.
 */
export const isFetched = (schema: Schema) => flatten(schema).format === 'uri';

export const iso = (ms: number) => new Date(ms).toISOString();

/** The keys a valid object must have for each way of satisfying its `oneOf`s, and the keys it must then leave out. */
export interface Choice {
  required: string[];
  forbidden: string[];
}

export function oneOfChoices(flat: FlatSchema): Choice[] {
  let choices: Choice[] = [{ required: [], forbidden: [] }];
  for (const branches of flat.oneOf) {
    const keysOf = branches.map((b) => flatten(b).required);
    choices = choices.flatMap((c) =>
      keysOf.map((keys, i) => ({
        required: [...c.required, ...keys],
        forbidden: [...c.forbidden, ...keysOf.flatMap((other, j) => (j === i ? [] : other.filter((k) => !keys.includes(k))))],
      })),
    );
  }
  // A choice that needs a fetched URL is no valid request (see isFetched).
  return choices.filter((c) => !c.required.some((k) => c.forbidden.includes(k) || (flat.properties[k] && isFetched(flat.properties[k]))));
}

function canonicalIdentifier(flat: FlatSchema, prefix: string): string | undefined {
  const example = [...flat.examples, ''].find((e) => typeof e === 'string' && fitsString(flat, prefix + e));
  if (example !== undefined) return prefix + (example as string);
  return stringOfLength(flat, prefix, Math.max(flat.minLength ?? 1, codePoints(prefix) + 1));
}

function canonicalString(flat: FlatSchema, env: ValueEnv): unknown {
  if (isBinary(flat)) return env.ctx.image;
  const window = expiryWindowOf(flat);
  if (window) return iso(env.ctx.now + window.defaultSeconds * 1000);
  if (flat.format === 'uri') return NON_RESOLVING_URL;
  if (isIdentifier(flat)) return canonicalIdentifier(flat, env.idPrefix);
  const example = flat.examples.find((e) => typeof e === 'string' && fitsString(flat, e));
  if (example !== undefined) return example;
  if (typeof flat.default === 'string') return flat.default;
  if (isJsonText(flat)) return '{}';
  if (flat.format === 'date-time') return iso(env.ctx.now);
  return stringOfLength(flat, '', flat.minLength ?? 0);
}

function canonicalObject(flat: FlatSchema, env: ValueEnv): Record<string, unknown> | undefined {
  const example = flat.examples.find((e) => e && typeof e === 'object' && !Array.isArray(e));
  if (example && !Object.keys(flat.properties).length) return example as Record<string, unknown>;
  const [choice] = oneOfChoices(flat);
  if (!choice) return undefined;
  const keys = [...new Set([...flat.required, ...choice.required])];
  const optional = Object.keys(flat.properties).filter((k) => !keys.includes(k) && !choice.forbidden.includes(k) && !isFetched(flat.properties[k]));
  keys.push(...optional.slice(0, Math.max(0, (flat.minProperties ?? 0) - keys.length)));
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = canonicalValue(flat.properties[key] ?? true, childEnv(env, key));
  return out;
}

/** The one canonical valid value of `schema` where it travels (undefined when the generator knows none). */
export function canonicalValue(schema: Schema, env: ValueEnv): unknown {
  const flat = flatten(schema);
  if (flat.const) return flat.const.value;
  if (flat.enum) return flat.enum.includes(flat.default) ? flat.default : flat.enum[0];
  const type = carriedTypes(flat, env)?.[0];
  switch (type) {
    case 'string':
      return canonicalString(flat, env);
    case 'integer':
    case 'number': {
      const candidate = [flat.default, ...flat.examples].find((v) => typeof v === 'number') as number | undefined;
      return candidate ?? Math.min(Math.max(0, flat.minimum ?? 0), flat.maximum ?? Infinity);
    }
    case 'boolean':
      return typeof flat.default === 'boolean' ? flat.default : false;
    case 'null':
      return null;
    case 'object':
      return canonicalObject(flat, env);
    default:
      return flat.examples[0] ?? {};
  }
}
