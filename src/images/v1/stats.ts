import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { ResultOf } from '../../core/types.js';

export type ImageStats = ResultOf<'getImageStats'>;

/** `images/v1/stats`. */
export class Stats extends APIResource {
  get(options?: RequestOptions): Promise<ImageStats> {
    return this.transport.send({ operationId: 'getImageStats' }, options);
  }
}
