import { operations } from '../../../generated/operations.js';
import { ImagesPaginationError } from '../../core/errors.js';
import { imageFile, type ImageSource } from '../../core/file-part.js';
import { definedFields, metadataJson } from '../../core/multipart.js';
import { missingImages, PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { QueryOf, ResultOf, Schemas } from '../../core/types.js';
import { Blobs } from './blobs.js';
import { Keys } from './keys.js';
import { Stats } from './stats.js';
import { Variants } from './variants.js';

export type Image = Schemas['Image'];
export type ImageListV1 = ResultOf<'listImages'>;
export type ListImagesV1Query = QueryOf<'listImages'>;

type UploadForm = Schemas['UploadImageForm'];
/** Upload fields: exactly one of `file` and `url`; `metadata` is an object, sent as one JSON part. */
export type CreateImageParams = Omit<UploadForm, 'file' | 'url' | 'metadata'> & {
  metadata?: Schemas['Metadata'];
  /** Name and type of the file part; both default to what the file says about itself. */
  filename?: string;
  contentType?: string;
} & ({ file: ImageSource; url?: never } | { url: string; file?: never });
export type EditImageParams = Schemas['UpdateImageBody'];

const perPageDefault = operations.listImages.parameters.find((p) => p.name === 'per_page')!.default as number;

/** `images/v1` and `images/v1/{image_id}`, with the sub-resources under `images/v1/`. */
export class V1 extends APIResource {
  readonly blobs = new Blobs(this.transport);
  readonly keys = new Keys(this.transport);
  readonly stats = new Stats(this.transport);
  readonly variants = new Variants(this.transport);

  /** One page (`await`), or every image (`for await`), newest first. Pages until a short page. */
  list(query: ListImagesV1Query = {}, options: RequestOptions = {}): PagePromise<ImageListV1, Image, number> {
    const perPage = query.per_page ?? perPageDefault;
    let previousFirst: string | undefined;
    return new PagePromise({
      operationId: 'listImages',
      signal: options.signal,
      fetchPage: (page, signal) =>
        this.transport.send({ operationId: 'listImages', query: page ? { ...query, page } : query, unusable: missingImages }, { ...options, signal }),
      items: (page) => page.images,
      next: (page, cursor) => {
        if (page.images.length < perPage) return undefined;
        // A server that ignores `page` would repeat the first page forever.
        const first = page.images[0]?.id;
        if (first !== undefined && first === previousFirst) {
          throw new ImagesPaginationError('listImages: the API returned the same page twice; stopping to avoid a loop', { operationId: 'listImages' });
        }
        previousFirst = first;
        return (cursor ?? query.page ?? 1) + 1;
      },
    });
  }

  get(imageId: string, options?: RequestOptions): Promise<Image> {
    return this.transport.send({ operationId: 'getImage', path: { image_id: imageId } }, options);
  }

  /**
   * Uploads a file or a URL. Retried on failure when a custom `id` makes it idempotent, and after a
   * 429 (refused, not carried out); a retry that meets "already exists" after an attempt that may
   * have been carried out (a timeout, a reset, a 5xx) returns the image that attempt stored.
   */
  async create(params: CreateImageParams, options?: RequestOptions): Promise<Image> {
    const { file, url, metadata, filename, contentType, id, requireSignedURLs, creator } = params;
    const form = definedFields({
      file,
      url,
      id,
      metadata: metadata === undefined ? undefined : metadataJson('uploadImage', metadata),
      requireSignedURLs,
      creator,
    });
    return this.transport.send(
      {
        operationId: 'uploadImage',
        body: form,
        prepare: async (body) =>
          body.file === undefined
            ? { ...body, file: undefined }
            : { ...body, file: await imageFile('uploadImage', { source: body.file, filename, contentType }) },
        recoverConflictAfterRetry: id ? () => this.get(id, options) : undefined,
      },
      options,
    );
  }

  async edit(imageId: string, params: EditImageParams, options?: RequestOptions): Promise<Image> {
    if (params.metadata) metadataJson('updateImage', params.metadata);
    return this.transport.send({ operationId: 'updateImage', path: { image_id: imageId }, body: params }, options);
  }

  delete(imageId: string, options?: RequestOptions): Promise<ResultOf<'deleteImage'>> {
    return this.transport.send({ operationId: 'deleteImage', path: { image_id: imageId } }, options);
  }
}
