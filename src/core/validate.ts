import type { ValidateFunction } from '../../generated/request-validators.js';
import { issuesOf } from '../spec/issues.js';
import type { ValidationIssue } from './errors.js';

/**
 * Runs a generated validator; returns its errors as the client's issues, located under `prefix`
 * (e.g. `/body`) and worded as everywhere else (src/spec/issues.ts).
 */
export function validationIssues(validate: ValidateFunction, data: unknown, prefix = '', validatorKey?: string): ValidationIssue[] {
  if (validate(data)) return [];
  return issuesOf(validate.errors, data, { prefix, validatorKey }).map(({ pointer, message }) => ({ pointer, message }));
}
