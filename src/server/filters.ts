// v2 list metadata filters: `meta.<path>[<operator>]=<value>` query keys, parsed and matched.
import { badRequest } from './http.js';
import { componentSchema, facts } from './spec.js';

const rules = facts.metadataFilters;
type Operator = keyof typeof rules.operators;
type ValueKind = (typeof rules.operators)[Operator];

export interface MetadataFilter {
  key: string;
  path: string[];
  operator: Operator;
  kind: ValueKind;
  values: string[];
}

// The grammar comes from the spec's MetadataFilters schema (the query parameter's own schema, which the
// generated params validator enforces too): its `propertyNames.pattern` is the whole key grammar, its
// `patternProperties` the value rules per operator. Here it is only taken apart to give the documented messages.
const schema = componentSchema('MetadataFilters');
/** A valid key: `meta.<segment>(.<segment>)*[<operator>]` within the documented depth. */
const KEY_GRAMMAR = new RegExp(schema.propertyNames.pattern, 'u');
const VALUE_RULES: { key: RegExp; pattern?: RegExp; enum?: string[] }[] = Object.entries<{ pattern?: string; enum?: string[] }>(schema.patternProperties).map(
  ([key, value]) => ({ key: new RegExp(key, 'u'), pattern: value.pattern === undefined ? undefined : new RegExp(value.pattern, 'u'), enum: value.enum }),
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The form `<prefix><field>[<operator>]`, to name what is wrong with a key the grammar refuses. */
const KEY = new RegExp(`^${escape(rules.keyPrefix)}(.*)\\[([^\\]]*)\\]$`);
/** A field segment is valid when `<prefix><segment>[<operator>]` is a valid key. */
const validSegment = (segment: string, operator: string) => KEY_GRAMMAR.test(`${rules.keyPrefix}${segment}[${operator}]`);
/** A number as the spec writes it: the value pattern of a single-number operator (`gt`). */
const NUMBER = (() => {
  const rule = VALUE_RULES.find((r) => r.key.test(`${rules.keyPrefix}x[gt]`));
  if (!rule?.pattern) throw new Error('the spec states no number pattern for metadata filter values');
  return rule.pattern;
})();
/** Whether `value` passes every value rule of the spec whose key pattern matches `key`. */
const valueAllowed = (key: string, value: string) =>
  VALUE_RULES.every((r) => !r.key.test(key) || ((!r.pattern || r.pattern.test(value)) && (!r.enum || r.enum.includes(value))));

const fail = (message: string, key?: string) => badRequest(message, key ? `/query/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` : undefined);

/** Parses and checks the filters against the documented limits; errors are 400s with code 5400. */
export function parseFilters(meta: Record<string, string>): MetadataFilter[] {
  const keys = Object.keys(meta);
  if (keys.length > rules.maxFilters)
    throw fail(`Too many metadata filters: ${keys.length} provided, maximum ${rules.maxFilters} allowed`);
  return keys.map((key) => {
    const match = KEY.exec(key);
    if (!match) throw fail(`Invalid metadata filter: '${key}' must have the form 'meta.<field>[<operator>]'`, key);
    const [, field, operator] = match;
    if (!Object.hasOwn(rules.operators, operator)) throw fail(`Unsupported metadata filter operator: '${operator}'`, key);
    const path = field.split('.');
    if (path.length > rules.maxDepth)
      throw fail(`Metadata filter field too deep: '${field}' has ${path.length} levels, maximum ${rules.maxDepth} allowed`, key);
    if (!path.every((s) => validSegment(s, operator)))
      throw fail(`Invalid metadata filter field: '${field}' (segments are letters, digits, '_' and '-', separated by '.')`, key);
    if (!KEY_GRAMMAR.test(key)) throw fail(`Invalid metadata filter: '${key}' must have the form 'meta.<field>[<operator>]'`, key);
    const kind = rules.operators[operator as Operator];
    const raw = meta[key];
    const values = kind.endsWith('-list') ? raw.split(rules.listSeparator) : [raw];
    if (values.length > rules.maxListValues)
      throw fail(`Too many metadata filter values: ${values.length} provided for '${key}', maximum ${rules.maxListValues} allowed`, key);
    for (const value of values) {
      if (kind.startsWith('number') && !NUMBER.test(value)) throw fail(`Invalid metadata filter value: '${value}' for '${key}' is not a number`, key);
      if (kind === 'boolean' && value !== 'true' && value !== 'false')
        throw fail(`Invalid metadata filter value: '${value}' for '${key}' is not 'true' or 'false'`, key);
    }
    if (!valueAllowed(key, raw)) throw fail(`Invalid metadata filter value: '${raw}' for '${key}'`, key);
    return { key, path, operator: operator as Operator, kind, values };
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
  if (typeof actual === 'number') return NUMBER.test(value) && Number(value) === actual;
  if (typeof actual === 'boolean') return String(actual) === value;
  return false;
}

function compare(operator: Operator, actual: number, bound: number): boolean {
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
      switch (filter.kind) {
        case 'string':
        case 'string-list':
          return typeof actual === 'string' && actual === value;
        case 'number':
        case 'number-list':
          return typeof actual === 'number' && actual === Number(value);
        case 'boolean':
          return typeof actual === 'boolean' && String(actual) === value;
        default:
          return equalsAny(actual, value);
      }
    });
  }
  return typeof actual === 'number' && compare(filter.operator, actual, Number(filter.values[0]));
}

/** Filters are ANDed. */
export function matchesAll(filters: MetadataFilter[], meta: unknown): boolean {
  return filters.every((f) => matchOne(f, meta));
}
