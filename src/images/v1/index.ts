import type { Transport } from '../../core/transport.js';
import { ImagesV1Blobs } from './blobs.js';
import { ImagesV1Images } from './images.js';
import { ImagesV1Keys } from './keys.js';
import { ImagesV1Stats } from './stats.js';
import { ImagesV1Variants } from './variants.js';

/** `images/v1/...`: image CRUD plus its sub-resources, named as in the official SDK. */
export class ImagesV1 extends ImagesV1Images {
  readonly blobs: ImagesV1Blobs;
  readonly keys: ImagesV1Keys;
  readonly stats: ImagesV1Stats;
  readonly variants: ImagesV1Variants;

  constructor(transport: Transport) {
    super(transport);
    this.blobs = new ImagesV1Blobs(transport);
    this.keys = new ImagesV1Keys(transport);
    this.stats = new ImagesV1Stats(transport);
    this.variants = new ImagesV1Variants(transport);
  }
}
