import { facts } from '../../generated/operations.js';
import { ImagesValidationError, type ValidationIssue } from './errors.js';
import { extensionOf, isImageMediaType, sniffImageType } from './image-type.js';

/**
 * Anything a file can be given as, in any runtime: bytes, a Blob or File, a ReadableStream, or any
 * async iterable of bytes (a Node stream as it is). Node paths: `fileFromPath` in `cf-images-kit/node`.
 */
export type ImageSource = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

export interface FilePartInit {
  source: ImageSource;
  /** Defaults to the File's name, else `image.<ext>`. */
  filename?: string;
  /** Defaults to the Blob's type, else sniffed from the magic bytes. */
  contentType?: string;
}

/** Views of at most 1 MiB: a sent chunk is a window on the caller's bytes, never a copy. */
const VIEW_BYTES = 2 ** 20;

/**
 * A checked, named and typed image file over the caller's data, which it never copies: a Blob as
 * it is, the caller's bytes, or the chunks a stream gave. Shaped like a Blob so it types as the
 * spec's binary field; `stream()` gives the bytes afresh for every attempt.
 */
export class ImageFile implements Blob {
  readonly #data: Blob | readonly Uint8Array[];

  constructor(
    readonly name: string,
    readonly type: string,
    readonly size: number,
    data: Blob | readonly Uint8Array[],
  ) {
    this.#data = data;
  }

  /** The file as a real Blob, for a body that must be one: a Blob as it is, bytes or chunks copied into one. */
  blob(): Blob {
    const data = this.#data;
    return data instanceof Blob ? data : new Blob(data as Uint8Array<ArrayBuffer>[], { type: this.type });
  }

  stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const data = this.#data;
    if (data instanceof Blob) return data.stream();
    let chunk = 0;
    let offset = 0;
    return new ReadableStream<Uint8Array<ArrayBuffer>>(
      {
        pull(controller) {
          const current = data[chunk];
          if (!current) return controller.close();
          const view = current.subarray(offset, offset + VIEW_BYTES);
          offset += view.length;
          if (offset >= current.length) [chunk, offset] = [chunk + 1, 0];
          if (view.length) controller.enqueue(view as Uint8Array<ArrayBuffer>);
        },
      },
      { highWaterMark: 0 },
    );
  }

  slice(start?: number, end?: number, contentType?: string): Blob {
    return this.blob().slice(start, end, contentType);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.blob().arrayBuffer();
  }

  bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.blob()
      .arrayBuffer()
      .then((buffer) => new Uint8Array(buffer));
  }

  text(): Promise<string> {
    return this.blob().text();
  }
}

const isStream = (source: unknown): source is ReadableStream => !!source && typeof (source as ReadableStream).getReader === 'function';

/** A view of the bytes of a typed array, DataView or ArrayBuffer (Node 20's `readableWebStream()` gives ArrayBuffers). */
function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return undefined;
}

interface Data {
  data: Blob | Uint8Array[];
  size: number;
  /** A stream read only up to past the limit: `size` is a lower bound. */
  truncated?: boolean;
}

/** Reads a stream's chunks as they are, stopping as soon as there are more than `limit` bytes. */
async function collect(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, limit: number): Promise<Data> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const full = (value: unknown) => {
    const chunk = bytesOf(value);
    if (!chunk) throw new TypeError('the stream gave a chunk that is not bytes');
    chunks.push(chunk);
    size += chunk.length;
    return size > limit;
  };
  let truncated = false;
  if (isStream(source)) {
    const reader = source.getReader();
    while (!truncated) {
      const next = await reader.read();
      if (next.done) break;
      truncated = full(next.value);
    }
    if (truncated) await reader.cancel();
  } else {
    for await (const value of source) if ((truncated = full(value))) break; // leaving the loop ends the iterable
  }
  return { data: chunks, size, truncated };
}

const isIterable = (source: unknown): source is AsyncIterable<Uint8Array> =>
  !!source && typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

/** The source as a Blob or chunks, without copying; a stream is read to its end (or past the limit). */
async function dataOf(operationId: string, source: ImageSource, pointer: string): Promise<Data> {
  if (source instanceof Blob) return { data: source, size: source.size };
  const bytes = bytesOf(source);
  if (bytes) return { data: [bytes], size: bytes.length };
  if (isStream(source) || isIterable(source)) {
    try {
      return await collect(source, facts.imageLimits.maxBytes);
    } catch (error) {
      throw new ImagesValidationError(operationId, [{ pointer, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }
  throw new ImagesValidationError(operationId, [
    { pointer, message: 'must be a Blob, File, ArrayBuffer, typed array, ReadableStream or async iterable of bytes' },
  ]);
}

async function headOf(data: Blob | Uint8Array[]): Promise<Uint8Array> {
  if (data instanceof Blob) return new Uint8Array(await data.slice(0, 64).arrayBuffer());
  const head = new Uint8Array(64);
  let filled = 0;
  for (const chunk of data) {
    if (filled === head.length) break;
    const part = chunk.subarray(0, head.length - filled);
    head.set(part, filled);
    filled += part.length;
  }
  return head.subarray(0, filled);
}

/** The file as a typed, named image part within the spec's limits, or the issues that keep it from being one. */
export async function imageFile(operationId: string, part: FilePartInit, pointer = '/body/file'): Promise<ImageFile> {
  const { data, size, truncated } = await dataOf(operationId, part.source, pointer);
  const issues: ValidationIssue[] = [];
  const { maxBytes } = facts.imageLimits;
  if (size === 0) issues.push({ pointer, message: 'is empty' });
  if (size > maxBytes) issues.push({ pointer, message: `is ${truncated ? `more than ${maxBytes}` : size} bytes; at most ${maxBytes} are allowed` });
  const declared = part.contentType ?? ((data instanceof Blob && data.type) || undefined);
  let type = declared;
  try {
    type ??= sniffImageType(await headOf(data));
  } catch (error) {
    // A file-backed Blob whose file is gone, or a Blob that cannot be read.
    throw new ImagesValidationError(operationId, [{ pointer, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  if (!type || !isImageMediaType(type)) {
    issues.push({
      pointer,
      message: `${type ? `has type ${type}, which` : 'is not a recognized image; it'} is not one of ${facts.imageMediaTypes.join(', ')}`,
    });
  }
  if (issues.length) throw new ImagesValidationError(operationId, issues);
  const name = part.filename ?? (data instanceof File && data.name ? data.name : `image.${extensionOf(type as never)}`);
  return new ImageFile(name, type!, size, data);
}
