import { schemaFacts } from './schema-facts.js';
import { GENERATED_HEADER, listOperations, pointer, resolveRef, type JsonObject } from './spec.js';

/** The JSON type a parameter or form field is read as from the wire (its schema's first `type`). */
function kindOf(spec: JsonObject, schema: unknown): string {
  let node = resolveRef(spec, schema);
  while (node && !node.type && Array.isArray(node.allOf)) node = resolveRef(spec, node.allOf[0]);
  if (node?.format === 'binary') return 'binary';
  const type = Array.isArray(node?.type) ? node.type[0] : node?.type;
  return typeof type === 'string' ? type : 'string';
}

/** Whether a path parameter's schema admits `/` (a custom image ID with subpaths): it may span segments. */
function admitsSlash(spec: JsonObject, schema: unknown): boolean {
  let node: JsonObject | undefined = resolveRef(spec, schema);
  // Through `allOf`s to the first part that states a pattern (a `not` beside it forbids, it does not admit).
  while (node && !node.pattern && Array.isArray(node.allOf))
    node = node.allOf.map((part: unknown) => resolveRef(spec, part)).find((part: JsonObject | undefined) => part?.pattern || Array.isArray(part?.allOf));
  return typeof node?.pattern === 'string' && new RegExp(node.pattern, 'u').test('a/b');
}

function parameterEntry(spec: JsonObject, p: JsonObject) {
  const schema = resolveRef(spec, p.schema);
  return {
    name: p.name,
    in: p.in,
    required: Boolean(p.required),
    kind: kindOf(spec, p.schema),
    ...(schema.default === undefined ? {} : { default: schema.default }),
    ...(p.style === undefined ? {} : { style: p.style }),
    ...(p.explode === undefined ? {} : { explode: p.explode }),
    ...(p.in === 'path' && admitsSlash(spec, p.schema) ? { spansSegments: true } : {}),
  };
}

function requestBodyEntry(spec: JsonObject, body: JsonObject | undefined) {
  if (!body) return null;
  const [contentType, media] = Object.entries<JsonObject>(body.content)[0];
  const schema = resolveRef(spec, media.schema);
  const ref = typeof media.schema?.$ref === 'string' ? String(media.schema.$ref) : undefined;
  return {
    required: Boolean(body.required),
    contentType,
    schema: ref?.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : null,
    fields: Object.fromEntries(Object.entries<unknown>(schema.properties ?? {}).map(([name, field]) => [name, kindOf(spec, field)])),
  };
}

const escape = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * Every `x-cf-rules` entry of the spec (the API's behaviour the schemas cannot state), keyed
 * `<operationId>.<rule>` (or `delivery.<rule>` for the delivery URLs' rules on `Image.variants`),
 * with the JSON pointer where the spec states it: checks cite them in every failure.
 */
function specRules(spec: JsonObject): Record<string, { statement: string; source: string; pointer: string }> {
  const rules: Record<string, { statement: string; source: string; pointer: string }> = {};
  const add = (prefix: string, at: string, found: Record<string, { statement: string; source: string }> | undefined) => {
    for (const [name, rule] of Object.entries(found ?? {}))
      rules[`${prefix}.${name}`] = { statement: rule.statement, source: rule.source, pointer: `${at}/x-cf-rules/${escape(name)}` };
  };
  for (const op of listOperations(spec)) add(op.operationId, `/paths/${escape(op.path)}/${op.method.toLowerCase()}`, op.operation['x-cf-rules']);
  add('delivery', '/components/schemas/Image/properties/variants', pointer(spec, '#/components/schemas/Image').properties.variants['x-cf-rules']);
  return rules;
}

/**
 * `generated/operations.ts`: what the client, the checker and the server need to know about
 * each operation at run time, plus the `x-cf-*` facts, without loading the whole spec.
 */
export function generateManifest(spec: JsonObject): string {
  const operations = Object.fromEntries(
    listOperations(spec).map((op) => {
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
          parameters: op.parameters.map((p) => parameterEntry(spec, p)),
          requestBody: requestBodyEntry(spec, op.operation.requestBody),
          responses,
          idempotentWhenPresent: op.operation['x-cf-idempotent-when-present'] ?? null,
        },
      ];
    }),
  );
  const upload = pointer(spec, '#/components/schemas/UploadImageForm');
  const uploadEncoding = spec.paths['/accounts/{account_id}/images/v1'].post.requestBody.content['multipart/form-data'].encoding;
  const filterSchema = pointer(spec, '#/components/schemas/MetadataFilters');
  const facts = {
    serverUrl: spec.servers[0].url,
    metadataFilters: {
      ...resolveRef(spec, spec.components.parameters.MetadataFilters)['x-cf-metadata-filters'],
      /** The whole key grammar: the schema's `propertyNames.pattern`. */
      keyPattern: filterSchema.propertyNames?.pattern,
      /** Value rules per operator: the schema's `patternProperties` (key pattern → value pattern / enum). */
      valueRules: Object.entries<JsonObject>(filterSchema.patternProperties ?? {}).map(([key, rule]) => ({
        key,
        ...(rule.pattern === undefined ? {} : { pattern: rule.pattern }),
        ...(rule.enum === undefined ? {} : { enum: rule.enum }),
      })),
    },
    metadataMaxBytes: pointer(spec, '#/components/schemas/Metadata')['x-cf-max-serialized-bytes'],
    expiryWindow: pointer(spec, '#/components/schemas/DirectUploadForm').properties.expiry['x-cf-expiry-window'],
    imageLimits: upload.properties.file['x-cf-image-limits'],
    defaultVariant: pointer(spec, '#/components/schemas/VariantMap')['x-cf-default-variant'],
    imageMediaTypes: String(uploadEncoding.file.contentType)
      .split(',')
      .map((s) => s.trim()),
    rules: specRules(spec),
    openChoices: spec['x-cf-open'],
    rateLimit: spec['x-cf-rate-limit'],
    ...schemaFacts(spec),
  };
  for (const [name, value] of Object.entries(facts)) if (value === undefined) throw new Error(`spec fact ${name} is missing`);
  if (!facts.metadataFilters.keyPattern) throw new Error('spec fact metadataFilters.keyPattern (MetadataFilters.propertyNames.pattern) is missing');
  return `// ${GENERATED_HEADER}\n\nexport const operations = ${JSON.stringify(operations, null, 2)} as const;\n\nexport type OperationId = keyof typeof operations;\n\nexport const facts = ${JSON.stringify(facts, null, 2)} as const;\n`;
}
