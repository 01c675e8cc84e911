// Listing: pagination (v1 pages disjoint and complete, per_page; v2 tokens walk every image once,
// per_page, sort_order, final token null) and filters (metadata operators, creator).
import { mutant, type Mutant } from '../mutant.js';

const V1 = 'routes/images.ts';
const V2 = 'routes/images-v2.ts';
const FILTERS = 'filters.ts';

export const PAGINATION_MUTANTS: Mutant[] = [
  mutant(
    'v1-page-ignored',
    'pagination',
    'v1 list ignores page: every page is the first one',
    V1,
    '.slice((page - 1) * perPage, page * perPage);',
    '.slice(0, perPage);',
  ),
  mutant(
    'v2-per-page-ignored',
    'pagination',
    'v2 list ignores per_page (always the default page size)',
    V2,
    'const page = matching.slice(0, perPage);',
    'const page = matching.slice(0, DEFAULT_PER_PAGE);',
  ),
  mutant(
    'v2-repeats-last-image',
    'pagination',
    'v2: the last image of a page is repeated at the top of the next one (>= instead of >)',
    V2,
    '.filter((i) => !cursor || sign * compareKey(keyOf(i), cursor) > 0)',
    '.filter((i) => !cursor || sign * compareKey(keyOf(i), cursor) >= 0)',
  ),
  mutant(
    'v2-final-token-not-null',
    'pagination',
    'v2: the last page still carries a continuation token (to an empty page)',
    V2,
    'continuation_token: more ? encodeToken(page[page.length - 1], order) : null,',
    'continuation_token: page.length > 0 ? encodeToken(page[page.length - 1], order) : null,',
    {
      equivalent: 'a page whose token leads only to an empty last page (which has none) conforms: the pages say only that the last page has no token',
      allowedBy: 'open:last-page',
    },
  ),
  mutant(
    'v2-sort-order-ignored',
    'pagination',
    'v2 list ignores sort_order (always the default, newest first)',
    V2,
    'const order = query.sort_order ?? DEFAULT_ORDER;',
    'const order = DEFAULT_ORDER;',
  ),
];

export const FILTER_MUTANTS: Mutant[] = [
  mutant('filter-gte-as-gt', 'filters', 'gte excludes the bound (> instead of >=)', FILTERS, 'return actual >= bound;', 'return actual > bound;', {
    needs: "a gte filter whose bound is exactly an image's value",
  }),
  mutant(
    'filter-in-first-value-only',
    'filters',
    'in / in:string / in:number look at the first listed value only',
    FILTERS,
    'return filter.values.some((value) => {',
    'return filter.values.slice(0, 1).some((value) => {',
  ),
  mutant(
    'filters-ored',
    'filters',
    'several filters are ORed instead of ANDed',
    FILTERS,
    'return filters.every((f) => matchOne(f, meta));',
    'return filters.some((f) => matchOne(f, meta));',
  ),
  mutant(
    'filter-nested-path-flat',
    'filters',
    "a nested field 'a.b' is looked up as one flat key",
    FILTERS,
    'const actual = lookup(meta, filter.path);',
    "const actual = lookup(meta, [filter.path.join('.')]);",
  ),
  mutant(
    'filter-missing-field-check-dropped',
    'filters',
    'the early return for a field the metadata does not have is dropped',
    FILTERS,
    '  if (actual === undefined) return false;\n',
    '',
    { equivalent: 'every branch after it also refuses undefined (typeof checks, equalsAny, the range typeof): no request can tell' },
  ),
  mutant('v1-creator-ignored', 'filters', 'v1 list ignores creator', 'routes/images.ts', '      .filter((i) => matchesCreator(i, query.creator))\n', ''),
  mutant(
    'v2-creator-ignored',
    'filters',
    'v2 list ignores creator',
    V2,
    '.filter((i) => matchesCreator(i, query.creator) && (filters.length === 0 || matchesAll(filters, i.meta)))',
    '.filter((i) => filters.length === 0 || matchesAll(filters, i.meta))',
  ),
];

// Issue 19's kinds: empty-value filters, documented orderings.
export const LATER_LISTING_MUTANTS: Mutant[] = [
  mutant(
    'filter-empty-value-ignored',
    'filters',
    'a filter with an empty value (meta.color[eq]=) is dropped: it selects every image',
    FILTERS,
    '  return keys.map((key) => {',
    "  return keys.filter((key) => meta[key] !== '').map((key) => {",
    {
      needs: "a filter with an empty value, against images whose field is '' and images whose field is not",
    },
  ),
  mutant(
    'filter-missing-field-as-empty',
    'filters',
    "a field the metadata lacks is read as '': meta.x[eq]= (empty) also selects the images without x",
    FILTERS,
    'const actual = lookup(meta, filter.path);',
    "const actual = lookup(meta, filter.path) ?? '';",
    {
      needs: 'a filter with an empty value, against an image that lacks the field',
    },
  ),
  mutant(
    'v1-oldest-first',
    'pagination',
    'the v1 list is oldest first (its description says most recent first)',
    V1,
    '.sort((a, b) => compareUploaded(b, a))',
    '.sort((a, b) => compareUploaded(a, b))',
  ),
  mutant(
    'v2-default-ascending',
    'pagination',
    "v2's default sort_order is ascending (the spec's default is desc)",
    V2,
    'const order = query.sort_order ?? DEFAULT_ORDER;',
    "const order = query.sort_order ?? 'asc';",
  ),
];
