// filters: v2 lists four images through every metadata filter operator of the spec, a nested
// field, two filters together and `creator` — each query selecting some of the images and not the
// others, so a server that ignores a filter (or the operator's value type) lists the wrong ones.
// Queries are sent as written (not through the typed client, which always types `eq` and `in`).
// The v1 list, whose only filter is `creator`, lists each creator's images and no others.
import { filterKey, filterRules, joinListValue, splitListValue, type FilterValueKind } from '../../spec/filters.js';
import { verdict, type Verdict } from './filter-verdict.js';
import { isFilterOperator, splitFilterKey } from '../../spec/filters.js';
import { creatorFor, outcome, send, settled, TAG_FIELD, upload, writingScenario, type Ctx } from './kit.js';
import { walkV1 } from './lists.js';
import { operatorOfKind } from './filter-oracle.js';

const CHECK = 'filters';

interface Member {
  name: string;
  group: 'a' | 'b';
  meta: Record<string, unknown>;
}

const POPULATION: Member[] = [
  { name: 'alpha', group: 'a', meta: { label: 'alpha', size: 1, flag: true, nested: { level: { name: 'deep' } } } },
  { name: 'beta', group: 'a', meta: { label: 'beta', size: 5, flag: false, nested: { level: { name: 'other' } } } },
  { name: 'gamma', group: 'b', meta: { label: 'gamma', size: 9, flag: true } },
  // The values of the others, as text: typed operators must tell them apart.
  { name: 'text', group: 'b', meta: { label: '5', size: '5', flag: 'true' } },
  // An empty value, and no value at all: an empty filter value selects the first and not the second.
  { name: 'blank', group: 'b', meta: { label: '', size: 2, flag: false } },
  { name: 'bare', group: 'a', meta: { size: 3 } },
];

/** The field and value each kind of operator is tried with; typed on the spec's kinds, so a new kind must be added here. */
const PROBES: Record<FilterValueKind, { field: string; values: string[] }> = {
  any: { field: 'size', values: ['5'] },
  string: { field: 'label', values: ['beta'] },
  number: { field: 'size', values: ['5'] },
  boolean: { field: 'flag', values: ['true'] },
  'any-list': { field: 'size', values: ['1', '5'] },
  'string-list': { field: 'label', values: ['alpha', 'gamma'] },
  'number-list': { field: 'size', values: ['1', '9'] },
};

interface Query {
  filters: Record<string, string>;
  group?: Member['group'];
}

const probe = (field: string, operator: string, values: string[]) => ({ [filterKey(field, operator)]: joinListValue(values) });

function queries(): Query[] {
  const operators = Object.entries(filterRules.operators) as [string, FilterValueKind][];
  return [
    ...operators.map(([operator, kind]) => ({ filters: probe(PROBES[kind].field, operator, PROBES[kind].values) })),
    { filters: probe('nested.level.name', operatorOfKind('string'), ['deep']) },
    { filters: probe('label', operatorOfKind('string'), ['']) },
    { filters: { ...probe('label', operatorOfKind('string-list', 'in'), ['alpha', 'beta']), ...probe('flag', operatorOfKind('boolean'), ['true']) } },
    { filters: {}, group: 'a' },
    { filters: probe('size', operatorOfKind('number', 'gte'), ['5']), group: 'b' },
  ];
}

/** Whether a query must select a member, must not, or may either way (an untyped `eq`/`in` read as text or by type: `open:untyped-equality`). */
function selects(m: Member, q: Query): Verdict {
  if (q.group !== undefined && m.group !== q.group) return 'no';
  const verdicts = Object.entries(q.filters).map(([key, value]) => {
    const { field, operator } = splitFilterKey(key)!;
    if (!isFilterOperator(operator)) throw new Error(`not a metadata filter operator: ${operator}`);
    return verdict(m.meta, { field, operator, values: splitListValue(value) });
  });
  return verdicts.includes('no') ? 'no' : verdicts.includes('either') ? 'either' : 'yes';
}

