// Which documented response a status falls under. The one rule, for the client, the checker and
// the server: the exact status, else its range (`4XX`), else `default`.
import { operations, type OperationId } from '../../generated/operations.js';

type Responses = Record<string, { contentTypes: readonly string[]; headers: Record<string, { required: boolean }> }>;

/** The documented responses of an operation, keyed as in the spec (`200`, `404`, `4XX`). */
export const responsesOf = (operationId: string): Responses | undefined => (operations as Record<string, { responses: Responses }>)[operationId]?.responses;

/** The documented response key for `status` (`'404'`, else `'4XX'`, else `'default'`), or undefined. */
export function responseKeyFor(operationId: string, status: number): string | undefined {
  const responses = responsesOf(operationId);
  if (!responses) return undefined;
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact.charAt(0)}XX`;
  if (range in responses) return range;
  if ('default' in responses) return 'default';
  return undefined;
}

/** The validator key of the documented response for `status`, e.g. `getImage.response.4XX`. */
export function responseValidatorKey(operationId: OperationId | string, status: number): string | undefined {
  const key = responseKeyFor(operationId, status);
  return key === undefined ? undefined : `${operationId}.response.${key}`;
}
