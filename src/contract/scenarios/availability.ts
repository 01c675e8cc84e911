// ensure_resource_availability: what a 200 created is there — an image readable (id, metadata,
// creator and, when shown, file name as uploaded; byte-exact blob, served at its delivery URL),
// listed by v1 and v2 (every page) and counted by the stats; a variant readable and listed with its options; a signing key returned
// and listed.
import { PIXEL_PNG } from '../engine/fixtures.js';
import type { Image } from '../../images/v1/v1.js';
import {
  creatorFor,
  customIdFor,
  lastRequest,
  nameFor,
  expectSame,
  expectShows,
  outcome,
  sameBytes,
  settled,
  tagged,
  upload,
  writingScenario,
  type Ctx,
  type Problem,
} from './kit.js';
import { deliver, DELIVERY, notServed } from './urls.js';
import { LISTS, listedImages } from './lists.js';
import { requestExample } from './spec.js';

const SCOPE = 'available';
const CHECK = 'ensure_resource_availability';

const missing = (what: string, where: string): Problem => ({ message: `${what} is missing from ${where}`, expected: `${what} listed` });

async function checkImage(ctx: Ctx, sent: { id: string; metadata: Record<string, unknown>; filename: string }): Promise<Image> {
  const { client } = ctx.session;
  const image = await client.images.v1.get(sent.id);
  // `filename` is optional in the spec: a server that shows it must show the uploaded one.
  const shown = { id: image.id, meta: image.meta, creator: image.creator, ...(image.filename === undefined ? {} : { filename: image.filename }) };
  const expected = { id: sent.id, meta: sent.metadata, creator: creatorFor(ctx, SCOPE), ...(image.filename === undefined ? {} : { filename: sent.filename }) };
  expectSame(ctx, CHECK, 'getImage', `image ${sent.id} reads back as uploaded`, shown, expected, { pointer: '/result', request: lastRequest(ctx, 'getImage') });
  const blob = await client.images.v1.blobs.get(sent.id);
  const bytes = await blob.bytes();
  outcome(
    ctx,
    CHECK,
    'getImageBlob',
    `image ${sent.id}: the blob is the uploaded bytes, as image/png`,
    sameBytes(bytes, PIXEL_PNG) && blob.contentType === 'image/png'
      ? undefined
      : {
          message: `the blob (${bytes.byteLength} bytes of ${blob.contentType || 'no type'}) differs from the ${PIXEL_PNG.byteLength} bytes of image/png uploaded`,
          request: lastRequest(ctx, 'getImageBlob'),
        },
  );
  const url = image.variants[0];
  outcome(
    ctx,
    CHECK,
    DELIVERY,
    `image ${sent.id} is served at its delivery URL`,
    url ? notServed(await deliver(ctx, url)) : { message: 'the image has no delivery URL (variants is empty)' },
  );
  return image;
}

async function checkImages(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const before = (await client.images.v1.stats.get()).count.current;
  const sent = [
    { id: customIdFor(ctx, 'available/custom-id'), metadata: tagged(ctx, { kind: 'custom id' }), filename: 'contract-custom-id.png' },
    { id: '', metadata: tagged(ctx, { kind: 'assigned id' }), filename: 'contract-assigned-id.png' },
  ];
  for (const s of sent) {
    const { id } = await upload(ctx, SCOPE, { metadata: s.metadata, filename: s.filename, ...(s.id ? { id: s.id } : {}) });
    if (s.id)
      outcome(
        ctx,
        CHECK,
        'uploadImage',
        `an upload with the custom id ${s.id} creates that id`,
        id === s.id
          ? undefined
          : {
              message: `the upload answered with the id ${id}`,
              expected: s.id,
              received: { pointer: '/result/id', value: id },
              request: lastRequest(ctx, 'uploadImage'),
            },
      );
    else s.id = id;
  }
  for (const s of sent) await checkImage(ctx, s);
  const listed = await listedImages(ctx, creatorFor(ctx, SCOPE), (images) => sent.every((s) => images.some((i) => i.id === s.id)));
  for (const list of LISTS) {
    const ids = new Set(listed[list === 'listImages' ? 'v1' : 'v2'].map((i) => i.id));
    for (const s of sent)
      outcome(
        ctx,
        CHECK,
        list,
        `image ${s.id} is listed`,
        ids.has(s.id) ? undefined : { ...missing(`image ${s.id}`, `the ${list} pages of its creator`), request: lastRequest(ctx, list) },
      );
  }
  const after = (
    await settled(
      ctx,
      () => client.images.v1.stats.get(),
      (s) => s.count.current >= before + sent.length,
    )
  ).count.current;
  outcome(
    ctx,
    CHECK,
    'getImageStats',
    `the ${sent.length} uploaded images are counted`,
    after >= before + sent.length
      ? undefined
      : {
          message: `count.current went from ${before} to ${after} over ${sent.length} uploads`,
          expected: `at least ${before + sent.length}`,
          received: { pointer: '/result/count/current', value: after },
          request: lastRequest(ctx, 'getImageStats'),
        },
  );
}

async function checkVariant(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const sent = { ...requestExample('createVariant'), id: nameFor(ctx, 'available') };
  await client.images.v1.variants.create(sent);
  const { variant } = await client.images.v1.variants.get(sent.id);
  expectShows(ctx, CHECK, 'getVariant', `variant ${sent.id} reads back as created`, variant, sent, {
    pointer: '/result/variant',
    request: lastRequest(ctx, 'getVariant'),
  });
  const listed = (
    await settled(
      ctx,
      () => client.images.v1.variants.list(),
      (l) => sent.id in l.variants,
    )
  ).variants[sent.id];
  expectShows(ctx, CHECK, 'listVariants', `variant ${sent.id} is listed as created`, listed, sent, {
    pointer: `/result/variants/${sent.id}`,
    request: lastRequest(ctx, 'listVariants'),
  });
}

async function checkKey(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const name = nameFor(ctx, 'avail');
  const returned = (await client.images.v1.keys.update(name)).keys.some((k) => k.name === name);
  outcome(
    ctx,
    CHECK,
    'createSigningKey',
    `signing key ${name} is in the keys the PUT returns`,
    returned ? undefined : missing(`signing key ${name}`, 'the returned keys'),
  );
  const listed = (
    await settled(
      ctx,
      () => client.images.v1.keys.list(),
      (l) => l.keys.some((k) => k.name === name),
    )
  ).keys.some((k) => k.name === name);
  outcome(
    ctx,
    CHECK,
    'listSigningKeys',
    `signing key ${name} is listed`,
    listed ? undefined : { ...missing(`signing key ${name}`, 'the keys'), request: lastRequest(ctx, 'listSigningKeys') },
  );
}

export const availability = writingScenario({
  name: 'created resources are available',
  checks: [CHECK],
  async run(ctx) {
    await checkImages(ctx);
    await checkVariant(ctx);
    await checkKey(ctx);
  },
});
