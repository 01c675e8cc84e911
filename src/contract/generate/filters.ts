// The v2 list's metadata-filter grammar (the parameter's x-cf-metadata-filters: operators and their
// value kinds, the limits on filters, depth and list values) as coverage mutations: every operator
// with a valid value, each limit exactly reached, and each way the grammar refuses a filter.
import { pointerOf } from '../../spec/pointer.js';
import { setAt, type Draft } from './draft.js';
import type { Mutation } from './mutations.js';
import type { ParameterModel } from './operation.js';
import { preview } from './strings.js';

export interface FilterGrammar {
  keyPrefix: string;
  maxFilters: number;
  maxDepth: number;
  maxListValues: number;
  listSeparator: string;
  /** operator → value kind: `any`, `string`, `number`, `boolean`, and their `-list` forms. */
  operators: Record<string, string>;
}

export const grammarOf = (p: ParameterModel) => p.spec['x-cf-metadata-filters'] as FilterGrammar | undefined;

/** A valid value of each kind (the grammar's vocabulary); the i-th of a list. */
const SAMPLES: Record<string, (i: number) => string> = {
  any: (i) => (i ? `v${i}` : 'active'),
  string: (i) => (i ? `v${i}` : 'active'),
  number: (i) => (i ? String(i) : '-4.5'),
  boolean: () => 'true',
};
/** A value a kind refuses. */
const MISFITS: Record<string, string> = { number: 'four', boolean: 'yes' };

const element = (kind: string) => kind.replace(/-list$/, '');
const isList = (kind: string) => kind.endsWith('-list');

export function filterMutations(p: ParameterModel): Mutation[] {
  const g = grammarOf(p);
  if (!g) return [];
  const key = (field: string, operator: string) => `${g.keyPrefix}${field}[${operator}]`;
  const listOf = (kind: string, n: number) => Array.from({ length: n }, (_, i) => SAMPLES[element(kind)](i)).join(g.listSeparator);
  const valueOf = (kind: string) => (isList(kind) ? listOf(kind, 2) : SAMPLES[kind](0));
  const at = pointerOf(['query', p.name]);
  const filters = (entries: [string, string][], purpose: Mutation['purpose'], constraint: string, why: string, pointer = at): Mutation => ({
    purpose,
    constraint,
    pointer,
    label: `${entries.map(([k, v]) => `${k}=${preview(v)}`).join('&')} (${why})`,
    apply: (d: Draft) => setAt(d, at, Object.fromEntries(entries)),
  });
  const one = (k: string, v: string, purpose: Mutation['purpose'], constraint: string, why: string) =>
    filters([[k, v]], purpose, constraint, why, purpose === 'negative' ? pointerOf(['query', p.name, k]) : at);
  const [firstOperator] = Object.keys(g.operators);
  const deep = (levels: number) => Array.from({ length: levels }, (_, i) => `l${i + 1}`).join('.');
  const many = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [key(`field${i + 1}`, firstOperator), valueOf(g.operators[firstOperator])]);
  const unsupported = ['ne', 'not-eq', 'like'].find((o) => !(o in g.operators))!;

  const out: Mutation[] = Object.entries(g.operators).map(([op, kind]) => one(key('status', op), valueOf(kind), 'positive', 'x-cf-metadata-filters', `operator ${op}, ${kind} value`));
  out.push(
    one(key(deep(g.maxDepth), firstOperator), valueOf(g.operators[firstOperator]), 'positive', 'x-cf-metadata-filters', `${g.maxDepth} levels: the maximum depth`),
    filters(many(g.maxFilters), 'positive', 'maxProperties', `${g.maxFilters} filters: the maximum`),
    filters(many(g.maxFilters + 1), 'negative', 'maxProperties', `${g.maxFilters + 1} filters: at most ${g.maxFilters}`),
    one(key(deep(g.maxDepth + 1), firstOperator), valueOf(g.operators[firstOperator]), 'negative', 'propertyNames', `${g.maxDepth + 1} levels: at most ${g.maxDepth}`),
    one(key('status', unsupported), 'active', 'negative', 'propertyNames', `unsupported operator ${unsupported}`),
    one(key('st@tus', firstOperator), 'active', 'negative', 'propertyNames', 'a field with a character outside letters, digits, _ and -'),
  );
  for (const [op, kind] of Object.entries(g.operators)) {
    const misfit = MISFITS[element(kind)];
    if (misfit !== undefined) out.push(one(key('status', op), isList(kind) ? `${SAMPLES[element(kind)](1)}${g.listSeparator}${misfit}` : misfit, 'negative', 'patternProperties', `not a ${element(kind)} for ${op}`));
    if (isList(kind)) {
      out.push(one(key('status', op), listOf(kind, g.maxListValues), 'positive', 'x-cf-metadata-filters', `${g.maxListValues} values: the maximum`));
      out.push(one(key('status', op), listOf(kind, g.maxListValues + 1), 'negative', 'patternProperties', `${g.maxListValues + 1} values: at most ${g.maxListValues}`));
    }
  }
  return out;
}
