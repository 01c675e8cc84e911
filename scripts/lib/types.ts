import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { GENERATED_HEADER, type JsonObject } from './spec.js';

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/** `generated/schema.d.ts`: openapi-typescript's types, with `format: binary` as `Blob`. */
export async function generateTypes(spec: JsonObject): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as any, {
    defaultNonNullable: false,
    transform(schema) {
      if (schema.format === 'binary') return BLOB;
      return undefined;
    },
  });
  return `// ${GENERATED_HEADER}\n\n${astToString(ast)}`;
}
