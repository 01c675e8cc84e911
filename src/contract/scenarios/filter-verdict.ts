// Which images a v2 metadata filter must select, may select, or must leave out, from the spec's
// filter grammar (each operator's value kind in `x-cf-metadata-filters`). The pages do not say
// whether an untyped `eq` / `in` compares as the metadata value's own type or as text
// (`open:untyped-equality`): where the two readings disagree, either answer conforms.
import { filterKey, filterRules, joinListValue, type FilterOperator } from '../../spec/filters.js';
import { pointerOf, valueAt } from '../../spec/pointer.js';
import { matchesFilter } from './filter-oracle.js';

export type Verdict = 'yes' | 'no' | 'either';

export interface FilterChoice {
  field: string;
  operator: FilterOperator;
  values: readonly string[];
}

export const filterQueryKey = (f: FilterChoice) => filterKey(f.field, f.operator);
export const filterQueryValue = (f: FilterChoice) => joinListValue(f.values);

/** The untyped reading as text: the metadata value written as a string equals one of the values. */
function asText(meta: unknown, f: FilterChoice): boolean {
  const actual = valueAt(meta, pointerOf(f.field.split('.')));
  if (actual === null || actual === undefined || typeof actual === 'object') return false;
  return f.values.some((v) => String(actual) === v);
}

export function verdict(meta: unknown, f: FilterChoice): Verdict {
  const typed = matchesFilter(meta, filterQueryKey(f), filterQueryValue(f));
  const kind: string = filterRules.operators[f.operator];
  if (!kind.startsWith('any')) return typed ? 'yes' : 'no';
  const text = asText(meta, f);
  return typed === text ? (typed ? 'yes' : 'no') : 'either';
}
