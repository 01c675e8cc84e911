// The v2 list's metadata-filter grammar, as the spec states it: query keys
// `meta.<field>[<operator>]` (the MetadataFilters schema's `propertyNames.pattern`), value rules per
// operator (its `patternProperties`) and the limits of `x-cf-metadata-filters`. The client's filter
// builder and the local server's parser both read it from here.
import { facts } from '../../generated/operations.js';

export const filterRules = facts.metadataFilters;
export type FilterOperator = keyof typeof filterRules.operators;
export type FilterValueKind = (typeof filterRules.operators)[FilterOperator];
/** The kind of one value: `any`, `string`, `number` or `boolean`. */
export type ScalarKind = Exclude<FilterValueKind, `${string}-list`>;

const LIST = /-list$/;

/** Whether an operator of this kind takes a list of values (`in`: `any-list`). */
export const isListKind = (kind: string) => LIST.test(kind);

/** The kind of each value of `kind`: `number-list` → `number`, `string` → `string`. */
export const scalarKind = (kind: FilterValueKind) => kind.replace(LIST, '') as ScalarKind;

/** A list value's items, split on the grammar's separator (`a|b` → `a`, `b`). */
export const splitListValue = (value: string) => value.split(filterRules.listSeparator);

/** Items written as one list value (`a`, `b` → `a|b`). */
export const joinListValue = (values: readonly unknown[]) => values.map(String).join(filterRules.listSeparator);

/** The values of a filter of `kind`: a list value's items, or the one value. */
export const filterValues = (kind: string, raw: string) => (isListKind(kind) ? splitListValue(raw) : [raw]);

const KEY_GRAMMAR = new RegExp(filterRules.keyPattern, 'u');
const VALUE_RULES = filterRules.valueRules.map((r) => ({
  key: new RegExp(r.key, 'u'),
  pattern: 'pattern' in r ? new RegExp(r.pattern, 'u') : undefined,
  enum: 'enum' in r ? (r.enum as readonly string[]) : undefined,
}));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The form `<prefix><field>[<operator>]`, to name what is wrong with a key the grammar refuses. */
const KEY_FORM = new RegExp(`^${escape(filterRules.keyPrefix)}(.*)\\[([^\\]]*)\\]$`);

export const filterKey = (field: string, operator: string) => `${filterRules.keyPrefix}${field}[${operator}]`;

/** The field and operator of a key of the form `meta.<field>[<operator>]` (valid or not), or undefined. */
export function splitFilterKey(key: string): { field: string; operator: string } | undefined {
  const match = KEY_FORM.exec(key);
  return match ? { field: match[1], operator: match[2] } : undefined;
}

export const isFilterOperator = (operator: string): operator is FilterOperator => Object.hasOwn(filterRules.operators, operator);

/** Whether the whole key is valid: the spec's key grammar (field segments, depth, operator). */
export const isValidFilterKey = (key: string) => KEY_GRAMMAR.test(key);

/** A field path segment is valid when a key made of it alone is valid. */
export const isValidFieldSegment = (segment: string) => !segment.includes('.') && KEY_GRAMMAR.test(filterKey(segment, 'eq'));

/** Whether `raw` passes every value rule of the spec whose key pattern matches `key`. */
export const isAllowedFilterValue = (key: string, raw: string) =>
  VALUE_RULES.every((r) => !r.key.test(key) || ((!r.pattern || r.pattern.test(raw)) && (!r.enum || r.enum.includes(raw))));

/** A number as the spec writes filter values: the value pattern of the single-number operators (`gt`). */
export const FILTER_NUMBER: RegExp = (() => {
  const rule = VALUE_RULES.find((r) => r.key.test(filterKey('x', 'gt')));
  if (!rule?.pattern) throw new Error('the spec states no number pattern for metadata filter values');
  return rule.pattern;
})();

/** The typed form of an untyped `eq`/`in` for values of one JSON type, when the spec has it (`in:boolean` it has not). */
export function typedOperator(operator: string, type: string): FilterOperator | undefined {
  const typed = `${operator}:${type}`;
  return isFilterOperator(typed) ? typed : undefined;
}
