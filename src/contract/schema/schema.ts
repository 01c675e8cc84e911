// A schema of the bundled spec as the generators and the request rules read it: `$ref`s followed
// and `allOf`s merged into one conjunction of constraints, so each reader handles one shape
// whatever way the spec composes a schema (CustomImageId = ImageId ∧ ¬ImageUuid).
import { resolveRef, type Json } from '../../spec/document.js';
import { EXPIRY_WINDOW, type ExpiryWindow } from '../../spec/expiry-window.js';

export type Schema = Json;

export interface FlatSchema {
  /** Component schemas met on the way (`$ref` targets, inside `allOf` too): what the value is. */
  refs: string[];
  /** Allowed JSON types; undefined = any. */
  types?: string[];
  enum?: readonly unknown[];
  const?: { value: unknown };
  patterns: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  contentMediaType?: string;
  properties: Record<string, Schema>;
  required: string[];
  /** false: no other keys; a schema: what other keys hold; undefined: anything. */
  additionalProperties?: Schema;
  patternProperties: Record<string, Schema>;
  propertyNames?: Schema;
  minProperties?: number;
  maxProperties?: number;
  /** Each `oneOf` met, as its branches. */
  oneOf: Schema[][];
  nots: Schema[];
  examples: unknown[];
  default?: unknown;
  description?: string;
  /** The spec's `x-cf-*` rules on this value. */
  extensions: Record<string, unknown>;
}

const COMPONENT = '#/components/schemas/';
const cache = new WeakMap<object, FlatSchema>();

const empty = (): FlatSchema => ({
  refs: [],
  patterns: [],
  properties: {},
  required: [],
  patternProperties: {},
  oneOf: [],
  nots: [],
  examples: [],
  extensions: {},
});
const tighter = (a: number | undefined, b: unknown, pick: (x: number, y: number) => number) => (typeof b !== 'number' ? a : a === undefined ? b : pick(a, b));
const both = (a: Schema | undefined, b: Schema) => (a === undefined ? b : { allOf: [a, b] });

function merge(flat: FlatSchema, node: Schema): void {
  if (node === true || node === undefined || node === null) return;
  if (node === false) {
    flat.types = [];
    return;
  }
  // A node's own description (beside a `$ref`) says more than the one of what it refers to.
  flat.description ??= node.description;
  if (typeof node.$ref === 'string') {
    if (node.$ref.startsWith(COMPONENT)) flat.refs.push(node.$ref.slice(COMPONENT.length));
    merge(flat, resolveRef({ $ref: node.$ref }));
  }
  if (node.type !== undefined) {
    const types: string[] = Array.isArray(node.type) ? node.type : [node.type];
    flat.types = flat.types ? flat.types.filter((t) => types.includes(t)) : types;
  }
  if (Array.isArray(node.enum)) flat.enum = flat.enum ? flat.enum.filter((v) => node.enum.includes(v)) : node.enum;
  if ('const' in node) flat.const = { value: node.const };
  if (typeof node.pattern === 'string') flat.patterns.push(node.pattern);
  flat.minLength = tighter(flat.minLength, node.minLength, Math.max);
  flat.maxLength = tighter(flat.maxLength, node.maxLength, Math.min);
  flat.minimum = tighter(flat.minimum, node.minimum, Math.max);
  flat.maximum = tighter(flat.maximum, node.maximum, Math.min);
  flat.minProperties = tighter(flat.minProperties, node.minProperties, Math.max);
  flat.maxProperties = tighter(flat.maxProperties, node.maxProperties, Math.min);
  flat.format ??= node.format;
  flat.contentMediaType ??= node.contentMediaType;
  for (const [key, schema] of Object.entries<Schema>(node.properties ?? {})) flat.properties[key] = both(flat.properties[key], schema);
  for (const [key, schema] of Object.entries<Schema>(node.patternProperties ?? {})) flat.patternProperties[key] = both(flat.patternProperties[key], schema);
  if (node.propertyNames !== undefined) flat.propertyNames = both(flat.propertyNames, node.propertyNames);
  if (node.additionalProperties !== undefined && flat.additionalProperties !== false)
    flat.additionalProperties = node.additionalProperties === false ? false : both(flat.additionalProperties, node.additionalProperties);
  for (const key of node.required ?? []) if (!flat.required.includes(key)) flat.required.push(key);
  if (Array.isArray(node.oneOf)) flat.oneOf.push(node.oneOf);
  if (node.not !== undefined) flat.nots.push(node.not);
  if (Array.isArray(node.examples)) flat.examples.push(...node.examples);
  if ('example' in node) flat.examples.push(node.example);
  if ('default' in node) flat.default ??= node.default;
  for (const [key, value] of Object.entries(node)) if (key.startsWith('x-cf-')) flat.extensions[key] ??= value;
  for (const part of node.allOf ?? []) merge(flat, part);
}

