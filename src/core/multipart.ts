import { facts } from '../../generated/operations.js';
import { ImagesValidationError } from './errors.js';
import { ImageFile } from './file-part.js';

/** JSON-encodes metadata, refusing more than the spec's byte limit. */
export function metadataJson(operationId: string, metadata: Record<string, unknown>, pointer = '/body/metadata'): string {
  let json: string;
  try {
    json = JSON.stringify(metadata);
  } catch (error) {
    throw new ImagesValidationError(operationId, [{ pointer, message: `is not JSON-serializable: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata))
    throw new ImagesValidationError(operationId, [{ pointer, message: 'must be an object' }]);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > facts.metadataMaxBytes) {
    throw new ImagesValidationError(operationId, [{ pointer, message: `is ${bytes} bytes as JSON; at most ${facts.metadataMaxBytes} are allowed` }]);
  }
  return json;
}

/**
 * A multipart/form-data body, encoded by us so that a file is referenced, never copied: the same
 * bytes a FormData would send (FormData + fetch copy a 10 MB upload about three times; bench P4).
 */
export interface MultipartBody {
  contentType: string;
  /** The exact length in bytes, for a Content-Length a stream body cannot give by itself. */
  length: number;
  /** Whether a part is a file: a body worth streaming. */
  hasFile: boolean;
  /** The body as a Blob; an ImageFile made of bytes is copied into it. */
  blob(): Blob;
  /** The body afresh as a stream each call: the text parts, then each file's own stream. */
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}

const escapeQuoted = (value: string) => value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
const encoder = new TextEncoder();

/** Encodes a form's defined fields, in order; a Blob or ImageFile is a file part, anything else text. */
export function multipartOf(form: unknown): MultipartBody {
  const boundary = `----cf-images-${crypto.randomUUID()}`;
  const parts: (Uint8Array<ArrayBuffer> | Blob | ImageFile)[] = [];
  let text = '';
  for (const [name, value] of Object.entries(form ?? {})) {
    if (value === undefined) continue;
    if (value instanceof Blob || value instanceof ImageFile) {
      const filename = value instanceof File || value instanceof ImageFile ? value.name : 'blob';
      parts.push(
        encoder.encode(
          `${text}--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"; filename="${escapeQuoted(filename)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`,
        ),
        value,
      );
      text = '\r\n';
    } else {
      text += `--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"\r\n\r\n${String(value).replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`;
    }
  }
  parts.push(encoder.encode(`${text}--${boundary}--\r\n`));
  let blob: Blob | undefined;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: parts.reduce((sum, part) => sum + (part instanceof Uint8Array ? part.length : part.size), 0),
    hasFile: parts.length > 1,
    blob: () => (blob ??= new Blob(parts.map((part) => (part instanceof ImageFile ? part.blob() : part)))),
    stream: () => concatenated(parts),
  };
}

/** One stream of the parts in turn, pulled only as fast as it is sent. */
function concatenated(parts: readonly (Uint8Array<ArrayBuffer> | Blob | ImageFile)[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>> | undefined;
  return new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      async pull(controller) {
        for (;;) {
          if (reader) {
            const { done, value } = await reader.read();
            if (!done) return controller.enqueue(value);
            reader = undefined;
          }
          const part = parts[index++];
          if (!part) return controller.close();
          if (part instanceof Uint8Array) return controller.enqueue(part);
          reader = part.stream().getReader();
        }
      },
      cancel: (reason) => reader?.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/** `fields` without its undefined entries: what a form sends, and what its validator must see. */
export function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}
