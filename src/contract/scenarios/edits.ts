// edits: every field the spec's UpdateImageBody can change, changed one at a time, shows on the
// next details and in both lists; every field of UpdateVariantBody shows on the variant's details
// and in the variant list.
import type { EditImageParams, Image } from '../../images/v1/v1.js';
import type { EditVariantParams } from '../../images/v1/variants.js';
import type { RecordedRequest } from '../report/model.js';
import { creatorFor, expectSame, lastRequest, nameFor, tagged, upload, writingScenario, type Ctx } from './kit.js';
import { LISTS, listedImages } from './lists.js';
import { editableFields, otherValue, requestExample, type EditableField } from './spec.js';

const SCOPE = 'edits';

const fillFor = (ctx: Ctx, field: string) => ({ text: creatorFor(ctx, `${SCOPE}-edited`), freeObject: tagged(ctx, { edited: field }) });

/** Records whether a resource (undefined when it was not found) shows the edited value. */
function expectShown(ctx: Ctx, operationId: string, label: string, edit: EditableField, resource: Record<string, unknown> | undefined, value: unknown, request?: RecordedRequest): void {
  expectSame(ctx, 'edits', operationId, label, resource && edit.shown(resource), value, { pointer: `/${edit.shownAs}`, request });
}

async function editImage(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  let image: Image = await upload(ctx, SCOPE);
  // Each field is edited twice, to another value and on again (a flag turned on is turned off), so an
  // edit that can only ever go one way is caught.
  for (const edit of editableFields('UpdateImageBody', 'Image').flatMap((e) => [e, e])) {
    const value = otherValue(edit.schema, edit.shown(image), fillFor(ctx, edit.field));
    await client.images.v1.edit(image.id, { [edit.field]: value } as EditImageParams);
    image = await client.images.v1.get(image.id);
    expectShown(ctx, 'getImage', `image ${edit.field} edited to ${JSON.stringify(value)}: shown on its details`, edit, image, value, lastRequest(ctx, 'getImage'));
    const listed = await listedImages(ctx, image.creator ?? '');
    for (const list of LISTS) {
      const found = listed[list === 'listImages' ? 'v1' : 'v2'].find((i) => i.id === image.id);
      expectShown(ctx, list, `image ${edit.field} edited to ${JSON.stringify(value)}: shown in ${list}`, edit, found, value, lastRequest(ctx, list));
    }
  }
}

async function editVariant(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  const name = nameFor(ctx, SCOPE);
  const { variant } = await client.images.v1.variants.create({ ...requestExample('createVariant'), id: name });
  const edits = editableFields('UpdateVariantBody', 'Variant');
  const body = Object.fromEntries(edits.map((e) => [e.field, otherValue(e.schema, e.shown(variant), fillFor(ctx, e.field))]));
  await client.images.v1.variants.edit(name, body as EditVariantParams);
  const shownOnGet = (await client.images.v1.variants.get(name)).variant;
  const getRequest = lastRequest(ctx, 'getVariant');
  const listed = (await client.images.v1.variants.list()).variants[name];
  for (const e of edits) {
    expectShown(ctx, 'getVariant', `variant ${e.field} edited: shown on its details`, e, shownOnGet, body[e.field], getRequest);
    expectShown(ctx, 'listVariants', `variant ${e.field} edited: shown in the variant list`, e, listed, body[e.field], lastRequest(ctx, 'listVariants'));
  }
}

export const edits = writingScenario({
  name: 'edits are visible',
  checks: ['edits'],
  async run(ctx) {
    await editImage(ctx);
    await editVariant(ctx);
  },
});
