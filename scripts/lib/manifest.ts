import { GENERATED_HEADER, listOperations, pointer, resolveRef, type JsonObject } from './spec.js';

/**
 * `generated/operations.ts`: what the client, the checker and the server need to know about
 * each operation at run time, plus the `x-cf-*` facts, without loading the whole spec.
 */
export function generateManifest(spec: JsonObject): string {
  const operations = Object.fromEntries(
    listOperations(spec).map((op) => {
      const body = op.operation.requestBody;
      const responses = Object.fromEntries(
        Object.entries<any>(op.operation.responses).map(([status, r]) => {
          const response = resolveRef(spec, r);
          const headers = Object.fromEntries(
            Object.entries<any>(response.headers ?? {}).map(([name, h]) => [name.toLowerCase(), { required: Boolean(resolveRef(spec, h).required) }]),
          );
          return [status, { contentTypes: Object.keys(response.content ?? {}), headers }];
        }),
      );
      return [
        op.operationId,
        {
          operationId: op.operationId,
          method: op.method,
          path: op.path,
          summary: op.operation.summary,
          tags: op.operation.tags,
          deprecated: Boolean(op.operation.deprecated),
          parameters: op.parameters.map((p) => ({ name: p.name, in: p.in, required: Boolean(p.required), ...(resolveRef(spec, p.schema).default === undefined ? {} : { default: resolveRef(spec, p.schema).default }) })),
          requestBody: body ? { required: Boolean(body.required), contentType: Object.keys(body.content)[0] } : null,
          responses,
          idempotentWhenPresent: op.operation['x-cf-idempotent-when-present'] ?? null,
        },
      ];
    }),
  );
  const upload = pointer(spec, '#/components/schemas/UploadImageForm');
  const uploadEncoding = spec.paths['/accounts/{account_id}/images/v1'].post.requestBody.content['multipart/form-data'].encoding;
  const facts = {
    serverUrl: spec.servers[0].url,
    metadataFilters: resolveRef(spec, spec.components.parameters.MetadataFilters)['x-cf-metadata-filters'],
    metadataMaxBytes: pointer(spec, '#/components/schemas/Metadata')['x-cf-max-serialized-bytes'],
    expiryWindow: pointer(spec, '#/components/schemas/DirectUploadForm').properties.expiry['x-cf-expiry-window'],
    imageLimits: upload.properties.file['x-cf-image-limits'],
    imageMediaTypes: String(uploadEncoding.file.contentType).split(',').map((s) => s.trim()),
  };
  for (const [name, value] of Object.entries(facts)) if (value === undefined) throw new Error(`spec fact ${name} is missing`);
  return `// ${GENERATED_HEADER}\n\nexport const operations = ${JSON.stringify(operations, null, 2)} as const;\n\nexport type OperationId = keyof typeof operations;\n\nexport const facts = ${JSON.stringify(facts, null, 2)} as const;\n`;
}
