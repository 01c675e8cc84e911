// Which images a v2 metadata filter selects, worked out from the spec's filter grammar: the
// operator's value kind (`x-cf-metadata-filters`: a list or one value; string, number, boolean or
// any) and its base name (`eq`/`in` compare values, `gt`/`gte`/`lt`/`lte` bound numbers).
import { filterRules, filterValues, isFilterOperator, scalarKind, splitFilterKey, type FilterOperator } from '../../spec/filters.js';
import { pointerOf, valueAt } from '../../spec/pointer.js';

const BOUNDS: Record<string, (actual: number, bound: number) => boolean> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};
const EQUALITY = new Set(['eq', 'in']);

/** An operator whose values are of `kind` (`eq:string` for `string`). */
export function operatorOfKind(kind: string, base = 'eq'): FilterOperator {
  const found = (Object.keys(filterRules.operators) as FilterOperator[]).find((op) => filterRules.operators[op] === kind && op.split(':')[0] === base);
  if (!found) throw new Error(`the spec has no ${base} metadata filter operator for ${kind} values`);
  return found;
}

/** Whether a metadata value equals a filter value of a scalar kind (`any` takes the metadata value's own type). */
function equals(actual: unknown, value: string, scalar: string): boolean {
  const type = scalar === 'any' ? typeof actual : scalar;
  if (typeof actual !== type) return false;
  if (type === 'number') return value.trim() !== '' && Number(value) === actual;
  return (type === 'string' || type === 'boolean') && String(actual) === value;
}

/** Whether metadata `meta` matches the filter `key=value` (`meta.size[gte]=5`). */
export function matchesFilter(meta: unknown, key: string, value: string): boolean {
  const parts = splitFilterKey(key);
  if (!parts || !isFilterOperator(parts.operator)) throw new Error(`not a metadata filter: ${key}`);
  const kind = filterRules.operators[parts.operator];
  const base = parts.operator.split(':')[0];
  const actual = valueAt(meta, pointerOf(parts.field.split('.')));
  if (base in BOUNDS) return typeof actual === 'number' && BOUNDS[base](actual, Number(value));
  if (!EQUALITY.has(base)) throw new Error(`no rule for the metadata filter operator ${parts.operator}`);
  return filterValues(kind, value).some((v) => equals(actual, v, scalarKind(kind)));
}
