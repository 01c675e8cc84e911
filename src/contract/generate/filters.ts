// The v2 list's metadata-filter grammar (the generated filter rules: operators and their value
// kinds, the limits on filters, depth and list values) as coverage mutations: every operator
// with a valid value, each limit exactly reached, and each way the grammar refuses a filter.
import { filterKey, filterRules, isListKind, joinListValue, scalarKind, type FilterValueKind, type ScalarKind } from '../../spec/filters.js';
import { pointerOf } from '../../spec/pointer.js';
import { setAt, type Draft } from './draft.js';
import type { Mutation } from './mutations.js';
import type { ParameterModel } from '../schema/operation.js';
import { preview } from './strings.js';

export type FilterGrammar = typeof filterRules;

/** The grammar of the parameter that carries the filters: the exploded object whose keys start with its name and a dot, as the grammar's keys do. */
export const grammarOf = (p: ParameterModel): FilterGrammar | undefined => (p.exploded && filterRules.keyPrefix === `${p.name}.` ? filterRules : undefined);

/** The grammar's operators with their value kinds. */
export const operatorKinds = (g: FilterGrammar) => Object.entries(g.operators) as [string, FilterValueKind][];

/** A valid value of each kind (the grammar's vocabulary); the i-th of a list. */
const SAMPLES: Record<ScalarKind, (i: number) => string> = {
  any: (i) => (i ? `v${i}` : 'active'),
  string: (i) => (i ? `v${i}` : 'active'),
  number: (i) => (i ? String(i) : '-4.5'),
  boolean: () => 'true',
};
/** A value a kind refuses. */
const MISFITS: Partial<Record<ScalarKind, string>> = { number: 'four', boolean: 'yes' };

export function filterMutations(p: ParameterModel): Mutation[] {
  const g = grammarOf(p);
  if (!g) return [];
  const listOf = (kind: FilterValueKind, n: number) => joinListValue(Array.from({ length: n }, (_, i) => SAMPLES[scalarKind(kind)](i)));
  const valueOf = (kind: FilterValueKind) => (isListKind(kind) ? listOf(kind, 2) : SAMPLES[scalarKind(kind)](0));
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
  const operators = operatorKinds(g);
  const [[firstOperator, firstKind]] = operators;
  const deep = (levels: number) => Array.from({ length: levels }, (_, i) => `l${i + 1}`).join('.');
  const many = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [filterKey(`field${i + 1}`, firstOperator), valueOf(firstKind)]);
  const unsupported = ['ne', 'not-eq', 'like'].find((o) => !(o in g.operators))!;

  const out: Mutation[] = operators.map(([op, kind]) =>
    one(filterKey('status', op), valueOf(kind), 'positive', 'x-cf-metadata-filters', `operator ${op}, ${kind} value`),
  );
  out.push(
    one(filterKey(deep(g.maxDepth), firstOperator), valueOf(firstKind), 'positive', 'x-cf-metadata-filters', `${g.maxDepth} levels: the maximum depth`),
    filters(many(g.maxFilters), 'positive', 'maxProperties', `${g.maxFilters} filters: the maximum`),
    filters(many(g.maxFilters + 1), 'negative', 'maxProperties', `${g.maxFilters + 1} filters: at most ${g.maxFilters}`),
    one(filterKey(deep(g.maxDepth + 1), firstOperator), valueOf(firstKind), 'negative', 'propertyNames', `${g.maxDepth + 1} levels: at most ${g.maxDepth}`),
    one(filterKey('status', unsupported), 'active', 'negative', 'propertyNames', `unsupported operator ${unsupported}`),
    one(filterKey('st@tus', firstOperator), 'active', 'negative', 'propertyNames', 'a field with a character outside letters, digits, _ and -'),
  );
  for (const [op, kind] of operators) {
    const misfit = MISFITS[scalarKind(kind)];
    if (misfit !== undefined)
      out.push(
        one(
          filterKey('status', op),
          isListKind(kind) ? joinListValue([SAMPLES[scalarKind(kind)](1), misfit]) : misfit,
          'negative',
          'patternProperties',
          `not a ${scalarKind(kind)} for ${op}`,
        ),
      );
    if (isListKind(kind)) {
      out.push(one(filterKey('status', op), listOf(kind, g.maxListValues), 'positive', 'x-cf-metadata-filters', `${g.maxListValues} values: the maximum`));
      out.push(
        one(
          filterKey('status', op),
          listOf(kind, g.maxListValues + 1),
          'negative',
          'patternProperties',
          `${g.maxListValues + 1} values: at most ${g.maxListValues}`,
        ),
      );
    }
  }
  return out;
}
