import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { ResultOf, Schemas } from '../../core/types.js';

export type Variant = Schemas['Variant'];
export type CreateVariantParams = Schemas['CreateVariantBody'];
export type EditVariantParams = Schemas['UpdateVariantBody'];

/** `images/v1/variants` and `images/v1/variants/{variant_id}`. */
export class Variants extends APIResource {
  /** All variants, keyed by name. */
  list(options?: RequestOptions): Promise<ResultOf<'listVariants'>> {
    return this.transport.send({ operationId: 'listVariants' }, options);
  }

  get(variantId: string, options?: RequestOptions): Promise<ResultOf<'getVariant'>> {
    return this.transport.send({ operationId: 'getVariant', path: { variant_id: variantId } }, options);
  }

  create(params: CreateVariantParams, options?: RequestOptions): Promise<ResultOf<'createVariant'>> {
    return this.transport.send({ operationId: 'createVariant', body: params }, options);
  }

  edit(variantId: string, params: EditVariantParams, options?: RequestOptions): Promise<ResultOf<'updateVariant'>> {
    return this.transport.send({ operationId: 'updateVariant', path: { variant_id: variantId }, body: params }, options);
  }

  delete(variantId: string, options?: RequestOptions): Promise<ResultOf<'deleteVariant'>> {
    return this.transport.send({ operationId: 'deleteVariant', path: { variant_id: variantId } }, options);
  }
}
