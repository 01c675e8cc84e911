// One reading of ajv's errors for the client, the checker and the server: where the problem is
// (a JSON pointer into the validated value) and what it is, in one wording. Rules ajv can only
// call "must NOT be valid" or "must match exactly one schema" are worded by the spec itself (the
// descriptions of `not` / `oneOf` schemas, generated into `facts.schemaMessages`).
import { facts } from '../../generated/operations.js';
import type { ValidateFunction, ValidationError } from '../../generated/request-validators.js';
import { escapePointerSegment, valueAt } from './pointer.js';

export interface Issue {
  /** Where, as a JSON pointer into the validated value (with the caller's prefix): `/query/per_page`. */
  pointer: string;
  message: string;
  keyword: string;
  schemaPath: string;
}

export interface IssueOptions {
  /** Prepended to every pointer, e.g. `/body`. */
  prefix?: string;
  /** Append `(got <value>)` where the value is at hand; off where values may be secrets (responses). */
  showValues?: boolean;
  /** The validator's key (`uploadImage.body`): a relative schema path is read against its root schema first. */
  validatorKey?: string;
}

const messages: Record<string, string> = facts.schemaMessages;
const roots: Record<string, string> = facts.validatorRoots;
const SCHEMA_ID = /^urn:[^/]*:schemas:([^/]+)(\/.*)?$/;

/** The spec's own wording of a rule, for ajv's `schemaPath` (`urn:…:schemas:Name/not` or a relative `#/not`). */
function specMessage(schemaPath: string, validatorKey: string | undefined): string | undefined {
  const absolute = SCHEMA_ID.exec(schemaPath);
  if (absolute) return messages[`${absolute[1]}#${absolute[2] ?? ''}`];
  if (!schemaPath.startsWith('#')) return undefined;
  const root = validatorKey === undefined ? undefined : roots[validatorKey];
  if (root !== undefined && `${root}${schemaPath}` in messages) return messages[`${root}${schemaPath}`];
  // ajv names a path inside an inlined component relative to that component: any component with the path will do.
  const match = Object.keys(messages).find((k) => k.slice(k.indexOf('#')) === schemaPath);
  return match === undefined ? undefined : messages[match];
}

/** The pointer an ajv error is about: the offending value, or the missing, unexpected or invalid key. */
function errorPointer(error: ValidationError): string {
  const p = error.params as Record<string, unknown>;
  const name =
    error.keyword === 'required'
      ? p.missingProperty
      : error.keyword === 'additionalProperties'
        ? p.additionalProperty
        : error.keyword === 'propertyNames'
          ? p.propertyName
          : undefined;
  return typeof name === 'string' ? `${error.instancePath}/${escapePointerSegment(name)}` : error.instancePath;
}

function wording(error: ValidationError, validatorKey: string | undefined): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed';
    case 'propertyNames':
      return `is not a valid key`;
    case 'enum':
      return Array.isArray(p.allowedValues) ? `must be one of ${p.allowedValues.join(', ')}` : (error.message ?? 'is invalid');
    case 'not':
    case 'oneOf':
    case 'anyOf':
      return specMessage(error.schemaPath, validatorKey) ?? error.message ?? error.keyword;
    default:
      return error.message ?? error.keyword;
  }
}

function preview(value: unknown): string {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `Blob(${value.size} bytes)`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The errors of a failed validation as issues, each reported once: a failed `oneOf`/`anyOf` as
 * itself (not as each branch's failure), a bad key as the key (not as its pattern).
 */
export function issuesOf(errors: readonly ValidationError[] | null | undefined, data: unknown, options: IssueOptions = {}): Issue[] {
  const all = errors ?? [];
  const grouped = all.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'propertyNames').map((e) => `${e.schemaPath}/`);
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const error of all) {
    if (grouped.some((g) => error.schemaPath.startsWith(g))) continue;
    const pointer = errorPointer(error);
    const message = wording(error, options.validatorKey);
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = pointer === error.instancePath && !['not', 'oneOf', 'anyOf'].includes(error.keyword) ? valueAt(data, pointer) : undefined;
    const got = options.showValues !== false && value !== undefined ? ` (got ${preview(value)})` : '';
    out.push({ pointer: `${options.prefix ?? ''}${pointer}`, message: `${message}${got}`, keyword: error.keyword, schemaPath: error.schemaPath });
  }
  return out;
}

/** Runs a generated validator on `data`: `[]` when it conforms, else its issues. */
export function validate(validator: ValidateFunction, data: unknown, options?: IssueOptions): Issue[] {
  return validator(data) ? [] : issuesOf(validator.errors, data, options);
}
