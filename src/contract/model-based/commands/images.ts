// Commands on images: upload (new or taken custom id, or an assigned one), details, blob, edit and
// delete — of stored images, drafts and deleted ones — each predicted from the model.
import type { Fact } from '../expectation.js';
import { pick, type ImageModel, type ImageState, type Model } from '../model.js';
import type { Capture, Real } from '../real.js';
import { base64Of, describeImage, expectation, FILES, imageFacts, metaOf, type Command, type MetaChoice } from './kit.js';

const result = (json: unknown): Record<string, unknown> | undefined => (json as { result?: Record<string, unknown> } | undefined)?.result ?? undefined;

/** The model's images in `state` whose id no live image has taken again since. */
const imagesToAddress = (m: Model, state: ImageState) => m.imagesIn(state).filter((i) => state !== 'deleted' || !m.imageById(i.id));

/** A captured, server-assigned value (an image id) for the script. */
function captureOf(r: Real, kind: string, value: unknown, pointer: string): Capture[] {
  return typeof value === 'string' ? [{ variable: r.variable(kind), value, pointer }] : [];
}

export class UploadImage implements Command {
  constructor(
    readonly custom: boolean,
    /** Reuse the id of this (n-th) image or draft the sequence has: must be refused. */
    readonly reuse: number | null,
    readonly meta: MetaChoice,
    readonly file: number,
    readonly requireSigned: boolean,
    readonly creator: number,
  ) {}

