import { mediaTypeOf } from '../../spec/media-type.js';
import { isImageMediaType } from '../../core/image-type.js';
import { APIResource } from '../../core/resource.js';
import type { RequestOptions } from '../../core/transport.js';

/** An image's original bytes. Read them once, in the form you need. */
export interface ImageBlob {
  contentType: string;
  /** From `Content-Length`, when the server sent it. */
  size?: number;
  stream(): ReadableStream<Uint8Array>;
  blob(): Promise<Blob>;
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
    const { response, body } = await this.transport.stream({ operationId: 'getImageBlob', path: { image_id: imageId }, unacceptable: notAnImage }, options);
    const contentType = contentTypeOf(response);
    const length = response.headers.get('content-length');
    const bytes = () => readAll(body);
    return {
      contentType,
      size: length === null ? undefined : Number(length),
      stream: () => body,
      bytes,
      blob: async () => new Blob([await bytes()], { type: contentType }),
    };
  }
}

/** Reads a stream to its end; its (typed) errors are thrown as they are. */
async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    size += r.value.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
