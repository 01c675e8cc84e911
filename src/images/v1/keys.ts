import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { ResultOf } from '../../core/types.js';

export type SigningKeyList = ResultOf<'listSigningKeys'>;

/** `images/v1/keys` and `images/v1/keys/{signing_key_name}`. Key values are secrets: do not log them. */
export class Keys extends APIResource {
  list(options?: RequestOptions): Promise<SigningKeyList> {
    return this.transport.send({ operationId: 'listSigningKeys' }, options);
  }

  /** Creates the named key (PUT); returns all keys. */
  update(signingKeyName: string, options?: RequestOptions): Promise<SigningKeyList> {
    return this.transport.send({ operationId: 'createSigningKey', path: { signing_key_name: signingKeyName } }, options);
  }

  /** Deletes the named key; returns the remaining keys (a new default one if it was the last). */
  delete(signingKeyName: string, options?: RequestOptions): Promise<SigningKeyList> {
    return this.transport.send({ operationId: 'deleteSigningKey', path: { signing_key_name: signingKeyName } }, options);
  }
}
