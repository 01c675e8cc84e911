import type { RequestOptions, Transport } from '../../core/transport.js';
import type { ResultOf } from '../../core/types.js';

export type ImageStats = ResultOf<'getImageStats'>;

/** `images/v1/stats`. */
export class ImagesV1Stats {
  constructor(private readonly transport: Transport) {}

  get(options?: RequestOptions): Promise<ImageStats> {
    return this.transport.send({ operationId: 'getImageStats' }, options);
  }
}