  check = (m: Readonly<Model>) => this.reuse === null || m.takenIds().length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const taken = this.reuse === null ? undefined : pick(m.takenIds(), this.reuse);
    const id = taken ?? (this.custom ? m.nextCustomId() : undefined);
    // A custom id cannot require signed URLs (UploadImageForm's `not`): only assigned ids are signed.
    const requireSignedURLs = id === undefined && this.requireSigned;
    const file = FILES[this.file % FILES.length];
    const meta = metaOf(m, this.meta);
    const creator = m.naming.creators[this.creator % m.naming.creators.length];
    const fields = {
      file,
      metadata: JSON.stringify(meta),
      creator,
      ...(id === undefined ? {} : { id }),
      ...(requireSignedURLs ? { requireSignedURLs: 'true' } : {}),
    };
    const label = `upload ${id === undefined ? 'an image (id assigned)' : `the image ${id}`}`;
    const answer = await r.api('uploadImage', label, { body: { kind: 'multipart', fields } });
    if (taken !== undefined) {
      await r.expect(label, answer, [
        expectation('uniqueness', ['uploadImage.custom-id-taken', 'open:refusal-status'], `an upload under the taken id ${taken} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    const image: ImageModel = {
      id: id ?? '',
      custom: id !== undefined,
      meta,
      creator,
      requireSignedURLs,
      state: 'stored',
      filename: file.filename,
      file: base64Of(file.bytes),
    };
    const idFact: Fact =
      id === undefined ? { kind: 'none-of', pointer: '/result/id', values: m.takenIds() } : { kind: 'equals', pointer: '/result/id', value: id };
    const shown = result(answer.json);
    await r.expect(
      label,
      answer,
      [
        expectation('positive_data_acceptance', ['uploadImage.stored'], 'a valid upload is stored', [{ kind: 'status', is: '2xx' }]),
        expectation('ensure_resource_availability', ['uploadImage.answer', 'uploadImage.stored'], 'its answer is the image as uploaded', [
          idFact,
          ...imageFacts(image).filter((f) => !(f.kind === 'equals' && f.pointer === '/result/id')),
        ]),
      ],
      { captures: id === undefined ? captureOf(r, 'IMAGE', shown?.id, '/result/id') : [] },
    );
    image.id = String(shown!.id);
    image.deliveryUrl = (shown?.variants as string[] | undefined)?.[0];
    m.images.push(image);
    if (image.deliveryUrl && !m.deliveryTemplate) m.deliveryTemplate = { url: image.deliveryUrl, imageId: image.id };
  }

  toString = () =>
    `UploadImage(${this.reuse === null ? (this.custom ? 'custom id' : 'assigned id') : `taken id #${this.reuse}`}, file ${this.file}, ${JSON.stringify(this.meta)}${this.requireSigned ? ', signed' : ''}, creator ${this.creator})`;
}

export class GetImage implements Command {
  constructor(
    readonly state: ImageState,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => imagesToAddress(m as Model, this.state).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const image = pick(imagesToAddress(m, this.state), this.n)!;
    const label = `get the ${describeImage(image)}`;
    const send = () => r.api('getImage', label, { path: { image_id: image.id } });
    const expected =
      image.state === 'deleted'
        ? [
            expectation(
              'use_after_free',
              ['deleteImage.gone', 'open:refusal-status'],
              `the deleted image ${image.id} is refused`,
              [{ kind: 'status', is: 'refused' }],
              true,
            ),
          ]
        : [
            expectation(
              image.state === 'draft' ? 'drafts' : 'ensure_resource_availability',
              image.state === 'draft' ? ['getImage.draft', 'createDirectUpload.draft'] : ['uploadImage.stored', 'updateImage.applied'],
              `the ${describeImage(image)} is read as the model has it`,
              [{ kind: 'status', is: '2xx' }, ...imageFacts(image)],
              true,
            ),
          ];
    const answer = await r.expect(label, await send(), expected, {}, send);
    const url = (result(answer.json)?.variants as string[] | undefined)?.[0];
    if (image.state === 'stored' && url) image.deliveryUrl = url;
  }

  toString = () => `GetImage(${this.state} #${this.n})`;
}

export class GetBlob implements Command {
  constructor(
    readonly state: ImageState,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => imagesToAddress(m as Model, this.state).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const image = pick(imagesToAddress(m, this.state), this.n)!;
    const label = `get the blob of the ${describeImage(image)}`;
    const send = () => r.api('getImageBlob', label, { path: { image_id: image.id } });
    const expected =
      image.state === 'stored'
        ? expectation(
            'ensure_resource_availability',
            ['getImageBlob.bytes'],
            `the blob of ${image.id} is the bytes uploaded`,
            [{ kind: 'status', is: '2xx' }, image.file ? { kind: 'bytes', base64: image.file } : { kind: 'image' }],
            true,
          )
        : image.state === 'draft'
          ? expectation('drafts', ['createDirectUpload.draft', 'open:refusal-status'], `the draft ${image.id} has no blob`, [{ kind: 'status', is: 'refused' }])
          : expectation(
              'use_after_free',
              ['deleteImage.gone', 'open:refusal-status'],
              `the deleted image ${image.id} has no blob`,
              [{ kind: 'status', is: 'refused' }],
              true,
            );
    await r.expect(label, await send(), [expected], {}, send);
  }

  toString = () => `GetBlob(${this.state} #${this.n})`;
}

export interface EditChoice {
  meta?: MetaChoice;
  creator?: number;
  requireSigned?: boolean;
}

export class UpdateImage implements Command {
  constructor(
    readonly state: 'stored' | 'deleted',
    readonly n: number,
    readonly edit: EditChoice,
  ) {}

  check = (m: Readonly<Model>) => imagesToAddress(m as Model, this.state).length > 0 && Object.keys(this.edit).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const image = pick(imagesToAddress(m, this.state), this.n)!;
    const body: Record<string, unknown> = {};
    if (this.edit.meta) body.metadata = metaOf(m, this.edit.meta);
    if (this.edit.creator !== undefined) body.creator = m.naming.creators[this.edit.creator % m.naming.creators.length];
    if (this.edit.requireSigned !== undefined) body.requireSignedURLs = this.edit.requireSigned;
    const label = `edit the ${describeImage(image)}: ${Object.keys(body).join(', ')}`;
    const answer = await r.api('updateImage', label, { path: { image_id: image.id }, body: { kind: 'json', value: body } });
    if (image.state === 'deleted') {
      await r.expect(label, answer, [
        expectation('use_after_free', ['deleteImage.gone', 'open:refusal-status'], `an edit of the deleted image ${image.id} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    if (image.custom && body.requireSignedURLs === true) {
      await r.expect(label, answer, [
        expectation(
          'edits',
          ['updateImage.custom-id-unsigned', 'open:refusal-status'],
          `making the custom-id image ${image.id} require signed URLs is refused`,
          [{ kind: 'status', is: 'refused' }],
        ),
      ]);
      return;
    }
    const edited: ImageModel = {
      ...image,
      ...(body.metadata ? { meta: body.metadata as Record<string, unknown> } : {}),
      ...(body.creator !== undefined ? { creator: body.creator as string } : {}),
      ...(body.requireSignedURLs !== undefined ? { requireSignedURLs: body.requireSignedURLs as boolean } : {}),
    };
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['updateImage.applied'], 'a valid edit is applied', [{ kind: 'status', is: '2xx' }]),
      expectation(
        'edits',
        ['updateImage.applied', '/components/schemas/UpdateImageBody/x-cf-partial-update'],
        'its answer shows the fields sent, and the others unchanged',
        imageFacts(edited),
      ),
    ]);
    Object.assign(image, edited);
  }

  toString = () => `UpdateImage(${this.state} #${this.n}, ${JSON.stringify(this.edit)})`;
}

export class DeleteImage implements Command {
  constructor(
    readonly state: ImageState,
    readonly n: number,
  ) {}

  check = (m: Readonly<Model>) => imagesToAddress(m as Model, this.state).length > 0;

  async run(m: Model, r: Real): Promise<void> {
    const image = pick(imagesToAddress(m, this.state), this.n)!;
    const label = `delete the ${describeImage(image)}`;
    const answer = await r.api('deleteImage', label, { path: { image_id: image.id } });
    if (image.state === 'deleted') {
      await r.expect(label, answer, [
        expectation('use_after_free', ['deleteImage.gone', 'open:refusal-status'], `a second delete of ${image.id} is refused`, [
          { kind: 'status', is: 'refused' },
        ]),
      ]);
      return;
    }
    await r.expect(label, answer, [
      expectation('positive_data_acceptance', ['deleteImage.gone'], `the ${describeImage(image)} is deleted`, [{ kind: 'status', is: '2xx' }]),
    ]);
    image.state = 'deleted';
    for (const upload of m.uploads) if (upload.imageId === image.id) upload.orphaned = true;
  }

  toString = () => `DeleteImage(${this.state} #${this.n})`;
}
