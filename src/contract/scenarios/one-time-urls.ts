// one_time_upload_urls: a direct-upload URL takes one file; a second POST is refused and the
// image keeps the first file.
import { PIXEL_PNG } from '../engine/fixtures.js';
import { creatorFor, expectStatus, lastRequest, outcome, sameBytes, tagged, writingScenario } from './kit.js';
import { postToUploadUrl, UPLOAD_URL } from './urls.js';
import { blackPng } from '../generate/png.js';

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
    outcome(ctx, CHECK, 'getImageBlob', 'the image keeps the first file', sameBytes(kept, PIXEL_PNG) ? undefined : { message: `the blob (${kept.byteLength} bytes) is not the first file (${PIXEL_PNG.byteLength} bytes)`, request: lastRequest(ctx, 'getImageBlob') });
  },
});
