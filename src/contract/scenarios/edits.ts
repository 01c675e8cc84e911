// edits: every field the spec's UpdateImageBody can change, changed one at a time, shows on the
// next details and in both lists; every field of UpdateVariantBody shows on the variant's details
// and in the variant list. Where an update body states `x-cf-partial-update`, the fields not sent
// keep their values (an image edit of one field; a variant edit with only the required fields).
import type { EditImageParams, Image } from '../../images/v1/v1.js';
import type { EditVariantParams } from '../../images/v1/variants.js';
import type { RecordedRequest } from '../model/report.js';
import { creatorFor, expectSame, lastRequest, nameFor, settled, tagged, upload, writingScenario, type Ctx } from './kit.js';
import { LISTS, listedImages } from './lists.js';
import { componentSchema } from '../../spec/document.js';
import { editableFields, otherValue, requestExample, sameJson, type EditableField } from './spec.js';

const SCOPE = 'edits';

/** The spec says a field left out of this update body keeps its value. */
const isPartialUpdate = (schema: string) => componentSchema(schema)['x-cf-partial-update'] === true;

const fillFor = (ctx: Ctx, field: string) => ({ text: creatorFor(ctx, `${SCOPE}-edited`), freeObject: tagged(ctx, { edited: field }) });

/** Records whether a resource (undefined when it was not found) shows the edited value. */
function expectShown(
  ctx: Ctx,
  operationId: string,
  label: string,
  edit: EditableField,
  resource: Record<string, unknown> | undefined,
  value: unknown,
  request?: RecordedRequest,
): void {
  expectSame(ctx, 'edits', operationId, label, resource && edit.shown(resource), value, { pointer: `/${edit.shownAs}`, request });
}

async function editImage(ctx: Ctx): Promise<void> {
  const { client } = ctx.session;
  // A key the edits' metadata leaves out: a field given replaces the old one, it is not merged into it.
  let image: Image = await upload(ctx, SCOPE, { metadata: { before: 'kept only by a merge' } });
  // Each field is edited twice, to another value and on again (a flag turned on is turned off), so an
  // edit that can only ever go one way is caught.
  const fields = editableFields('UpdateImageBody', 'Image');
  const partial = isPartialUpdate('UpdateImageBody');
  for (const edit of fields.flatMap((e) => [e, e])) {
    const value = otherValue(edit.schema, edit.shown(image), fillFor(ctx, edit.field));
    await client.images.v1.edit(image.id, { [edit.field]: value } as EditImageParams);
    const before = image;
    image = await client.images.v1.get(image.id);
    expectShown(
      ctx,
      'getImage',
      `image ${edit.field} edited to ${JSON.stringify(value)}: shown on its details`,
      edit,
      image,
      value,
      lastRequest(ctx, 'getImage'),
    );
    const unsent = partial ? fields.filter((f) => f.field !== edit.field) : [];
    for (const kept of unsent)
      expectShown(ctx, 'getImage', `image ${edit.field} edited: ${kept.field}, not sent, kept`, kept, image, kept.shown(before), lastRequest(ctx, 'getImage'));
    const listed = await listedImages(ctx, image.creator ?? '', (images) => sameJson(edit.shown(images.find((i) => i.id === image.id)), value));
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
  const shows = (v: Record<string, unknown> | undefined) => edits.every((e) => sameJson(v && e.shown(v), body[e.field]));
  const listed = (
    await settled(
      ctx,
      () => client.images.v1.variants.list(),
      (l) => shows(l.variants[name]),
    )
  ).variants[name];
  for (const e of edits) {
    expectShown(ctx, 'getVariant', `variant ${e.field} edited: shown on its details`, e, shownOnGet, body[e.field], getRequest);
    expectShown(ctx, 'listVariants', `variant ${e.field} edited: shown in the variant list`, e, listed, body[e.field], lastRequest(ctx, 'listVariants'));
  }
  // Only what the spec requires, edited again: the optional fields keep what the first edit set.
  const required = new Set<string>(componentSchema('UpdateVariantBody').required ?? []);
  const optional = edits.filter((e) => !required.has(e.field));
  if (optional.length === 0 || !isPartialUpdate('UpdateVariantBody')) return;
  // First away from their defaults, so a server that resets an unsent field to its default is seen.
  const set: Record<string, unknown> = { ...body };
  for (const e of optional) if (sameJson(set[e.field], e.shown({}))) set[e.field] = otherValue(e.schema, set[e.field], fillFor(ctx, e.field));
  if (optional.some((e) => set[e.field] !== body[e.field])) await client.images.v1.variants.edit(name, set as EditVariantParams);
  const requiredOnly = Object.fromEntries(
    edits.filter((e) => required.has(e.field)).map((e) => [e.field, otherValue(e.schema, set[e.field], fillFor(ctx, e.field))]),
  );
  await client.images.v1.variants.edit(name, requiredOnly as EditVariantParams);
  const after = (await client.images.v1.variants.get(name)).variant;
  for (const e of optional)
    expectShown(ctx, 'getVariant', `variant edited without ${e.field}: ${e.field} kept`, e, after, set[e.field], lastRequest(ctx, 'getVariant'));
}

export const edits = writingScenario({
  name: 'edits are visible',
  checks: ['edits'],
  async run(ctx) {
    await editImage(ctx);
    await editVariant(ctx);
  },
});
