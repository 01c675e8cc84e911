// A check's spec sources as quotes: `x-cf-rules` entries, the free choices of `x-cf-open` and JSON
// pointers into the spec, each with what the spec says there.
import { facts } from '../../../generated/operations.js';
import { isRuleId, rule, statementAt, type SpecStatement } from '../../spec/statements.js';
import { REGISTRY, type CheckName, type SpecSource } from './registry.js';

export type { SpecStatement } from '../../spec/statements.js';

export function statementOf(source: SpecSource): SpecStatement {
  if (source.startsWith('open:')) {
    const choice = source.slice('open:'.length);
    const text = (facts.openChoices as Record<string, string>)[choice];
    if (text === undefined) throw new Error(`the spec's x-cf-open has no ${choice}`);
    return { pointer: `/x-cf-open/${choice}`, quote: `open: ${text}` };
  }
  if (isRuleId(source)) return rule(source);
  return statementAt(source);
}

/** What the spec says that a check enforces (its registry sources). */
export const statementsOfCheck = (check: CheckName): SpecStatement[] => REGISTRY[check].sources.map(statementOf);
