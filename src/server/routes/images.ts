// /accounts/{account_id}/images/v1 and /images/v1/{image_id}[/blob]
import { randomUUID } from 'node:crypto';
import { compareUploaded, presentImage } from '../context.js';
import { badRequest, notFound, success } from '../http.js';
import { fetchImage, ingest } from '../ingest.js';
import { checkMetadataObject, parseMetadataField } from '../metadata.js';
import { parameterDefault } from '../spec.js';
import type { StoredImage } from '../state.js';
import { ok, type Route } from './types.js';

const DEFAULT_PAGE = parameterDefault<number>('listImages', 'page');
const DEFAULT_PER_PAGE = parameterDefault<number>('listImages', 'per_page');

/** A custom id cannot be combined with signed URLs (upload form and direct upload form). */
export function checkCustomIdNotSigned(body: Record<string, unknown>): void {
  if (body.id !== undefined && body.requireSignedURLs === true)
    throw badRequest('A custom ID cannot be combined with requireSignedURLs: true', '/body/requireSignedURLs');
}

export const listImages: Route = {
  handle({ app, query }) {
    const page = (query.page as number | undefined) ?? DEFAULT_PAGE;
    const perPage = (query.per_page as number | undefined) ?? DEFAULT_PER_PAGE;
    const images = app.state
      .completeImages()
      .filter((i) => matchesCreator(i, query.creator))
      .sort((a, b) => compareUploaded(b, a))
      .slice((page - 1) * perPage, page * perPage);
    return ok(success({ images: images.map((i) => presentImage(app, i)) }));
  },
};

/** `creator=""` selects images without a creator. */
export function matchesCreator(image: StoredImage, creator: unknown): boolean {
  if (creator === undefined) return true;
  if (creator === '') return image.creator === null || image.creator === '';
  return image.creator === creator;
}

export const uploadImage: Route = {
  checkBody(body) {
    if ((body.file === undefined) === (body.url === undefined))
      throw badRequest("Provide exactly one of 'file' (a file part) and 'url'", '/body');
    checkCustomIdNotSigned(body);
  },
  async handle({ app, body }) {
    let bytes: Uint8Array;
    let filename: string | undefined;
    if (body.file !== undefined) {
      if (!(body.file instanceof Blob)) throw badRequest("body.file: must be a file part (with a filename), not a text field", '/body/file');
      bytes = new Uint8Array(await body.file.arrayBuffer());
      filename = (body.file as File).name;
    } else {
      ({ bytes, filename } = await fetchImage(app.fetch, body.url));
    }
    const file = ingest(bytes, filename, body.file !== undefined ? '/body/file' : '/body/url');
    const image: StoredImage = {
      id: body.id ?? randomUUID(),
      creator: body.creator ?? null,
      requireSignedURLs: body.requireSignedURLs ?? false,
      uploaded: new Date(app.now()).toISOString(),
      customId: body.id !== undefined,
      contentType: file.contentType,
      size: file.bytes.byteLength,
    };
    if (file.filename) image.filename = file.filename;
    if (body.metadata !== undefined) image.meta = parseMetadataField(body.metadata);
    const stored = await app.state.addImage(image, file.bytes);
    return ok(success(presentImage(app, stored), { result_info: null }));
  },
};

export const getImage: Route = {
  handle({ app, path }) {
    return ok(success(presentImage(app, app.state.getImage(path.image_id))));
  },
};

export const updateImage: Route = {
  async handle({ app, path, body }) {
    const meta = body.metadata === undefined ? undefined : checkMetadataObject(body.metadata);
    const image = await app.state.updateImage(path.image_id, { creator: body.creator, meta, requireSignedURLs: body.requireSignedURLs });
    return ok(success(presentImage(app, image)));
  },
};

export const deleteImage: Route = {
  async handle({ app, path }) {
    await app.state.deleteImage(path.image_id);
    return ok(success({}));
  },
};

export const getImageBlob: Route = {
  handle({ app, path }) {
    const image = app.state.getImage(path.image_id);
    const bytes = app.state.blobs.get(image.id);
    if (image.draft || !bytes || !image.contentType) throw notFound('Image has no file yet: its direct upload has not completed');
    return { status: 200, bytes, contentType: image.contentType, headers: { 'cache-control': 'private, no-store' } };
  },
};