/** The ids a v2 query lists, every page; undefined (with the failure recorded) when it is refused. */
async function listed(ctx: Ctx, label: string, query: Record<string, unknown>): Promise<string[] | undefined> {
  const ids: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 5; page++) {
    const x = await send(ctx, 'listImagesV2', label, { purpose: 'positive', query: token ? { ...query, continuation_token: token } : query });
    const result = (x.json as { result?: { images?: { id: string }[]; continuation_token?: string | null } } | undefined)?.result;
    if (x.status < 200 || x.status >= 300 || !Array.isArray(result?.images)) {
      outcome(ctx, CHECK, 'listImagesV2', label, {
        message: `a valid filter was answered with HTTP ${x.status}`,
        expected: 'HTTP 200 with images',
        received: { status: x.status },
        request: x.request,
      });
      return undefined;
    }
    ids.push(...result.images.map((i) => i.id));
    token = result.continuation_token ?? undefined;
    if (!token) break;
  }
  return ids;
}

export const filters = writingScenario({
  name: 'metadata filters',
  checks: [CHECK],
  async run(ctx) {
    const idOf = new Map<Member, string>();
    for (const m of POPULATION) idOf.set(m, (await upload(ctx, `filters-${m.group}`, { metadata: m.meta })).id);
    const nameOf = (id: string) => POPULATION.find((m) => idOf.get(m) === id)?.name ?? id;
    const runFilter = probe(TAG_FIELD, operatorOfKind('string'), [ctx.generation.runTag]);
    for (const q of queries()) {
      const must = POPULATION.filter((m) => selects(m, q) === 'yes').map((m) => m.name);
      const mustNot = POPULATION.filter((m) => selects(m, q) === 'no').map((m) => m.name);
      if (must.length === 0 || mustNot.length === 0) throw new Error(`the filter query ${JSON.stringify(q)} does not tell the images apart`);
      const label = [...Object.entries(q.filters).map(([k, v]) => `${k}=${v}`), ...(q.group ? [`creator=${creatorFor(ctx, `filters-${q.group}`)}`] : [])].join(
        ' & ',
      );
      const right = (names: string[]) => must.every((n) => names.includes(n)) && !mustNot.some((n) => names.includes(n));
      const query = { ...(q.group ? { creator: creatorFor(ctx, `filters-${q.group}`) } : {}), meta: { ...runFilter, ...q.filters } };
      const ids = await settled(
        ctx,
        () => listed(ctx, label, query),
        (found) => found === undefined || right(found.map(nameOf)),
      );
      if (!ids) continue;
      const got = ids.map(nameOf).sort();
      const free = POPULATION.filter((m) => selects(m, q) === 'either').map((m) => m.name);
      outcome(
        ctx,
        CHECK,
        'listImagesV2',
        label,
        right(got)
          ? undefined
          : {
              message: `listed ${got.join(', ') || 'nothing'}`,
              expected: `${must.join(', ')}${free.length ? ` (and ${free.join(', ')} or not: the pages leave untyped equality open)` : ''}, not ${mustNot.join(', ')}`,
              received: { value: got },
              request: ctx.session.exchanges.at(-1)?.request,
            },
      );
    }
    for (const group of ['a', 'b'] as const) await checkV1Creator(ctx, group, nameOf);
  },
});

/** v1's only filter, `creator`: every page of a group's creator lists that group, and nothing else. */
async function checkV1Creator(ctx: Ctx, group: Member['group'], nameOf: (id: string) => string): Promise<void> {
  const creator = creatorFor(ctx, `filters-${group}`);
  const expected = POPULATION.filter((m) => m.group === group)
    .map((m) => m.name)
    .sort();
  const names = (w: Awaited<ReturnType<typeof walkV1>>) =>
    w.pages
      .flat()
      .map((i) => nameOf(i.id))
      .sort();
  const walk = await settled(
    ctx,
    () => walkV1(ctx, { creator, per_page: 100 }),
    (w) => names(w).join() === expected.join(),
  );
  const got = names(walk);
  const listedOthers = got.length > 50 ? `${got.length} images` : got.join(', ') || 'nothing';
  outcome(
    ctx,
    CHECK,
    'listImages',
    `creator=${creator}`,
    got.join() === expected.join()
      ? undefined
      : { message: `listed ${listedOthers}`, expected: expected.join(', '), received: { value: got.slice(0, 50) }, request: walk.requests[0] },
  );
}
