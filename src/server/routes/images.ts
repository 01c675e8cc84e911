// /accounts/{account_id}/images/v1 and /images/v1/{image_id}[/blob]
import { parameterDefault } from '../../spec/wire.js';
import { compareUploaded, newImageId, presentImage } from '../context.js';
import { success } from '../envelope.js';
import { badRequest, notFound } from '../errors.js';
import { matchesCreator } from '../filters.js';
import { fetchImage } from '../download.js';
import { ingest, limits } from '../ingest.js';
import { checkMetadataObject, parseMetadataField } from '../metadata.js';
import { UPLOADED_BYTES_HEADERS, ok } from '../reply.js';
import type { StoredImage } from '../state.js';
import type { OperationHandler } from './types.js';

const DEFAULT_PAGE = parameterDefault<number>('listImages', 'page');
const DEFAULT_PER_PAGE = parameterDefault<number>('listImages', 'per_page');

export const listImages: OperationHandler<'listImages'> = {
  handle({ app, query }) {
    const page = query.page ?? DEFAULT_PAGE;
    const perPage = query.per_page ?? DEFAULT_PER_PAGE;
    const images = app.state
      .completeImages()
      .filter((i) => matchesCreator(i, query.creator))
      .sort((a, b) => compareUploaded(b, a))
      .slice((page - 1) * perPage, page * perPage);
    return ok(success({ images: images.map((i) => presentImage(app, i)) }));
  },
};

// The form's rules the spec states (exactly one of file and url; no custom id with signed URLs)
// were checked by its validator before `handle` runs.
export const uploadImage: OperationHandler<'uploadImage'> = {
  async handle({ app, body }) {
    // Before any download: a form that is refused anyway costs no fetch.
    const meta = body.metadata === undefined ? undefined : parseMetadataField(body.metadata, { maxDepth: app.bounds.maxJsonDepth });
    let bytes: Uint8Array;
    let filename: string | undefined;
    if (body.file !== undefined) {
      if (!(body.file instanceof Blob)) throw badRequest('body.file: must be a file part (with a filename), not a text field', '/body/file');
      bytes = new Uint8Array(await body.file.arrayBuffer());
      filename = (body.file as File).name;
    } else {
      ({ bytes, filename } = await fetchImage(app.fetch, body.url!, { timeoutMs: app.bounds.urlTimeoutMs, maxBytes: limits.maxBytes }));
    }
    const file = ingest(bytes, filename, body.file !== undefined ? '/body/file' : '/body/url');
    const image: StoredImage = {
      id: body.id ?? newImageId(app),
      creator: body.creator ?? null,
      requireSignedURLs: body.requireSignedURLs ?? false,
      uploaded: new Date(app.now()).toISOString(),
      customId: body.id !== undefined,
      contentType: file.contentType,
      size: file.bytes.byteLength,
    };
    if (file.filename) image.filename = file.filename;
    if (meta !== undefined) image.meta = meta;
    const stored = await app.state.addImage(image, file.bytes);
    return ok(success(presentImage(app, stored), { result_info: null }));
  },
};

export const getImage: OperationHandler<'getImage'> = {
  handle: ({ app, path }) => ok(success(presentImage(app, app.state.getImage(path.image_id)))),
};

export const updateImage: OperationHandler<'updateImage'> = {
  async handle({ app, path, body }) {
    const { metadata, ...rest } = body;
    const image = await app.state.updateImage(path.image_id, { ...rest, meta: metadata === undefined ? undefined : checkMetadataObject(metadata) });
    return ok(success(presentImage(app, image)));
  },
};

export const deleteImage: OperationHandler<'deleteImage'> = {
  async handle({ app, path }) {
    await app.state.deleteImage(path.image_id);
    return ok(success({}));
  },
};

export const getImageBlob: OperationHandler<'getImageBlob'> = {
  handle({ app, path }) {
    const image = app.state.getImage(path.image_id);
    const bytes = app.state.blobs.get(image.id);
    if (image.draft || !bytes || !image.contentType) throw notFound('Image has no file yet: its direct upload has not completed');
    return { status: 200, bytes, contentType: image.contentType, headers: { ...UPLOADED_BYTES_HEADERS, 'cache-control': 'private, no-store' } };
  },
};
