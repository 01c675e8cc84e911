import { APIResource } from '../core/resource.js';
import { V1 } from './v1/v1.js';
import { V2 } from './v2/v2.js';

/** `images/...`, as `client.images.v1` and `client.images.v2`. */
export class Images extends APIResource {
  readonly v1 = new V1(this.transport);
  readonly v2 = new V2(this.transport);
}