/** The schema as one conjunction of constraints (memoized per schema node). */
export function flatten(node: Schema): FlatSchema {
  if (node && typeof node === 'object' && cache.has(node)) return cache.get(node)!;
  const flat = empty();
  merge(flat, node);
  if (node && typeof node === 'object') cache.set(node, flat);
  return flat;
}

/** The JSON types the value may have: declared, else implied by the keywords used; undefined = any. */
export function typesOf(flat: FlatSchema): string[] | undefined {
  if (flat.types) return flat.types;
  if (flat.const) return [jsonType(flat.const.value)];
  if (flat.enum) return [...new Set(flat.enum.map(jsonType))];
  if (Object.keys(flat.properties).length || flat.required.length || flat.minProperties !== undefined) return ['object'];
  if (flat.patterns.length || flat.minLength !== undefined || flat.maxLength !== undefined || flat.format) return ['string'];
  if (flat.minimum !== undefined || flat.maximum !== undefined) return ['number'];
  return undefined;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a value of JSON type `type` is allowed by `types` (an integer is a number too). */
export const allowsType = (types: readonly string[] | undefined, type: string) =>
  !types || types.includes(type) || (type === 'integer' && types.includes('number'));

/** Length as JSON Schema counts it: code points. */
export const codePoints = (s: string) => [...s].length;

/** The first `n` code points of `s`. */
export const firstCodePoints = (s: string, n: number) => [...s].slice(0, n).join('');

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).byteLength;

const regexCache = new Map<string, RegExp>();
export function regexOf(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) regexCache.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

/** Whether `s` satisfies the string keywords of `flat` (patterns and lengths); formats and `not`s aside. */
export const fitsString = (flat: FlatSchema, s: string) =>
  flat.patterns.every((p) => regexOf(p).test(s)) && codePoints(s) >= (flat.minLength ?? 0) && codePoints(s) <= (flat.maxLength ?? Infinity);

export const MAX_SERIALIZED_BYTES = 'x-cf-max-serialized-bytes';
export const IMAGE_LIMITS = 'x-cf-image-limits';

export interface ImageLimits {
  maxBytes: number;
  maxPixels: number;
  maxSide: number;
}

// The rules on a value beyond what the validators check, as the schema states them.
export const isBinary = (flat: FlatSchema) => flat.format === 'binary';
export const isJsonText = (flat: FlatSchema) => flat.contentMediaType === 'application/json';
export const maxSerializedBytesOf = (flat: FlatSchema) => flat.extensions[MAX_SERIALIZED_BYTES] as number | undefined;
export const imageLimitsOf = (flat: FlatSchema) => flat.extensions[IMAGE_LIMITS] as ImageLimits | undefined;
export const expiryWindowOf = (flat: FlatSchema) => (flat.format === 'date-time' ? (flat.extensions[EXPIRY_WINDOW] as ExpiryWindow | undefined) : undefined);
