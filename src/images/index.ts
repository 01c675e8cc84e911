import type { Transport } from '../core/transport.js';
import { ImagesV1 } from './v1/index.js';
import { ImagesV2 } from './v2/index.js';

/** `images/...`, as `client.images.v1` and `client.images.v2`. */
export class Images {
  readonly v1: ImagesV1;
  readonly v2: ImagesV2;

  constructor(transport: Transport) {
    this.v1 = new ImagesV1(transport);
    this.v2 = new ImagesV2(transport);
  }
}
