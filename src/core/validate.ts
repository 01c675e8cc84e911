import type { ValidateFunction, ValidationError } from '../../generated/request-validators.js';
import type { ValidationIssue } from './errors.js';

export const escapePointerSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON pointer an ajv error is about: the offending value, or the missing or unexpected property. */
export function errorPointer(error: ValidationError): string {
  const name = error.keyword === 'required' ? error.params.missingProperty : error.keyword === 'additionalProperties' ? error.params.additionalProperty : undefined;
  return typeof name === 'string' ? `${error.instancePath}/${escapePointerSegment(name)}` : error.instancePath;
}

/** The value at a JSON pointer in `data` (own properties only), or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Runs a generated validator; returns its errors as issues located under `prefix` (e.g. `/body`). */
export function issuesOf(validate: ValidateFunction, data: unknown, prefix = ''): ValidationIssue[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A failed oneOf/anyOf is reported once, not as the failures of each of its branches.
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  return errors
    .filter((e) => !combinators.some((c) => e.schemaPath.startsWith(c)))
    .map((e) => {
      const pointer = errorPointer(e);
      const located = pointer !== e.instancePath;
      const value = located ? undefined : valueAt(data, pointer);
      const got = value === undefined ? '' : ` (got ${preview(value)})`;
      const what = e.keyword === 'required' ? 'is required' : e.keyword === 'additionalProperties' ? 'is not allowed' : (e.message ?? e.keyword);
      return { pointer: `${prefix}${pointer}`, message: `${what}${got}` };
    });
}

function preview(value: unknown): string {
  if (value instanceof Blob) return `Blob(${value.size} bytes)`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
