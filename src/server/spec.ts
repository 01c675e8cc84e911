// Read-only views of the generated spec artifacts the server is driven by.
import specJson from '../../generated/openapi.json' with { type: 'json' };
import { facts, operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction, type ValidationError, type ValidatorKey } from '../../generated/validators.js';
import { errorPointer } from '../core/validate.js';
import { resolveSpecRef } from '../contract/spec.js';

export { facts, operations, type OperationId };

type Json = Record<string, any>;
const spec = specJson as unknown as Json;


/** A component schema of the bundled spec (`components.schemas.<name>`), for the limits and patterns it states. */
export function componentSchema(name: string): Json {
  const schema = resolveSpecRef(spec.components?.schemas?.[name]);
  if (!schema) throw new Error(`the spec has no components.schemas.${name}`);
  return schema;
}

/** The spec's `default` of an operation parameter, from the generated manifest (as the client reads it). */
export function parameterDefault<T>(operationId: OperationId, name: string): T {
  const parameters = operations[operationId].parameters as readonly { name: string; default?: unknown }[];
  const value = parameters.find((p) => p.name === name)?.default;
  if (value === undefined) throw new Error(`the spec gives ${operationId} no default for '${name}'`);
  return value as T;
}

export type ParamKind = 'string' | 'integer' | 'number' | 'boolean' | 'object';

/** The declared JSON type of each query parameter of an operation, from the spec. */
export function queryParamKinds(operationId: OperationId): Map<string, ParamKind> {
  return memo(queryKindsCache, operationId, () => computeQueryParamKinds(operationId));
}

const queryKindsCache = new Map<OperationId, Map<string, ParamKind>>();
const bodyKindsCache = new Map<OperationId, Map<string, FieldKind>>();

function memo<V>(cache: Map<OperationId, V>, key: OperationId, compute: () => V): V {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key)!;
}

function computeQueryParamKinds(operationId: OperationId): Map<string, ParamKind> {
  const { path, method } = operations[operationId];
  const item = spec.paths[path];
  const op = item[method.toLowerCase()];
  const out = new Map<string, ParamKind>();
  for (const ref of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = resolveSpecRef(ref);
    if (p.in !== 'query') continue;
    const schema = resolveSpecRef(p.schema) ?? {};
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    out.set(p.name, (type ?? 'string') as ParamKind);
  }
  return out;
}

export function validator(key: string): ValidateFunction | undefined {
  return (validators as Record<string, ValidateFunction>)[key];
}

export function mustValidator(key: ValidatorKey): ValidateFunction {
  return validators[key];
}

/** The response validator for a status: the exact status if documented, else its `4XX`/`5XX` range. */
export function responseValidator(operationId: OperationId, status: number): { key: string; validate: ValidateFunction } | undefined {
  for (const key of [`${operationId}.response.${status}`, `${operationId}.response.${String(status)[0]}XX`]) {
    const v = validator(key);
    if (v) return { key, validate: v };
  }
  return undefined;
}

/** Whether a status is documented for an operation (exact or by range), JSON or not. */
export function isDocumentedStatus(operationId: OperationId, status: number): boolean {
  const responses = operations[operationId].responses as Record<string, unknown>;
  return String(status) in responses || `${String(status)[0]}XX` in responses;
}

/** A readable message naming the failing field, e.g. `query.per_page: must be >= 10`, and its pointer. */
export function describeAjvError(where: string, error: ValidationError | undefined): { message: string; pointer: string } {
  if (!error) return { message: `Invalid ${where}`, pointer: `/${where}` };
  const located = errorPointer(error);
  const pointer = where ? `/${where}${located}` : located;
  const field = pointer.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || 'request';
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') message = 'is not an allowed field';
  if (error.keyword === 'required') message = 'is required';
  if (error.keyword === 'propertyNames' && typeof error.params.propertyName === 'string') message = `has an invalid key '${error.params.propertyName}'`;
  if (error.keyword === 'enum' && Array.isArray(error.params.allowedValues)) message = `must be one of ${error.params.allowedValues.join(', ')}`;
  return { message: `${field}: ${message}`, pointer };
}

export type FieldKind = ParamKind | 'binary';

/** The declared kind of each field of an operation's request body schema (multipart forms are flat). */
export function bodyFieldKinds(operationId: OperationId): Map<string, FieldKind> {
  return memo(bodyKindsCache, operationId, () => computeBodyFieldKinds(operationId));
}

function computeBodyFieldKinds(operationId: OperationId): Map<string, FieldKind> {
  const { path, method } = operations[operationId];
  const content = spec.paths[path][method.toLowerCase()].requestBody?.content ?? {};
  const schema = resolveSpecRef((Object.values(content)[0] as Json | undefined)?.schema) ?? {};
  const out = new Map<string, FieldKind>();
  for (const [name, raw] of Object.entries<Json>(schema.properties ?? {})) {
    let prop = resolveSpecRef(raw);
    while (prop?.allOf && !prop.type) prop = resolveSpecRef(prop.allOf[0]);
    const type = Array.isArray(prop?.type) ? prop.type[0] : prop?.type;
    out.set(name, prop?.format === 'binary' ? 'binary' : ((type ?? 'string') as ParamKind));
  }
  return out;
}
