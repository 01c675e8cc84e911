import { facts } from '../../../generated/operations.js';
import { ImagesValidationError } from '../../core/errors.js';
import { definedFields, metadataJson } from '../../core/multipart.js';
import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';
import type { ResultOf, Schemas } from '../../core/types.js';

export type DirectUpload = ResultOf<'createDirectUpload'>;
export type CreateDirectUploadParams = Omit<Schemas['DirectUploadForm'], 'expiry' | 'metadata'> & {
  /** When the upload URL stops working; default (and window) from the spec: now + 30 min, between 2 min and 6 h. */
  expiry?: Date | string;
  metadata?: Schemas['Metadata'];
};

/** `images/v2/direct_upload`. */
export class DirectUploads extends APIResource {
  /** Reserves an image ID and a one-time upload URL; post the file with `uploadToDirectUrl`. */
  async create(params: CreateDirectUploadParams = {}, options?: RequestOptions): Promise<DirectUpload> {
    const { minSeconds, maxSeconds, defaultSeconds } = facts.expiryWindow;
    const now = Date.now();
    const given = params.expiry === undefined ? undefined : new Date(params.expiry);
    if (given) {
      const seconds = (given.getTime() - now) / 1000;
      if (Number.isNaN(seconds) || seconds < minSeconds || seconds > maxSeconds) {
        const got = Number.isNaN(seconds) ? String(params.expiry) : `${Math.round(seconds)} s from now`;
        throw new ImagesValidationError('createDirectUpload', [
          { pointer: '/body/expiry', message: `must be between ${minSeconds} s and ${maxSeconds} s from now (got ${got})` },
        ]);
      }
    }
    const fields = {
      expiry: given?.toISOString(),
      metadata: params.metadata === undefined ? undefined : metadataJson('createDirectUpload', params.metadata),
      requireSignedURLs: params.requireSignedURLs,
      id: params.id,
      creator: params.creator,
    };
    // The API rejects an empty form: with no field given, send the default expiry explicitly.
    if (Object.values(fields).every((v) => v === undefined)) fields.expiry = new Date(now + defaultSeconds * 1000).toISOString();
    return this.transport.send({ operationId: 'createDirectUpload', body: definedFields(fields) }, options);
  }
}
