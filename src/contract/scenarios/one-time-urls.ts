// one_time_upload_urls: a direct-upload URL takes one file; a second POST is refused and the
// image keeps the first file. With --wait-expiry, a URL whose `expiry` has passed refuses its first
// file (the shortest expiry the spec allows is minutes away, so this waits that long).
import { PIXEL_PNG } from '../engine/fixtures.js';
import { facts } from '../../../generated/operations.js';
import { creatorFor, expectStatus, lastRequest, outcome, sameBytes, tagged, writingScenario, type Ctx } from './kit.js';
import { postToUploadUrl, UPLOAD_URL } from './urls.js';
import { blackPng } from '../schema/png.js';

const CHECK = 'one_time_upload_urls';

export const oneTimeUploadUrls = writingScenario({
  name: 'one-time upload URLs',
  checks: [CHECK],
  async run(ctx) {
    const { client } = ctx.session;
    const { id, uploadURL } = await client.images.v2.directUploads.create({ creator: creatorFor(ctx, 'once'), metadata: tagged(ctx) });
    expectStatus(ctx, CHECK, UPLOAD_URL, 'the first POST to an upload URL is taken', await postToUploadUrl(ctx, uploadURL, PIXEL_PNG), 'a 2xx');
    expectStatus(ctx, CHECK, UPLOAD_URL, 'a second POST to the same upload URL is refused', await postToUploadUrl(ctx, uploadURL, blackPng(2, 2)), 'a 4xx');
    const kept = await (await client.images.v1.blobs.get(id)).bytes();
    outcome(
      ctx,
      CHECK,
      'getImageBlob',
      'the image keeps the first file',
      sameBytes(kept, PIXEL_PNG)
        ? undefined
        : { message: `the blob (${kept.byteLength} bytes) is not the first file (${PIXEL_PNG.byteLength} bytes)`, request: lastRequest(ctx, 'getImageBlob') },
    );
    if (ctx.waitExpiry) await expired(ctx);
  },
});

/** Past the clocks' possible skew, after `expiry`. */
const EXPIRY_MARGIN_MS = 10_000;

/** A URL whose expiry has passed refuses its file (`createDirectUpload.expiry`). */
async function expired(ctx: Ctx): Promise<void> {
  const expiresAt = ctx.clock.now() + facts.expiryWindow.minSeconds * 1000 + 5_000;
  const { uploadURL } = await ctx.session.client.images.v2.directUploads.create({
    creator: creatorFor(ctx, 'once'),
    metadata: tagged(ctx),
    expiry: new Date(expiresAt).toISOString(),
  });
  ctx.progress(`stateful › one-time upload URLs › waiting ${Math.ceil((expiresAt + EXPIRY_MARGIN_MS - ctx.clock.now()) / 1000)} s past an expiry`);
  await ctx.clock.sleep(Math.max(0, expiresAt + EXPIRY_MARGIN_MS - ctx.clock.now()));
  expectStatus(ctx, CHECK, UPLOAD_URL, "a POST after the upload URL's expiry is refused", await postToUploadUrl(ctx, uploadURL, PIXEL_PNG), 'a 4xx');
}
