import { ImagesValidationError, type ValidationIssue } from '../../core/errors.js';
import {
  FILTER_NUMBER,
  filterKey,
  filterRules as rules,
  isListKind,
  isValidFieldSegment,
  joinListValue,
  scalarKind,
  typedOperator,
  type FilterValueKind,
} from '../../spec/filters.js';
import { escapePointerSegment } from '../../spec/pointer.js';

type Operators = typeof rules.operators;
type Scalar = string | number | boolean;
type ValueOfKind = {
  any: Scalar;
  string: string;
  number: number;
  boolean: boolean;
  'any-list': readonly Scalar[];
  'string-list': readonly string[];
  'number-list': readonly number[];
};

/** The conditions on one metadata field: `{ eq: 'active' }`, `{ in: ['eu', 'us'] }`, `{ gte: 4 }`. */
export type FilterCondition = { [Op in keyof Operators]?: ValueOfKind[Operators[Op]] };

/**
 * Metadata filters keyed by field path (nested with `.`), e.g.
 * `{ status: { eq: 'active' }, 'region.name': { in: ['eu', 'us'] }, rating: { gte: 4 } }`.
 */
export type MetadataFilters = Record<string, FilterCondition>;

const typeOf = (v: Scalar) => typeof v as 'string' | 'number' | 'boolean';

/**
 * `eq`/`in` without a type get the type of their value, as the API documents (`eq: 'x'` →
 * `eq:string`), where the spec has that typed operator (it has no `in:boolean`).
 */
function explicitOperator(op: string, value: Scalar | readonly Scalar[]): string {
  const values = Array.isArray(value) ? value : [value];
  const types = new Set(values.map(typeOf));
  if (types.size !== 1 || (op === 'eq') === Array.isArray(value)) return op;
  return typedOperator(op, [...types][0]) ?? op;
}

function checkValue(kind: FilterValueKind, value: unknown): string | undefined {
  const list = isListKind(kind);
  if (list !== Array.isArray(value)) return list ? 'needs a list of values' : 'needs a single value, not a list';
  const values: unknown[] = list ? (value as unknown[]) : [value];
  const scalar = scalarKind(kind);
  if (list && values.length === 0) return 'needs at least one value';
  if (list && values.length > rules.maxListValues) return `has ${values.length} values; at most ${rules.maxListValues} are allowed`;
  for (const v of values) {
    const t = typeof v;
    if (scalar === 'any' ? !['string', 'number', 'boolean'].includes(t) : t !== scalar)
      return `needs ${scalar === 'any' ? 'string, number or boolean' : scalar} values (got ${JSON.stringify(v)})`;
    if (t === 'number' && !FILTER_NUMBER.test(String(v))) return `needs numbers written as plain decimals (got ${v})`;
    if (list && t === 'string' && (v as string).includes(rules.listSeparator))
      return `values cannot contain "${rules.listSeparator}" (got ${JSON.stringify(v)})`;
  }
  return undefined;
}

/**
 * Turns typed filters into the API's query keys, `{'meta.status[eq:string]': 'active'}`,
 * enforcing the spec's limits (operators, value types, count, depth, list length).
 */
export function serializeFilters(filters: MetadataFilters, operationId = 'listImagesV2'): Record<string, string> {
  const issues: ValidationIssue[] = [];
  const out: Record<string, string> = {};
  for (const [field, condition] of Object.entries(filters)) {
    const base = `/query/meta/${escapePointerSegment(field)}`;
    const segments = field.split('.');
    if (segments.length > rules.maxDepth) issues.push({ pointer: base, message: `nests ${segments.length} levels; at most ${rules.maxDepth} are allowed` });
    if (segments.some((s) => !isValidFieldSegment(s)))
      issues.push({ pointer: base, message: 'field path segments may use only letters, digits, "_" and "-", separated by "."' });
    for (const [op, value] of Object.entries(condition ?? {})) {
      if (value === undefined) continue;
      const kind = (rules.operators as Record<string, FilterValueKind>)[op];
      if (!kind) {
        issues.push({ pointer: `${base}/${op}`, message: `unsupported operator; use one of ${Object.keys(rules.operators).join(', ')}` });
        continue;
      }
      const problem = checkValue(kind, value);
      if (problem) {
        issues.push({ pointer: `${base}/${op}`, message: problem });
        continue;
      }
      out[filterKey(field, explicitOperator(op, value as Scalar))] = joinListValue(Array.isArray(value) ? value : [value]);
    }
  }
  const count = Object.keys(out).length;
  if (count > rules.maxFilters) issues.push({ pointer: '/query/meta', message: `has ${count} filters; at most ${rules.maxFilters} are allowed` });
  if (issues.length) throw new ImagesValidationError(operationId, issues);
  return out;
}
