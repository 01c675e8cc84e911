import { PagePromise } from '../../core/pagination.js';
import type { RequestOptions, Transport } from '../../core/transport.js';
import type { QueryOf, ResultOf, Schemas } from '../../core/types.js';
import { ImagesV2DirectUploads } from './direct-uploads.js';
import { serializeFilters, type MetadataFilters } from './filters.js';

export type ImageListV2 = ResultOf<'listImagesV2'>;
export type ListImagesV2Query = Omit<QueryOf<'listImagesV2'>, 'meta'> & {
  /** Typed metadata filters, e.g. `{ status: { eq: 'active' }, rating: { gte: 4 } }`. */
  filters?: MetadataFilters;
};

/** `images/v2` and `images/v2/direct_upload`. */
export class ImagesV2 {
  readonly directUploads: ImagesV2DirectUploads;

  constructor(private readonly transport: Transport) {
    this.directUploads = new ImagesV2DirectUploads(transport);
  }

  /** One page (`await`), or every image (`for await`), following `continuation_token`. */
  list(query: ListImagesV2Query = {}, options: RequestOptions = {}): PagePromise<ImageListV2, Schemas['Image'], string> {
    const { filters, ...rest } = query;
    let base: Record<string, unknown> | undefined;
    // Serialized when the first page is asked for: a mistake in the filters rejects it, before anything is sent.
    const queryFor = (token?: string) => {
      base ??= filters ? { ...rest, meta: serializeFilters(filters) } : rest;
      return token ? { ...base, continuation_token: token } : base;
    };
    return new PagePromise({
      operationId: 'listImagesV2',
      signal: options.signal,
      fetchPage: async (token, signal) => this.transport.send<ImageListV2>({ operationId: 'listImagesV2', query: queryFor(token) }, { ...options, signal }),
      items: (page) => page?.images,
      next: (page) => page.continuation_token || undefined,
    });
  }
}
