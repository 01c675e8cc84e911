// Requests as they arrive on the wire, read into what the generated validators check: query
// strings typed per parameter (`per_page=10` → 10), exploded object parameters (`meta.*` keys)
// collected, multipart fields typed per form field. For the local server and the proxy.
import { facts, operations, type OperationId } from '../../generated/operations.js';

/** The most a multipart request body may hold: the documented file limit, and some room for the rest of the form. */
export const MULTIPART_BODY_LIMIT = facts.imageLimits.maxBytes + 1024 * 1024;

type Parameter = { name: string; in: string; kind: string; default?: unknown; style?: string; explode?: boolean };
const parametersOf = (operationId: OperationId) => operations[operationId].parameters as readonly Parameter[];

/** A wire string as the JSON type the spec declares, when it reads as one; otherwise unchanged (the validator says why). */
export function coerce(kind: string | undefined, value: string): unknown {
  if (kind === 'integer' && /^-?[0-9]+$/.test(value)) return Number(value);
  if (kind === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** The spec's `default` of an operation parameter. */
export function parameterDefault<T>(operationId: OperationId, name: string): T {
  const value = parametersOf(operationId).find((p) => p.name === name)?.default;
  if (value === undefined) throw new Error(`the spec gives ${operationId} no default for '${name}'`);
  return value as T;
}

/**
 * The query string as the params validator expects it. An exploded `form` object parameter
 * collects the keys that start with its name and a dot (`meta.status[eq]`); undeclared keys are
 * ignored, as the API does.
 */
export function readQuery(operationId: OperationId, search: URLSearchParams): Record<string, unknown> {
  const declared = parametersOf(operationId).filter((p) => p.in === 'query');
  const query: Record<string, unknown> = {};
  for (const [key, value] of search) {
    const object = declared.find((p) => p.kind === 'object' && p.explode !== false && key.startsWith(`${p.name}.`));
    if (object) ((query[object.name] ??= {}) as Record<string, string>)[key] = value;
    else {
      const param = declared.find((p) => p.name === key);
      if (param) query[key] = coerce(param.kind, value);
    }
  }
  return query;
}

/** Multipart fields as the body schema describes them: text parts typed per field, binary parts as Blobs. */
export async function readForm(operationId: OperationId, form: Map<string, FormDataEntryValue>): Promise<Record<string, unknown>> {
  const kinds = (operations[operationId].requestBody?.fields ?? {}) as Record<string, string>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of form) {
    const kind = kinds[name];
    if (kind === 'binary') out[name] = value;
    else out[name] = coerce(kind, typeof value === 'string' ? value : await value.text());
  }
  return out;
}
