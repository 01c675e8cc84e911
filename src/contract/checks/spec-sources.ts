// A check's spec sources as quotes: `x-cf-rules` entries, the free choices of `x-cf-open` and JSON
// pointers into the spec, each with what the spec says there.
import { facts, operations, type OperationId } from '../../../generated/operations.js';
import { isRuleId, operationPointer, rule, statementAt, type SpecStatement } from '../../spec/statements.js';

const isOperationId = (id: string): id is OperationId => Object.prototype.hasOwnProperty.call(operations, id);
import { REGISTRY, type CheckName, type SpecSource } from './registry.js';

export type { SpecStatement } from '../../spec/statements.js';

/** A statement of the spec; the `operation:` sources need the operation that failed (without it, none). */
export function statementOf(source: SpecSource, operationId?: string): SpecStatement | undefined {
  if (source === 'operation:responses' || source === 'operation:request') {
    if (!operationId || !isOperationId(operationId)) return undefined;
    const at = operationPointer(operationId);
    if (source === 'operation:responses') return statementAt(`${at}/responses`);
    const quote = `${operationId}: ${operations[operationId].method} ${operations[operationId].path}, its parameters and request body as the spec states them`;
    return { pointer: at, quote };
  }
  if (source.startsWith('open:')) {
    const choice = source.slice('open:'.length);
    const text = (facts.openChoices as Record<string, string>)[choice];
    if (text === undefined) throw new Error(`the spec's x-cf-open has no ${choice}`);
    return { pointer: `/x-cf-open/${choice}`, quote: `open: ${text}` };
  }
  if (isRuleId(source)) return rule(source);
  return statementAt(source);
}

/** What the spec says that a check enforces (its registry sources), for a failure of `operationId`. */
export const statementsOfCheck = (check: CheckName, operationId?: string): SpecStatement[] =>
  REGISTRY[check].sources.map((s: SpecSource) => statementOf(s, operationId)).filter((s): s is SpecStatement => s !== undefined);

/** Every statement of `sources` (the model phase's and scenarios' own). */
export const statementsOf = (sources: readonly SpecSource[], operationId?: string): SpecStatement[] =>
  sources.map((s) => statementOf(s, operationId)).filter((s): s is SpecStatement => s !== undefined);
