// stats: `count.current` moves by one with an upload and back by one with its delete, and (on an
// account small enough to list in one page) is at least the number of images the v2 list returns
// (not equal: the reference pages do not say whether a direct upload's draft counts).
import { lastRequest, outcome, upload, writingScenario, type Ctx } from './kit.js';
import { queryParameterSchema } from './spec.js';

const current = async (ctx: Ctx) => (await ctx.session.client.images.v1.stats.get()).count.current;

function expectMove(ctx: Ctx, what: string, from: number, to: number, by: number): void {
  outcome(ctx, 'stats', 'getImageStats', `count.current moves by ${by} with ${what}`, to === from + by ? undefined : {
    message: `count.current went from ${from} to ${to} with ${what}`,
    expected: String(from + by),
    received: { pointer: '/result/count/current', value: to },
    request: lastRequest(ctx, 'getImageStats'),
  });
}

/** count.current against a complete listing, when one page of the largest `per_page` holds the whole account. */
async function expectCountMatchesList(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const page = await client.images.v2.list({ per_page: queryParameterSchema('listImagesV2', 'per_page').maximum });
  if (page.continuation_token) return; // too many images to count here without a long walk
  const counted = await current(ctx);
  outcome(ctx, 'stats', 'getImageStats', 'count.current counts every image listed', counted >= page.images.length ? undefined : {
    message: `count.current is ${counted}, the v2 list holds ${page.images.length} images`,
    expected: `at least ${page.images.length}`,
    received: { pointer: '/result/count/current', value: counted },
    request: lastRequest(ctx, 'getImageStats'),
  });
}

export const stats = writingScenario({
  name: 'stats count uploads and deletes',
  checks: ['stats'],
  async run(ctx) {
    const before = await current(ctx);
    const image = await upload(ctx, 'stats');
    const afterUpload = await current(ctx);
    expectMove(ctx, 'an upload', before, afterUpload, 1);
    await ctx.session.client.images.v1.delete(image.id);
    expectMove(ctx, 'a delete', afterUpload, await current(ctx), -1);
    await expectCountMatchesList(ctx);
  },
});
