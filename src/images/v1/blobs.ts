import { mediaTypeOf } from '../../spec/media-type.js';
import { isImageMediaType } from '../../core/image-type.js';
import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';

/** An image's original bytes. Read them once, in the form you need. */
export interface ImageBlob {
  contentType: string;
  /** From `Content-Length`, when the server sent it. */
  size?: number;
  /** As it comes: not bounded (you read it). */
  stream(): ReadableStream<Uint8Array>;
  /** Read whole, at most the client's `maxBodyBytes` (else ImagesResponseLimitError). */
  blob(): Promise<Blob>;
  /** Read whole, at most the client's `maxBodyBytes` (else ImagesResponseLimitError). */
  bytes(): Promise<Uint8Array>;
}

const contentTypeOf = (response: Response) => mediaTypeOf(response.headers.get('content-type')) ?? '';

function notAnImage(response: Response): string | undefined {
  const type = contentTypeOf(response);
  return isImageMediaType(type) ? undefined : `expected image bytes, got ${type ? `Content-Type ${type}` : 'no Content-Type'}`;
}

/** `images/v1/{image_id}/blob`. */
export class Blobs extends APIResource {
  async get(imageId: string, options?: RequestOptions): Promise<ImageBlob> {
    const { response, body, bytes } = await this.transport.stream(
      { operationId: 'getImageBlob', path: { image_id: imageId }, unacceptable: notAnImage },
      options,
    );
    const contentType = contentTypeOf(response);
    const length = response.headers.get('content-length');
    return {
      contentType,
      size: length === null ? undefined : Number(length),
      stream: () => body,
      bytes,
      blob: async () => new Blob([(await bytes()) as Uint8Array<ArrayBuffer>], { type: contentType }),
    };
  }
}
