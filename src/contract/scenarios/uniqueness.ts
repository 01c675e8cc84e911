// uniqueness: an upload with a custom id that is taken, and a variant with a name that is taken,
// are refused, and the original keeps its metadata, bytes or options. An account has at most as
// many variants as the spec's VariantMap allows (`createVariant.at-most`): the run creates variants
// up to that count and one more must be refused (it deletes them all after).
import { PIXEL_PNG } from '../engine/fixtures.js';
import {
  creatorFor,
  customIdFor,
  expectRefused,
  expectSame,
  lastRequest,
  nameFor,
  outcome,
  sameBytes,
  send,
  tagged,
  upload,
  writingScenario,
  type Ctx,
} from './kit.js';
import { blackPng } from '../schema/png.js';
import { otherValue, requestExample } from './spec.js';
import { componentSchema } from '../../spec/document.js';
import { MAX_VARIANTS } from '../../spec/variant-limit.js';
import { rule } from '../../spec/statements.js';
import { ImagesApiError } from '../../core/errors.js';
import { isRefusal } from '../checks/status-class.js';

const CHECK = 'uniqueness';
const SCOPE = 'unique';

async function takenImageId(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const id = customIdFor(ctx, 'unique');
  const metadata = tagged(ctx, { version: 'first' });
  await upload(ctx, SCOPE, { id, metadata });
  const file = { filename: 'second.png', contentType: 'image/png', bytes: blackPng(2, 2) };
  const fields = { file, id, metadata: JSON.stringify(tagged(ctx, { version: 'second' })), creator: creatorFor(ctx, SCOPE) };
  const x = await send(ctx, 'uploadImage', `an upload with the taken id ${id}`, {
    purpose: 'negative',
    pointer: '/body/id',
    body: { kind: 'multipart', fields },
  });
  expectRefused(ctx, CHECK, `an upload with the taken id ${id} is refused`, x);
  const image = await client.images.v1.get(id);
  expectSame(ctx, CHECK, 'getImage', `image ${id} keeps its metadata`, image.meta, metadata, {
    pointer: '/result/meta',
    request: lastRequest(ctx, 'getImage'),
  });
  const bytes = await (await client.images.v1.blobs.get(id)).bytes();
  outcome(
    ctx,
    CHECK,
    'getImageBlob',
    `image ${id} keeps its file`,
    sameBytes(bytes, PIXEL_PNG)
      ? undefined
      : { message: `the blob (${bytes.byteLength} bytes) is not the first file (${PIXEL_PNG.byteLength} bytes)`, request: lastRequest(ctx, 'getImageBlob') },
  );
}

async function takenVariantName(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const first = { ...requestExample('createVariant'), id: nameFor(ctx, 'unique') };
  await client.images.v1.variants.create(first);
  const second = { ...first, options: otherValue(componentSchema('VariantOptions'), first.options, { text: '', freeObject: {} }) };
  const x = await send(ctx, 'createVariant', `a variant with the taken name ${first.id}`, {
    purpose: 'negative',
    pointer: '/body/id',
    body: { kind: 'json', value: second },
  });
  expectRefused(ctx, CHECK, `a variant with the taken name ${first.id} is refused`, x);
  const { variant } = await client.images.v1.variants.get(first.id);
  expectSame(ctx, CHECK, 'getVariant', `variant ${first.id} keeps its options`, variant.options, first.options, {
    pointer: '/result/variant/options',
    request: lastRequest(ctx, 'getVariant'),
  });
}

async function variantCount(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const have = Object.keys((await client.images.v1.variants.list()).variants).length;
  const options = requestExample('createVariant').options;
  for (let n = have; n < MAX_VARIANTS; n++) {
    try {
      await client.images.v1.variants.create({ id: nameFor(ctx, `max${n}`), options });
    } catch (error) {
      if (!(error instanceof ImagesApiError)) throw error;
      // Refused within the documented count: a valid request refused.
      outcome(ctx, 'positive_data_acceptance', 'createVariant', `variant ${n + 1} of the ${MAX_VARIANTS} an account may have is created`, {
        message: `refused with HTTP ${error.status}`,
        expected: 'a 2xx',
        received: { status: error.status },
        request: lastRequest(ctx, 'createVariant'),
        spec: [rule('createVariant.at-most')],
      });
      return;
    }
  }
  outcome(ctx, 'positive_data_acceptance', 'createVariant', `every variant up to the ${MAX_VARIANTS} an account may have is created`);
  const one = { id: nameFor(ctx, 'overmax'), options };
  const x = await send(ctx, 'createVariant', `variant ${MAX_VARIANTS + 1}, past the documented ${MAX_VARIANTS}`, {
    purpose: 'negative',
    pointer: '/body/id',
    body: { kind: 'json', value: one },
  });
  outcome(
    ctx,
    CHECK,
    'createVariant',
    `a variant past the ${MAX_VARIANTS} an account may have is refused`,
    isRefusal(x.status)
      ? undefined
      : {
          message: `answered HTTP ${x.status}`,
          expected: 'a refusal (a 4xx other than 401, 403, 429)',
          received: { status: x.status },
          request: x.request,
          spec: [rule('createVariant.at-most')],
        },
  );
}

/** A custom id is one image's across operations: a direct upload under a stored image's id, and an upload under a draft's, are refused. */
async function takenAcrossOperations(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const stored = customIdFor(ctx, 'unique/stored');
  await upload(ctx, SCOPE, { id: stored });
  const direct = await send(ctx, 'createDirectUpload', `a direct upload under the id ${stored} an image has`, {
    purpose: 'negative',
    pointer: '/body/id',
    body: { kind: 'multipart', fields: { id: stored, creator: creatorFor(ctx, SCOPE), metadata: JSON.stringify(tagged(ctx)) } },
  });
  expectRefused(ctx, CHECK, `a direct upload under the id ${stored} an image has is refused`, direct);
  const draft = customIdFor(ctx, 'unique/draft');
  await client.images.v2.directUploads.create({ id: draft, creator: creatorFor(ctx, SCOPE), metadata: tagged(ctx) });
  const file = { filename: 'over-a-draft.png', contentType: 'image/png', bytes: PIXEL_PNG };
  const over = await send(ctx, 'uploadImage', `an upload under the id ${draft} a draft has`, {
    purpose: 'negative',
    pointer: '/body/id',
    body: { kind: 'multipart', fields: { file, id: draft, creator: creatorFor(ctx, SCOPE), metadata: JSON.stringify(tagged(ctx)) } },
  });
  expectRefused(ctx, CHECK, `an upload under the id ${draft} a draft has is refused`, over);
}

export const uniqueness = writingScenario({
  name: 'taken ids and names, and the most variants',
  checks: [CHECK, 'positive_data_acceptance'],
  async run(ctx) {
    await takenImageId(ctx);
    await takenAcrossOperations(ctx);
    await takenVariantName(ctx);
    await variantCount(ctx);
  },
});
