// pagination: with a few more images than the smallest page holds, v1 pages are disjoint and
// complete and honour `per_page`; v2 continuation tokens walk every image exactly once, honour
// `per_page` and `sort_order` (by upload time, both directions; none given is the spec's default)
// and end: a page with no token (absent or null) is the last — a full last page may still carry a
// token that leads to an empty page (`open:last-page`).
import type { ListImagesV2Query } from '../../images/v2/index.js';
import { creatorFor, outcome, settled, upload, writingScenario, type Ctx } from './kit.js';
import { scopedV2, walkV1, walkV2, type Walk } from './lists.js';
import { queryParameterSchema } from './spec.js';
import { operationPointer, statementAt } from '../../spec/statements.js';

const SCOPE = 'pages';
const CHECK = 'pagination';

type SortOrder = NonNullable<ListImagesV2Query['sort_order']>;
/** The direction of each `sort_order` value; typed on the spec's enum, so a new value must be added here. */
const DIRECTION: Record<SortOrder, 1 | -1> = { asc: 1, desc: -1 };

const minimumPerPage = (operationId: 'listImages' | 'listImagesV2'): number => queryParameterSchema(operationId, 'per_page').minimum;

/** A walk that reached its end and listed every created image (what the settle window waits for). */
const holdsAll = (w: Walk, created: string[]) => w.end === 'done' && created.every((id) => w.pages.some((p) => p.some((i) => i.id === id)));

const repeated = (ids: string[]) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** Every page holds at most `per_page` images (and, for v1, whose end is a short page, only the last holds fewer). */
function checkPageSizes(ctx: Ctx, operationId: string, what: string, walk: Walk, perPage: number): void {
  const over = walk.pages.findIndex((p) => p.length > perPage);
  outcome(
    ctx,
    CHECK,
    operationId,
    `${what}: per_page = ${perPage} is honoured`,
    over < 0
      ? undefined
      : {
          message: `page ${over + 1} holds ${walk.pages[over].length} images`,
          expected: `at most ${perPage} a page`,
          received: { value: walk.pages.map((p) => p.length) },
          request: walk.requests[over],
        },
  );
}

/** The pages hold each created image once, and nothing the scope does not hold. */
function checkEachOnce(ctx: Ctx, operationId: string, what: string, walk: Walk, created: string[]): void {
  const listed = walk.pages.flat().map((i) => i.id);
  const twice = repeated(listed);
  outcome(
    ctx,
    CHECK,
    operationId,
    `${what}: no image on two pages`,
    twice.length === 0
      ? undefined
      : {
          message: `listed more than once: ${twice.join(', ')}`,
          expected: 'each image once',
          request: walk.requests[walk.pages.findIndex((p, i) => i > 0 && p.some((image) => twice.includes(image.id)))],
        },
  );
  const absent = created.filter((id) => !listed.includes(id));
  const ending =
    walk.end === 'done'
      ? ''
      : walk.end === 'repeated-token'
        ? '; a continuation token came back a second time'
        : `; still no last page after ${walk.pages.length} pages`;
  outcome(
    ctx,
    CHECK,
    operationId,
    `${what}: the pages hold every image`,
    absent.length === 0 && !ending
      ? undefined
      : {
          message: `${absent.length ? `never listed: ${absent.join(', ')}` : 'every image listed'}${ending}`,
          expected: `all ${created.length} images, then a last page`,
          request: walk.requests.at(-1),
        },
  );
}

async function checkV1(ctx: Ctx, created: string[]): Promise<void> {
  const perPage = minimumPerPage('listImages');
  const walk = await settled(
    ctx,
    () => walkV1(ctx, { creator: creatorFor(ctx, SCOPE), per_page: perPage }, Math.ceil(created.length / perPage) + 2),
    (w) => holdsAll(w, created),
  );
  checkPageSizes(ctx, 'listImages', 'v1', walk, perPage);
  checkEachOnce(ctx, 'listImages', 'v1', walk, created);
  // The v1 list's description: "most recent first".
  checkOrder(ctx, 'listImages', 'v1', walk, perPage, 'desc', [`${operationPointer('listImages')}/description`]);
}

/** The images come by upload time in `order`, across pages. */
function checkOrder(ctx: Ctx, operationId: string, what: string, walk: Walk, perPage: number, order: SortOrder, spec: string[] = []): void {
  const listed = walk.pages.flat();
  const at = listed.findIndex((image, i) => i > 0 && DIRECTION[order] * (Date.parse(image.uploaded) - Date.parse(listed[i - 1].uploaded)) < 0);
  outcome(
    ctx,
    CHECK,
    operationId,
    `${what}: ordered by upload time, ${order === 'asc' ? 'oldest' : 'most recent'} first`,
    at < 0
      ? undefined
      : {
          message: `${listed[at].id} (uploaded ${listed[at].uploaded}) comes after ${listed[at - 1].id} (uploaded ${listed[at - 1].uploaded})`,
          expected: `uploaded ${order === 'asc' ? 'ascending' : 'descending'}`,
          request: walk.requests[Math.floor(at / perPage)],
          ...(spec.length ? { spec: spec.map(statementAt) } : {}),
        },
  );
}

/** Walks v2 in one order (or none given) and returns the ids in the order listed. */
async function checkV2(ctx: Ctx, created: string[], order: SortOrder | undefined): Promise<string[]> {
  const perPage = minimumPerPage('listImagesV2');
  const what = `v2, ${order ? `sort_order=${order}` : 'no sort_order'}`;
  const walk = await settled(
    ctx,
    () =>
      walkV2(
        ctx,
        { ...scopedV2(ctx, creatorFor(ctx, SCOPE)), per_page: perPage, ...(order ? { sort_order: order } : {}) },
        Math.ceil(created.length / perPage) + 3,
      ),
    (w) => holdsAll(w, created),
  );
  checkPageSizes(ctx, 'listImagesV2', what, walk, perPage);
  checkEachOnce(ctx, 'listImagesV2', what, walk, created);
  if (order) checkOrder(ctx, 'listImagesV2', what, walk, perPage, order);
  return walk.pages.flat().map((i) => i.id);
}

export const pagination = writingScenario({
  name: 'pagination',
  checks: [CHECK],
  async run(ctx) {
    // More images than the smallest page, uploaded a few milliseconds apart so their order is observable.
    const count = Math.max(minimumPerPage('listImages'), minimumPerPage('listImagesV2')) + 2;
    const created: string[] = [];
    for (let i = 0; i < count; i++) {
      created.push((await upload(ctx, SCOPE, { metadata: { index: i } })).id);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await checkV1(ctx, created);
    const sortOrder = queryParameterSchema('listImagesV2', 'sort_order');
    const byOrder = new Map<SortOrder, string[]>();
    for (const order of sortOrder.enum as SortOrder[]) byOrder.set(order, await checkV2(ctx, created, order));
    const unordered = await checkV2(ctx, created, undefined);
    const asDefault = byOrder.get(sortOrder.default);
    outcome(
      ctx,
      CHECK,
      'listImagesV2',
      `v2 without sort_order lists in the default order (${sortOrder.default})`,
      asDefault && unordered.join() === asDefault.join()
        ? undefined
        : {
            message: 'the order differs from the default sort_order',
            expected: asDefault?.join(', '),
            received: { value: unordered },
          },
    );
  },
});
