// stats: `count.current` moves by one with an upload and back by one with its delete.
import { lastRequest, outcome, upload, writingScenario, type Ctx } from './kit.js';

const current = async (ctx: Ctx) => (await ctx.session.client.images.v1.stats.get()).count.current;

function expectMove(ctx: Ctx, what: string, from: number, to: number, by: number): void {
  outcome(ctx, 'stats', 'getImageStats', `count.current moves by ${by} with ${what}`, to === from + by ? undefined : {
    message: `count.current went from ${from} to ${to} with ${what}`,
    expected: String(from + by),
    received: { pointer: '/result/count/current', value: to },
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
  },
});
