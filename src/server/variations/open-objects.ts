// Which objects of a response may carry a property their schema does not list, found by walking
// the response's schema from the spec alongside the value ($refs followed, allOf merged).
import { resolveRef, type Json } from '../../spec/document.js';

/** The schema and the allOf branches it also obeys, refs followed. */
function partsOf(schema: Json): Json[] {
  const s = schema && typeof schema === 'object' ? resolveRef(schema) : undefined;
  return s && typeof s === 'object' ? [s, ...(s.allOf ?? []).flatMap(partsOf)] : [];
}

// Keywords that limit an object's other properties, or that this walk does not look into: an object
// under any of them gets nothing. An explicit `additionalProperties` (true or a schema) is a map
// whose keys are data (the user's metadata, variant names): a key added there would be a claim
// about that data, not an extra property.
const LIMITING = [
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'patternProperties',
  'maxProperties',
  'oneOf',
  'anyOf',
  'not',
  'if',
  'const',
  'enum',
];

const declaresObject = (p: Json) => p.properties !== undefined || p.type === 'object' || (Array.isArray(p.type) && p.type.includes('object'));

/** Whether an object under these schema parts may take a property named `name` that they do not list. */
function takesExtra(parts: Json[], name: string): boolean {
  return parts.some(declaresObject) && parts.every((p) => LIMITING.every((k) => p[k] === undefined) && !Object.hasOwn(p.properties ?? {}, name));
}

function propertyParts(parts: Json[], name: string): Json[] {
  return parts.flatMap((p) => {
    if (p.properties && Object.hasOwn(p.properties, name)) return partsOf(p.properties[name]);
    const patterns = Object.entries<Json>(p.patternProperties ?? {}).filter(([pattern]) => new RegExp(pattern, 'u').test(name));
    if (patterns.length) return patterns.flatMap(([, s]) => partsOf(s));
    return typeof p.additionalProperties === 'object' ? partsOf(p.additionalProperties) : [];
  });
}

const itemParts = (parts: Json[]): Json[] => parts.flatMap((p) => (p.items && typeof p.items === 'object' ? partsOf(p.items) : []));

/** A copy of `value` where every object its `schema` leaves open carries `name: extra` (appended). */
export function withExtraProperty(value: unknown, schema: Json, name: string, extra: unknown): unknown {
  const walk = (v: unknown, parts: Json[]): unknown => {
    if (Array.isArray(v)) return v.map((item) => walk(item, itemParts(parts)));
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(v)) out[key] = walk(child, propertyParts(parts, key));
    if (takesExtra(parts, name) && !Object.hasOwn(out, name)) out[name] = extra;
    return out;
  };
  return walk(value, partsOf(schema));
}
