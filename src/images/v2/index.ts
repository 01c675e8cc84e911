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
    // Filters are serialized once; a mistake in them rejects the first page, before anything is sent.
    const base = (async () => (filters ? { ...rest, meta: serializeFilters(filters) } : rest))();
    return new PagePromise({
      operationId: 'listImagesV2',
      signal: options.signal,
      fetchPage: async (token, signal) =>
        this.transport.send<ImageListV2>({ operationId: 'listImagesV2', query: token ? { ...(await base), continuation_token: token } : await base }, { ...options, signal }),
      items: (page) => page.images,
      next: (page) => page.continuation_token || undefined,
    });
  }
}
