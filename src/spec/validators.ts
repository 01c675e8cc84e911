// The generated validators of parameters, bodies and every documented response, by key. Not for
// the client (it carries only generated/request-validators.js).
import { validators, type ValidateFunction, type ValidatorKey } from '../../generated/validators.js';
import { responseValidatorKey } from './responses.js';

export type { ValidateFunction, ValidatorKey };

export const validatorFor = (key: string): ValidateFunction | undefined => (validators as Record<string, ValidateFunction>)[key];

export function mustValidator(key: ValidatorKey): ValidateFunction {
  return validators[key];
}

/** The validator of the documented JSON response for a status (exact, else its range), with its key. */
export function responseValidator(operationId: string, status: number): { key: string; validate: ValidateFunction } | undefined {
  const key = responseValidatorKey(operationId, status);
  const validate = key === undefined ? undefined : validatorFor(key);
  return key && validate ? { key, validate } : undefined;
}
