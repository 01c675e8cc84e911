import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { GENERATED_HEADER, type JsonObject } from './spec.js';

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/**
 * The spec as the types see it: the fields a component schema lists in `x-cf-always-sent` (the
 * API sends them, the reference pages call them optional) are required in the types only; the
 * validators keep the spec's `required`, so a server that omits them still conforms.
 */
function withAlwaysSentRequired(spec: JsonObject): JsonObject {
  const copy = structuredClone(spec);
  for (const schema of Object.values<JsonObject>(copy.components?.schemas ?? {})) {
    const sent: unknown = schema['x-cf-always-sent'];
    if (Array.isArray(sent)) schema.required = [...new Set([...(schema.required ?? []), ...sent])];
  }
  return copy;
}

/** `generated/schema.d.ts`: openapi-typescript's types, with `format: binary` as `Blob`. */
export async function generateTypes(spec: JsonObject): Promise<string> {
  const ast = await openapiTS(withAlwaysSentRequired(spec) as any, {
    defaultNonNullable: false,
    transform(schema) {
      if (schema.format === 'binary') return BLOB;
      return undefined;
    },
  });
  return `// ${GENERATED_HEADER}\n\n${astToString(ast)}`;
}
