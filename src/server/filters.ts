// v2 list metadata filters: `meta.<path>[<operator>]=<value>` query keys, parsed with the spec's
// grammar (src/spec/filters.ts) into the documented 5400 messages, and matched against metadata.
import { escapePointerSegment } from '../spec/pointer.js';
import {
  FILTER_NUMBER,
  filterRules as rules,
  filterValues,
  isAllowedFilterValue,
  isFilterOperator,
  isValidFieldSegment,
  isValidFilterKey,
  scalarKind,
  splitFilterKey,
  type FilterOperator,
  type FilterValueKind,
} from '../spec/filters.js';
import { badRequest } from './errors.js';
import type { StoredImage } from './state.js';

export interface MetadataFilter {
  key: string;
  path: string[];
  operator: FilterOperator;
  kind: FilterValueKind;
  values: string[];
  /** How an untyped `eq` / `in` compares (default: by the metadata value's type); the text-equality variation sets it. */
  untypedEquals?: (actual: unknown, value: string) => boolean;
}

const fail = (message: string, key?: string) => badRequest(message, key ? `/query/${escapePointerSegment(key)}` : undefined);
const malformed = (key: string) => fail(`Invalid metadata filter: '${key}' must have the form 'meta.<field>[<operator>]'`, key);

/** Parses and checks the filters against the documented limits; errors are 400s with code 5400. */
export function parseFilters(meta: Record<string, string>): MetadataFilter[] {
  const keys = Object.keys(meta);
  if (keys.length > rules.maxFilters) throw fail(`Too many metadata filters: ${keys.length} provided, maximum ${rules.maxFilters} allowed`);
  return keys.map((key) => {
    const parts = splitFilterKey(key);
    if (!parts) throw malformed(key);
    const { field, operator } = parts;
    if (!isFilterOperator(operator)) throw fail(`Unsupported metadata filter operator: '${operator}'`, key);
    const path = field.split('.');
    if (path.length > rules.maxDepth)
      throw fail(`Metadata filter field too deep: '${field}' has ${path.length} levels, maximum ${rules.maxDepth} allowed`, key);
    if (!path.every(isValidFieldSegment))
      throw fail(`Invalid metadata filter field: '${field}' (segments are letters, digits, '_' and '-', separated by '.')`, key);
    if (!isValidFilterKey(key)) throw malformed(key);
    const kind = rules.operators[operator];
    const raw = meta[key];
    const values = filterValues(kind, raw);
    if (values.length > rules.maxListValues)
      throw fail(`Too many metadata filter values: ${values.length} provided for '${key}', maximum ${rules.maxListValues} allowed`, key);
    const scalar = scalarKind(kind);
    for (const value of values) {
      if (scalar === 'number' && !FILTER_NUMBER.test(value)) throw fail(`Invalid metadata filter value: '${value}' for '${key}' is not a number`, key);
      if (scalar === 'boolean' && value !== 'true' && value !== 'false')
        throw fail(`Invalid metadata filter value: '${value}' for '${key}' is not 'true' or 'false'`, key);
    }
    if (!isAllowedFilterValue(key, raw)) throw fail(`Invalid metadata filter value: '${raw}' for '${key}'`, key);
    return { key, path, operator, kind, values };
  });
}

function lookup(meta: unknown, path: string[]): unknown {
  let node = meta;
  for (const segment of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** `eq`/`in` without a type match a string, number or boolean by its value. */
function equalsAny(actual: unknown, value: string): boolean {
  if (typeof actual === 'string') return actual === value;
  if (typeof actual === 'number') return FILTER_NUMBER.test(value) && Number(value) === actual;
  if (typeof actual === 'boolean') return String(actual) === value;
  return false;
}

function compare(operator: FilterOperator, actual: number, bound: number): boolean {
  switch (operator.split(':')[0]) {
    case 'gt':
      return actual > bound;
    case 'gte':
      return actual >= bound;
    case 'lt':
      return actual < bound;
    case 'lte':
      return actual <= bound;
    default:
      return false;
  }
}

function matchOne(filter: MetadataFilter, meta: unknown): boolean {
  const actual = lookup(meta, filter.path);
  if (actual === undefined) return false;
  const base = filter.operator.split(':')[0];
  if (base === 'eq' || base === 'in') {
    return filter.values.some((value) => {
      switch (scalarKind(filter.kind)) {
        case 'string':
          return typeof actual === 'string' && actual === value;
        case 'number':
          return typeof actual === 'number' && actual === Number(value);
        case 'boolean':
          return typeof actual === 'boolean' && String(actual) === value;
        default:
          return (filter.untypedEquals ?? equalsAny)(actual, value);
      }
    });
  }
  return typeof actual === 'number' && compare(filter.operator, actual, Number(filter.values[0]));
}

/** Filters are ANDed. */
export function matchesAll(filters: MetadataFilter[], meta: unknown): boolean {
  return filters.every((f) => matchOne(f, meta));
}

/** `creator=""` selects images without a creator. */
export function matchesCreator(image: StoredImage, creator: string | undefined): boolean {
  if (creator === undefined) return true;
  if (creator === '') return image.creator === null || image.creator === '';
  return image.creator === creator;
}
