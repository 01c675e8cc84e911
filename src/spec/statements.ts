// What the spec states, quoted: a check's expectation cites where the spec says it (a JSON pointer
// into the bundled spec, or an `x-cf-rules` entry), and every failure quotes that statement.
import spec from '../../generated/openapi.json' with { type: 'json' };
import { facts } from '../../generated/operations.js';
import { segmentsOf } from './pointer.js';

export type RuleId = keyof typeof facts.rules;

/** A statement of the spec: where it is (a JSON pointer into the spec) and what it says. */
export interface SpecStatement {
  pointer: string;
  quote: string;
}

/** An `x-cf-rules` entry: the API's behaviour as the spec states it, with its source. */
export function rule(id: RuleId): SpecStatement {
  const found = facts.rules[id];
  return { pointer: found.pointer, quote: `${found.statement} (${found.source})` };
}

export const isRuleId = (id: string): id is RuleId => Object.prototype.hasOwnProperty.call(facts.rules, id);

/** The node at a JSON pointer of the bundled spec (undefined when there is none). */
function nodeAt(pointer: string): unknown {
  let node: unknown = spec;
  for (const key of segmentsOf(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const MAX_QUOTE = 240;
const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
};

/**
 * The statement at a JSON pointer of the spec, quoted: a text as it is; an `x-cf-rules` entry's
 * statement; a responses object as the statuses it documents; an object's `description`; else
 * the value itself, compactly. Throws for a pointer the spec does not have (a check citing a
 * statement the spec no longer makes is a bug of the check).
 */
export function statementAt(pointer: string): SpecStatement {
  const node = nodeAt(pointer);
  if (node === undefined) throw new Error(`the spec has nothing at ${pointer}`);
  const quote = (): string => {
    if (typeof node === 'string') return node;
    if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.statement === 'string') return `${n.statement}${typeof n.source === 'string' ? ` (${n.source})` : ''}`;
      if (pointer.endsWith('/responses')) return `documents ${Object.keys(n).join(', ')}`;
      if (typeof n.description === 'string') return n.description;
    }
    return JSON.stringify(node);
  };
  return { pointer, quote: clip(quote()) };
}

/** `/paths/<path>/<method>` of an operation, for pointers into it. */
export function operationPointer(operationId: string): string {
  for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, { operationId?: string }>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation && typeof operation === 'object' && operation.operationId === operationId)
        return `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method}`;
    }
  }
  throw new Error(`the spec has no operation ${operationId}`);
}
