import type { ValidateFunction } from '../../generated/request-validators.js';
import type { ValidationIssue } from './errors.js';

/** Runs a generated validator; returns its errors as issues located under `prefix` (e.g. `/body`). */
export function issuesOf(validate: ValidateFunction, data: unknown, prefix = ''): ValidationIssue[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A failed oneOf/anyOf is reported once, not as the failures of each of its branches.
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => !combinators.some((c) => e.schemaPath.startsWith(c))).map((e) => {
    const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
    const extra = e.keyword === 'additionalProperties' ? `/${String(e.params.additionalProperty)}` : '';
    const pointer = `${prefix}${e.instancePath}${missing}${extra}`;
    const value = missing ? undefined : valueAt(data, e.instancePath);
    const got = value === undefined || missing || extra ? '' : ` (got ${preview(value)})`;
    const what = missing ? 'is required' : extra ? 'is not allowed' : (e.message ?? e.keyword);
    return { pointer, message: `${what}${got}` };
  });
}

function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, key) => (node == null ? undefined : node[key]), data);
}

function preview(value: unknown): string {
  if (value instanceof Blob) return `Blob(${value.size} bytes)`;
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
