// drafts: a direct upload's image, until its file is posted, shows `draft: true` on its details,
// is listed by neither list, has no blob and is not served at its delivery URL; once the file is
// posted (no credentials) it is complete: not a draft, listed, with a blob, served, and with the
// metadata and creator the direct upload was given. A custom id and requireSignedURLs given to a
// direct upload are its draft's.
import { creatorFor, customIdFor, expectAnswer, expectSame, expectStatus, lastRequest, outcome, tagged, upload, writingScenario, type Ctx } from './kit.js';
import { deliver, DELIVERY, forImage, notServed, postToUploadUrl, UPLOAD_URL } from './urls.js';
import { LISTS, listedImages } from './lists.js';

const SCOPE = 'drafts';
const CHECK = 'drafts';

async function expectListed(ctx: Ctx, id: string, when: string, listedNow: boolean): Promise<void> {
  const listed = await listedImages(ctx, creatorFor(ctx, SCOPE), (images) => images.some((i) => i.id === id) === listedNow);
  for (const list of LISTS) {
    const found = listed[list === 'listImages' ? 'v1' : 'v2'].some((i) => i.id === id);
    outcome(
      ctx,
      CHECK,
      list,
      `${when}: ${listedNow ? '' : 'not '}listed`,
      found === listedNow ? undefined : { message: `image ${id} is ${found ? '' : 'not '}listed ${when}`, request: lastRequest(ctx, list) },
    );
  }
}

export const drafts = writingScenario({
  name: 'direct upload drafts',
  checks: [CHECK],
  async run(ctx) {
    const { client } = ctx.session;
    // An image that is served, for the shape of this account's delivery URLs (a draft has none yet).
    const reference = await upload(ctx, `${SCOPE}-reference`);
    const metadata = tagged(ctx, { kind: 'direct upload' });
    const { id, uploadURL } = await client.images.v2.directUploads.create({ creator: creatorFor(ctx, SCOPE), metadata });

    const draft = await client.images.v1.get(id);
    expectSame(ctx, CHECK, 'getImage', 'before its file: draft: true on its details', draft.draft, true, {
      pointer: '/result/draft',
      request: lastRequest(ctx, 'getImage'),
    });
    await expectListed(ctx, id, 'before its file', false);
    await expectAnswer(ctx, CHECK, 'getImageBlob', 'before its file: no blob', { image_id: id }, 'a refusal');
    if (reference.variants[0])
      expectStatus(ctx, CHECK, DELIVERY, 'before its file: not served', await deliver(ctx, forImage(reference.variants[0], reference.id, id)), 'a 4xx');

    expectStatus(ctx, CHECK, UPLOAD_URL, 'the file posted to the upload URL is taken', await postToUploadUrl(ctx, uploadURL), 'a 2xx');
    const complete = await client.images.v1.get(id);
    expectSame(ctx, CHECK, 'getImage', 'after its file: not a draft (no draft field)', complete.draft, undefined, {
      pointer: '/result/draft',
      request: lastRequest(ctx, 'getImage'),
    });
    await expectListed(ctx, id, 'after its file', true);
    await expectAnswer(ctx, CHECK, 'getImageBlob', 'after its file: a blob', { image_id: id }, 'a 2xx');
    expectSame(
      ctx,
      CHECK,
      'getImage',
      'after its file: the metadata and creator of the direct upload',
      { meta: complete.meta, creator: complete.creator },
      { meta: metadata, creator: creatorFor(ctx, SCOPE) },
      { pointer: '/result', request: lastRequest(ctx, 'getImage') },
    );
    const url = complete.variants[0];
    outcome(
      ctx,
      CHECK,
      DELIVERY,
      'after its file: served',
      url ? notServed(await deliver(ctx, url)) : { message: 'the image has no delivery URL (variants is empty)' },
    );
    await checkDraftOptions(ctx);
  },
});

/** A custom id and requireSignedURLs given to a direct upload are its draft's. */
async function checkDraftOptions(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const customId = customIdFor(ctx, 'drafts/custom-id');
  const custom = await client.images.v2.directUploads.create({ id: customId, creator: creatorFor(ctx, SCOPE), metadata: tagged(ctx) });
  if (
    expectSame(ctx, CHECK, 'createDirectUpload', `a direct upload with the custom id ${customId} reserves that id`, custom.id, customId, {
      pointer: '/result/id',
      request: lastRequest(ctx, 'createDirectUpload'),
    })
  ) {
    const draft = await client.images.v1.get(customId);
    expectSame(ctx, CHECK, 'getImage', `the draft ${customId} is there under its custom id`, draft.id, customId, {
      pointer: '/result/id',
      request: lastRequest(ctx, 'getImage'),
    });
  }
  const signed = await client.images.v2.directUploads.create({ requireSignedURLs: true, creator: creatorFor(ctx, SCOPE), metadata: tagged(ctx) });
  const draft = await client.images.v1.get(signed.id);
  expectSame(ctx, CHECK, 'getImage', 'a direct upload with requireSignedURLs: its draft requires signed URLs', draft.requireSignedURLs, true, {
    pointer: '/result/requireSignedURLs',
    request: lastRequest(ctx, 'getImage'),
  });
}
