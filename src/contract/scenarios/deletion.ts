// use_after_free: after a 2xx DELETE the resource is gone everywhere — an image's details, blob,
// delivery URL and both lists (and a second DELETE) answer 404 or leave it out; a variant's
// details and the variant list; a signing key from the keys the DELETE returns and from the list.
// ensure_resource_availability: a DELETE removes only what it names — an image whose custom id
// extends the deleted one's (`a/b` after `a`) and another signing key stay.
import { creatorFor, customIdFor, expectAnswer, expectStatus, lastRequest, nameFor, outcome, upload, writingScenario, type Ctx } from './kit.js';
import { deliver, DELIVERY, notServed, withVariant } from './urls.js';
import { LISTS, listedImages } from './lists.js';
import { requestExample } from './spec.js';

const SCOPE = 'deleted';
const CHECK = 'use_after_free';
const KEPT = 'ensure_resource_availability';

async function deletedImage(ctx: Ctx, id: string | undefined): Promise<void> {
  const { client } = ctx.session;
  const image = await upload(ctx, SCOPE, id ? { id } : {});
  await client.images.v1.delete(image.id);
  const path = { image_id: image.id };
  for (const operationId of ['getImage', 'getImageBlob', 'deleteImage'] as const)
    await expectAnswer(ctx, CHECK, operationId, `${operationId} of the deleted image ${image.id}`, path, 'a refusal');
  const url = image.variants[0];
  if (url) expectStatus(ctx, CHECK, DELIVERY, `the delivery URL of the deleted image ${image.id}`, await deliver(ctx, url), 'a 4xx');
  const listed = await listedImages(ctx, creatorFor(ctx, SCOPE), (images) => !images.some((i) => i.id === image.id));
  for (const list of LISTS) {
    const still = listed[list === 'listImages' ? 'v1' : 'v2'].some((i) => i.id === image.id);
    outcome(
      ctx,
      CHECK,
      list,
      `the deleted image ${image.id} is not listed`,
      still ? { message: `the deleted image ${image.id} is still listed`, request: lastRequest(ctx, list) } : undefined,
    );
  }
}

async function othersKept(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const parent = customIdFor(ctx, 'deleted/parent');
  await upload(ctx, SCOPE, { id: parent });
  const child = (await upload(ctx, SCOPE, { id: `${parent}/child` })).id;
  await client.images.v1.delete(parent);
  await expectAnswer(ctx, KEPT, 'getImage', `image ${child} after the delete of ${parent}`, { image_id: child }, 'a 2xx');
  const [gone, kept] = [nameFor(ctx, 'gone'), nameFor(ctx, 'kept')];
  await client.images.v1.keys.update(kept);
  await client.images.v1.keys.update(gone);
  const returned = (await client.images.v1.keys.delete(gone)).keys.some((k) => k.name === kept);
  outcome(
    ctx,
    KEPT,
    'deleteSigningKey',
    `signing key ${kept} is in the keys the DELETE of ${gone} returns`,
    returned ? undefined : { message: `the DELETE of ${gone} also removed ${kept}`, request: lastRequest(ctx, 'deleteSigningKey') },
  );
  await client.images.v1.keys.delete(kept);
}

async function deletedVariant(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const name = nameFor(ctx, 'deleted');
  await client.images.v1.variants.create({ ...requestExample('createVariant'), id: name });
  const image = await upload(ctx, SCOPE);
  const url = image.variants[0] && withVariant(image.variants[0], name);
  if (url) outcome(ctx, 'ensure_resource_availability', DELIVERY, `an image is served as the variant ${name}`, notServed(await deliver(ctx, url)));
  await client.images.v1.variants.delete(name);
  if (url) expectStatus(ctx, CHECK, DELIVERY, `an image is not served as the deleted variant ${name}`, await deliver(ctx, url), 'a 4xx');
  for (const operationId of ['getVariant', 'deleteVariant'] as const)
    await expectAnswer(ctx, CHECK, operationId, `${operationId} of the deleted variant ${name}`, { variant_id: name }, 'a refusal');
  const still = name in (await client.images.v1.variants.list()).variants;
  outcome(
    ctx,
    CHECK,
    'listVariants',
    `the deleted variant ${name} is not listed`,
    still ? { message: `the deleted variant ${name} is still listed`, request: lastRequest(ctx, 'listVariants') } : undefined,
  );
}

async function deletedKey(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const name = nameFor(ctx, 'deleted');
  await client.images.v1.keys.update(name);
  const returned = (await client.images.v1.keys.delete(name)).keys.some((k) => k.name === name);
  outcome(
    ctx,
    CHECK,
    'deleteSigningKey',
    `the deleted signing key ${name} is not in the keys the DELETE returns`,
    returned ? { message: `the deleted key ${name} is still returned`, request: lastRequest(ctx, 'deleteSigningKey') } : undefined,
  );
  const listed = (await client.images.v1.keys.list()).keys.some((k) => k.name === name);
  outcome(
    ctx,
    CHECK,
    'listSigningKeys',
    `the deleted signing key ${name} is not listed`,
    listed ? { message: `the deleted key ${name} is still listed`, request: lastRequest(ctx, 'listSigningKeys') } : undefined,
  );
}

export const deletion = writingScenario({
  name: 'deleted resources are gone',
  checks: [CHECK, KEPT],
  async run(ctx) {
    await deletedImage(ctx, undefined);
    await deletedImage(ctx, customIdFor(ctx, 'deleted/custom-id'));
    await deletedVariant(ctx);
    await deletedKey(ctx);
    await othersKept(ctx);
  },
});
