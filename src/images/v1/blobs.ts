import { ImagesApiError } from '../../core/errors.js';
import { isImageMediaType } from '../../core/image-type.js';
import type { RequestOptions, Transport } from '../../core/transport.js';

/** An image's original bytes. Read them once, in the form you need. */
export interface ImageBlob {
  contentType: string;
  /** From `Content-Length`, when the server sent it. */
  size?: number;
  stream(): ReadableStream<Uint8Array>;
  blob(): Promise<Blob>;
  bytes(): Promise<Uint8Array>;
}

/** `images/v1/{image_id}/blob`. */
export class ImagesV1Blobs {
  constructor(private readonly transport: Transport) {}

  async get(imageId: string, options?: RequestOptions): Promise<ImageBlob> {
    const response = await this.transport.send<Response>({ operationId: 'getImageBlob', path: { image_id: imageId }, parseAs: 'stream' }, options);
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!isImageMediaType(contentType) || !response.body) {
      await response.body?.cancel();
      throw new ImagesApiError({
        operationId: 'getImageBlob',
        status: response.status,
        cfRay: response.headers.get('cf-ray') ?? undefined,
        response,
        reason: `expected image bytes, got ${contentType ? `Content-Type ${contentType}` : 'no Content-Type'}`,
      });
    }
    const length = response.headers.get('content-length');
    return {
      contentType,
      size: length === null ? undefined : Number(length),
      stream: () => response.body!,
      blob: () => response.blob(),
      bytes: async () => new Uint8Array(await response.arrayBuffer()),
    };
  }
}
