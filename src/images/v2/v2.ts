import { missingImages, PagePromise } from '../../core/pagination.js';
import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { QueryOf, ResultOf, Schemas } from '../../core/types.js';
import { DirectUploads } from './direct-uploads.js';
import { serializeFilters, type MetadataFilters } from './filters.js';

export type ImageListV2 = ResultOf<'listImagesV2'>;
export type ListImagesV2Query = Omit<QueryOf<'listImagesV2'>, 'meta'> & {
  /** Typed metadata filters, e.g. `{ status: { eq: 'active' }, rating: { gte: 4 } }`. */
  filters?: MetadataFilters;
};

/** `images/v2`, with `images/v2/direct_upload` as `directUploads`. */
export class V2 extends APIResource {
  readonly directUploads = new DirectUploads(this.transport);

  /** One page (`await`), or every image (`for await`), following `continuation_token`. */
  list(query: ListImagesV2Query = {}, options: RequestOptions = {}): PagePromise<ImageListV2, Schemas['Image'], string> {
    const { filters, ...rest } = query;
    let base: QueryOf<'listImagesV2'> | undefined;
    // Serialized when the first page is asked for: a mistake in the filters rejects it, before anything is sent.
    const queryFor = (token?: string) => {
      base ??= filters ? { ...rest, meta: serializeFilters(filters) } : rest;
      return token ? { ...base, continuation_token: token } : base;
    };
    return new PagePromise({
      operationId: 'listImagesV2',
      signal: options.signal,
      fetchPage: async (token, signal) =>
        this.transport.send({ operationId: 'listImagesV2', query: queryFor(token), unusable: missingImages }, { ...options, signal }),
      items: (page) => page.images,
      next: (page) => page.continuation_token || undefined,
    });
  }
}
