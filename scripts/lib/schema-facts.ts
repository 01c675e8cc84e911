import { escapePointerSegment } from '../../src/spec/pointer.js';
import { listOperations, resolveRef, type JsonObject } from './spec.js';

const SCHEMA_REF = '#/components/schemas/';
const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;

/**
 * Pointers (into response bodies) of every value the spec marks `x-cf-secret`, `*` standing for
 * any array index or map key: `/result/keys/*\/value`.
 */
function secretPointers(spec: JsonObject): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, at: string, refs: string[]) => {
    if (!node || typeof node !== 'object') return;
    const n = node as JsonObject;
    if (typeof n.$ref === 'string') {
      if (!refs.includes(n.$ref)) walk(resolveRef(spec, n), at, [...refs, n.$ref]);
      return;
    }
    if (n['x-cf-secret'] === true) found.add(at);
    for (const [name, child] of Object.entries<unknown>(n.properties ?? {})) walk(child, `${at}/${escapePointerSegment(name)}`, refs);
    if (n.items) walk(n.items, `${at}/*`, refs);
    if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${at}/*`, refs);
    for (const key of COMBINATORS) for (const child of n[key] ?? []) walk(child, at, refs);
  };
  for (const op of listOperations(spec)) {
    for (const response of Object.values<unknown>(op.operation.responses ?? {})) {
      for (const media of Object.values<JsonObject>(resolveRef(spec, response).content ?? {})) walk(media.schema, '', []);
    }
  }
  return [...found].sort();
}

/**
 * The messages of rules that ajv can only report as "must NOT be valid" or "must match exactly
 * one schema in oneOf": the `description` of a `not` schema, and the description of a schema that
 * holds a `oneOf`/`anyOf`. Keyed `<Component>#<schema path>`, as ajv's `schemaPath` names them.
 */
function schemaMessages(spec: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, component: string, path: string) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, component, `${path}/${i}`));
    if (!node || typeof node !== 'object') return;
    const n = node as JsonObject;
    if (n.not && typeof n.not.description === 'string') out[`${component}#${path}/not`] = n.not.description;
    for (const key of ['oneOf', 'anyOf']) if (Array.isArray(n[key]) && typeof n.description === 'string') out[`${component}#${path}/${key}`] = n.description;
    for (const [key, child] of Object.entries<unknown>(n))
      if (key !== 'examples' && !key.startsWith('x-')) walk(child, component, `${path}/${escapePointerSegment(key)}`);
  };
  for (const [name, schema] of Object.entries<unknown>(spec.components?.schemas ?? {})) walk(schema, name, '');
  return out;
}

/** Each request-body validator's root component, to place ajv's relative (`#/…`) schema paths. */
function validatorRoots(spec: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const op of listOperations(spec)) {
    const media = Object.values<JsonObject>(op.operation.requestBody?.content ?? {})[0];
    const ref = media?.schema?.$ref;
    if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) out[`${op.operationId}.body`] = ref.slice(SCHEMA_REF.length);
  }
  return out;
}

/** Facts read off the schemas themselves rather than off one `x-cf-*` extension. */
export function schemaFacts(spec: JsonObject) {
  return { secretPointers: secretPointers(spec), schemaMessages: schemaMessages(spec), validatorRoots: validatorRoots(spec) };
}
