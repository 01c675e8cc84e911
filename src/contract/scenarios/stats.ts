// stats: `count.current` moves by one with an upload and back by one with its delete, and (on an
// account small enough to list in one page) is at least the number of images the v2 list returns
// (not equal: the reference pages do not say whether a direct upload's draft counts).
import { lastRequest, outcome, quietCount, settled, upload, writingScenario, type Ctx } from './kit.js';
import { queryParameterSchema } from './spec.js';

const current = async (ctx: Ctx) => (await ctx.session.client.images.v1.stats.get()).count.current;
/** The count once it shows `expected`, or the last one read when the settle window ends. */
const currentOnce = (ctx: Ctx, expected: number) =>
  settled(
    ctx,
    () => current(ctx),
    (n) => n === expected,
  );

function expectMove(ctx: Ctx, what: string, from: number, to: number, by: number): void {
  outcome(
    ctx,
    'stats',
    'getImageStats',
    `count.current moves by ${by} with ${what}`,
    to === from + by
      ? undefined
      : {
          message: `count.current went from ${from} to ${to} with ${what}`,
          expected: String(from + by),
          received: { pointer: '/result/count/current', value: to },
          request: lastRequest(ctx, 'getImageStats'),
        },
  );
}

/** count.current against a complete listing, when one page of the largest `per_page` holds the whole account. */
async function expectCountMatchesList(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const read = async () => ({
    page: await client.images.v2.list({ per_page: queryParameterSchema('listImagesV2', 'per_page').maximum }),
    counted: await current(ctx),
  });
  const { page, counted } = await settled(ctx, read, (r) => Boolean(r.page.continuation_token) || r.counted >= r.page.images.length);
  if (page.continuation_token) return; // too many images to count here without a long walk
  outcome(
    ctx,
    'stats',
    'getImageStats',
    'count.current counts every image listed',
    counted >= page.images.length
      ? undefined
      : {
          message: `count.current is ${counted}, the v2 list holds ${page.images.length} images`,
          expected: `at least ${page.images.length}`,
          received: { pointer: '/result/count/current', value: counted },
          request: lastRequest(ctx, 'getImageStats'),
        },
  );
}

export const stats = writingScenario({
  name: 'stats count uploads and deletes',
  checks: ['stats'],
  async run(ctx) {
    const before = await quietCount(ctx);
    const image = await upload(ctx, 'stats');
    const afterUpload = await currentOnce(ctx, before + 1);
    expectMove(ctx, 'an upload', before, afterUpload, 1);
    await ctx.session.client.images.v1.delete(image.id);
    expectMove(ctx, 'a delete', afterUpload, await currentOnce(ctx, afterUpload - 1), -1);
    await expectCountMatchesList(ctx);
  },
});
