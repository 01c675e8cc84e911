// What the scenarios read from the spec: parameter schemas (per_page's minimum, sort_order's enum
// and default), request examples, which fields a request body can change and where the response
// shows them, and values that differ from a current one.
import type { OperationId } from '../../../generated/operations.js';
import { componentSchema, resolveRef, specOperation, type Json } from '../../spec/document.js';

/** The schema of an operation's query parameter. */
export function queryParameterSchema(operationId: OperationId, name: string): Json {
  const { pathItem, operation } = specOperation(operationId);
  const parameter = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(resolveRef).find((p: Json) => p.in === 'query' && p.name === name);
  if (!parameter) throw new Error(`the spec gives ${operationId} no query parameter '${name}'`);
  return resolveRef(parameter.schema);
}

/** The value of the first request body example of an operation. */
export function requestExample(operationId: OperationId): Json {
  const content = specOperation(operationId).operation.requestBody?.content ?? {};
  for (const media of Object.values<Json>(content)) {
    const first = Object.values<Json>(media.examples ?? {})[0];
    if (first) return structuredClone(resolveRef(first).value);
  }
  throw new Error(`the spec has no request example for ${operationId}`);
}

const refOf = (schema: Json): string | undefined => schema?.$ref;

export interface EditableField {
  /** The request body property. */
  field: string;
  /** The response property that shows it. */
  shownAs: string;
  schema: Json;
  /** The value a response shows for it (the spec's default when the property is absent). */
  shown: (resource: Record<string, unknown> | undefined) => unknown;
}

/**
 * The properties of a request body schema and, for each, the property of the response schema that
 * shows it: the one of the same name, else the one with the same schema (`metadata` → `meta`).
 */
export function editableFields(requestSchema: string, responseSchema: string): EditableField[] {
  const shown = componentSchema(responseSchema).properties as Record<string, Json>;
  return Object.entries<Json>(componentSchema(requestSchema).properties).map(([field, schema]) => {
    const shownAs = field in shown ? field : Object.keys(shown).find((k) => refOf(shown[k]) !== undefined && refOf(shown[k]) === refOf(schema));
    if (!shownAs) throw new Error(`the spec's ${responseSchema} has no property that shows ${requestSchema}.${field}`);
    const shownDefault = resolveRef(shown[shownAs]).default;
    return { field, shownAs, schema: resolveRef(schema), shown: (resource: Record<string, unknown> | undefined) => resource?.[shownAs] ?? shownDefault };
  });
}

const hasType = (schema: Json, type: string) => schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

/**
 * A valid value of `schema` that differs from `current`: another enum value, the other boolean, a
 * number one higher, `text` for a string, `freeObject` for an object without declared properties,
 * and property by property for an object that declares them.
 */
export function otherValue(schema: Json, current: unknown, fill: { text: string; freeObject: Record<string, unknown> }): unknown {
  const s = resolveRef(schema);
  if (Array.isArray(s.enum)) {
    const other = s.enum.find((v: unknown) => v !== current);
    if (other === undefined) throw new Error(`the enum ${JSON.stringify(s.enum)} has no value other than ${JSON.stringify(current)}`);
    return other;
  }
  if (hasType(s, 'boolean')) return current !== true;
  if (hasType(s, 'integer') || hasType(s, 'number')) return (typeof current === 'number' ? current : (s.minimum ?? 0)) + 1;
  if (hasType(s, 'string')) return current === fill.text ? `${fill.text}-2` : fill.text;
  if (hasType(s, 'object') && s.properties) {
    const now = (current ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries<Json>(s.properties).map(([k, p]) => [k, otherValue(p, now[k], fill)]));
  }
  if (hasType(s, 'object')) return fill.freeObject;
  throw new Error(`no value for a schema of type ${JSON.stringify(s.type)}`);
}

/** JSON equality, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : Array.isArray(v)
        ? v.map(canonical)
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
