// An operation as the generators and the request rules read it: its parameters with their
// schemas and how each travels (a path segment or query value is text the server types back; an
// exploded object parameter spreads into query keys), its request body, and which names it
// creates or deletes.
import { operations, type OperationId } from '../../../generated/operations.js';
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { flatten, type FlatSchema, type Schema } from './schema.js';

/** The Case model's name for the target's own account: the engine fills it, cases only break it. */
export const TARGET_PARAMETER = 'account_id';

export interface ParameterModel {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
  /** The JSON type the server reads the text back as (`integer` for per_page). */
  kind: string;
  /** An exploded `form` object: its keys are query keys themselves (`meta.status[eq]`). */
  exploded: boolean;
  /** The parameter's own object (its `x-cf-*` extensions, `examples`). */
  spec: Json;
}

interface BodyModel {
  contentType: string;
  multipart: boolean;
  required: boolean;
  schema: Schema;
  /** Form field → the JSON type the server reads it back as (`binary` for a file part). */
  fieldKinds: Record<string, string>;
  /** Form field → the media types its part may have (`encoding.<field>.contentType`). */
  partTypes: Record<string, string[]>;
  /** The named request examples. */
  examples: { name: string; value: unknown }[];
}

export interface OperationModel {
  operationId: OperationId;
  method: string;
  /** GET/HEAD: a positive case may address any resource; other methods change what they address. */
  safe: boolean;
  /** PUT and DELETE act on the resource their path names; POST creates from its body. */
  actsOnPath: boolean;
  parameters: ParameterModel[];
  body?: BodyModel;
  /**
   * Query parameters named like a value the operation's success response hands back
   * (`continuation_token`): tokens the server issues, so generation makes none up for a positive case.
   */
  serverIssued: Set<string>;
}

const models = new Map<string, OperationModel>();
type ManifestParameter = { name: string; in: string; required: boolean; kind: string; explode?: boolean };

function specParameters(operationId: string): Json[] {
  const { pathItem, operation } = specOperation(operationId);
  const byKey = new Map<string, Json>();
  for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map(resolveRef)) byKey.set(`${p.in}:${p.name}`, p);
  return [...byKey.values()];
}

/** Names of the object properties of a schema, all the way down (not into arrays). */
function propertyNames(schema: Schema, into = new Set<string>(), seen = new Set<object>()): Set<string> {
  const flat = flatten(schema);
  if (seen.has(flat)) return into;
  seen.add(flat);
  for (const [name, property] of Object.entries<Schema>(flat.properties)) {
    into.add(name);
    propertyNames(property, into, seen);
  }
  return into;
}

function successNames(operation: Json): Set<string> {
  const [, response] = Object.entries<Json>(operation.responses ?? {}).find(([status]) => /^2/.test(status)) ?? [];
  const schema = response ? resolveRef(response).content?.['application/json']?.schema : undefined;
  return schema ? propertyNames(schema) : new Set();
}

function bodyModel(operationId: OperationId, operation: Json): BodyModel | undefined {
  const declared = operations[operationId].requestBody;
  if (!declared) return undefined;
  const requestBody = resolveRef(operation.requestBody);
  const media = requestBody.content[declared.contentType];
  const partTypes = Object.fromEntries(
    Object.entries<Json>(media.encoding ?? {}).map(([field, e]) => [
      field,
      String(e.contentType ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ]),
  );
  const examples = [
    ...Object.entries<Json>(media.examples ?? {}).map(([name, e]) => ({ name, value: resolveRef(e).value })),
    ...('example' in media ? [{ name: 'example', value: media.example }] : []),
  ];
  return {
    contentType: declared.contentType,
    multipart: declared.contentType === 'multipart/form-data',
    required: declared.required,
    schema: media.schema,
    fieldKinds: declared.fields as Record<string, string>,
    partTypes,
    examples,
  };
}

export function operationModel(operationId: OperationId): OperationModel {
  const cached = models.get(operationId);
  if (cached) return cached;
  const manifest = operations[operationId];
  const { operation } = specOperation(operationId);
  const specParams = specParameters(operationId);
  const parameters = (manifest.parameters as readonly ManifestParameter[]).map((p): ParameterModel => {
    const spec = specParams.find((s) => s.name === p.name && s.in === p.in);
    return {
      name: p.name,
      in: p.in as 'path' | 'query',
      required: p.required,
      schema: spec.schema,
      kind: p.kind,
      exploded: p.kind === 'object' && p.explode !== false,
      spec,
    };
  });
  const returned = successNames(operation);
  const method: string = manifest.method;
  const model: OperationModel = {
    operationId,
    method,
    safe: method === 'GET' || method === 'HEAD',
    actsOnPath: method === 'PUT' || method === 'DELETE',
    parameters,
    body: bodyModel(operationId, operation),
    serverIssued: new Set(parameters.filter((p) => p.in === 'query' && returned.has(p.name)).map((p) => p.name)),
  };
  models.set(operationId, model);
  return model;
}

export const operationIds = () => Object.keys(operations) as OperationId[];

/**
 * Component schemas that name a resource: those of the operations' path parameters (the target's
 * account aside), and every schema built on one (CustomImageId on ImageId). Generated values of
 * these start with the run's tag.
 */
const identifierSchemas: ReadonlySet<string> = new Set(
  operationIds().flatMap((id) =>
    specParameters(id)
      .filter((p) => p.in === 'path' && p.name !== TARGET_PARAMETER)
      .flatMap((p) => flatten(p.schema).refs),
  ),
);

export const isIdentifier = (flat: FlatSchema) => flat.refs.some((r) => identifierSchemas.has(r));
