import fc from 'fast-check';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { resolveRef } from '../../scripts/lib/spec.js';

type Schema = Record<string, any>;
const MAX_GENERATED_LENGTH = 40;

export const schemaOf = (node: Schema): Schema => resolveRef(spec, node);

/** Valid values for a schema, derived from its constraints (strings, integers, booleans, enums, objects). */
export function valid(node: Schema): fc.Arbitrary<unknown> {
  const schema = schemaOf(node);
  if (schema.allOf) return valid(schema.allOf[0]).filter((v) => !schema.allOf.slice(1).some((s: Schema) => s.not && matches(s.not, v)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'integer') return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 });
  if (schema.type === 'string') {
    const minLength = schema.minLength ?? 0;
    const maxLength = Math.min(schema.maxLength ?? MAX_GENERATED_LENGTH, MAX_GENERATED_LENGTH);
    const base = schema.pattern ? fc.stringMatching(new RegExp(schema.pattern)) : fc.string({ minLength, maxLength });
    return base.filter((s) => [...s].length >= minLength && [...s].length <= (schema.maxLength ?? Infinity) && s.length <= maxLength * 4);
  }
  if (schema.type === 'object' && schema.properties) {
    const required = new Set<string>(schema.required ?? []);
    const keys = Object.keys(schema.properties);
    return fc
      .record(Object.fromEntries(keys.map((k) => [k, valid(schema.properties[k])])), { requiredKeys: keys.filter((k) => required.has(k)) })
      .filter((o) => Object.keys(o).length >= (schema.minProperties ?? 0));
  }
  if (schema.type === 'object') {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean()), { maxKeys: 3 });
  }
  throw new Error(`no arbitrary for ${JSON.stringify(schema).slice(0, 80)}`);
}

function matches(node: Schema, value: unknown): boolean {
  const schema = schemaOf(node);
  return typeof value === 'string' && !!schema.pattern && new RegExp(schema.pattern).test(value);
}

/** Values that break exactly one documented constraint of a schema: boundaries ±1, wrong types, bad patterns, enum misses. */
export function invalid(node: Schema): fc.Arbitrary<unknown> {
  const schema = schemaOf(node);
  const options: fc.Arbitrary<unknown>[] = [];
  if (schema.allOf) return invalid(schema.allOf[0]);
  if (schema.type === 'string') {
    options.push(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)));
    if (schema.maxLength !== undefined) options.push(fc.constant('a'.repeat(schema.maxLength + 1)));
    if (schema.minLength) options.push(fc.constant('a'.repeat(schema.minLength - 1)));
    if (schema.pattern) {
      const pattern = new RegExp(schema.pattern);
      options.push(fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) }).filter((s) => !pattern.test(s)));
    }
    if (schema.enum) options.push(fc.string().filter((s) => !schema.enum.includes(s)));
  }
  if (schema.type === 'integer') {
    options.push(fc.constantFrom('1', true, 1.5));
    if (schema.minimum !== undefined) options.push(fc.integer({ min: schema.minimum - 1000, max: schema.minimum - 1 }));
    if (schema.maximum !== undefined) options.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 1000 }));
  }
  if (schema.type === 'boolean') options.push(fc.constantFrom('true', 1, null));
  if (!options.length) throw new Error(`no invalid values for ${JSON.stringify(schema).slice(0, 80)}`);
  return fc.oneof(...options);
}
