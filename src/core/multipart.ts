import { facts } from '../../generated/operations.js';
import { ImagesValidationError, type ValidationIssue } from './errors.js';
import { extensionOf, isImageMediaType, sniffImageType } from './image-type.js';

/** Anything a file can be given as, in any runtime. (Node paths: `fileFromPath` in `cf-images-kit/node`.) */
export type ImageSource = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array>;

export interface FilePart {
  source: ImageSource;
  /** Defaults to the File's name, else `image.<ext>`. */
  filename?: string;
  /** Defaults to the Blob's type, else sniffed from the magic bytes. */
  contentType?: string;
}

/** A Blob over the source; Blobs and byte views are wrapped, not copied again; streams are collected once. */
export async function toBlob(source: ImageSource): Promise<Blob> {
  if (source instanceof Blob) return source;
  if (source instanceof ArrayBuffer) return new Blob([source]);
  if (ArrayBuffer.isView(source)) return new Blob([source as ArrayBufferView<ArrayBuffer>]);
  if (source && typeof (source as ReadableStream).getReader === 'function') return new Response(source as ReadableStream).blob();
  throw new TypeError('file must be a Blob, File, ArrayBuffer, typed array or ReadableStream');
}

/** The file as a typed, named image part, or the issues that keep it from being one. */
export async function imageFile(operationId: string, part: FilePart, pointer = '/body/file'): Promise<File> {
  const blob = await toBlob(part.source);
  const issues: ValidationIssue[] = [];
  const { maxBytes } = facts.imageLimits;
  if (blob.size === 0) issues.push({ pointer, message: 'is empty' });
  if (blob.size > maxBytes) issues.push({ pointer, message: `is ${blob.size} bytes; at most ${maxBytes} are allowed` });
  const declared = part.contentType ?? (blob.type || undefined);
  const type = declared ?? sniffImageType(new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
  if (!type || !isImageMediaType(type)) {
    issues.push({ pointer, message: `${type ? `has type ${type}, which` : 'is not a recognized image; it'} is not one of ${facts.imageMediaTypes.join(', ')}` });
  }
  if (issues.length) throw new ImagesValidationError(operationId, issues);
  const name = part.filename ?? (blob instanceof File && blob.name ? blob.name : `image.${extensionOf(type as never)}`);
  return blob instanceof File && blob.name === name && blob.type === type ? blob : new File([blob], name, { type });
}

/** JSON-encodes metadata, refusing more than the spec's byte limit. */
export function metadataJson(operationId: string, metadata: Record<string, unknown>, pointer = '/body/metadata'): string {
  const json = JSON.stringify(metadata);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > facts.metadataMaxBytes) {
    throw new ImagesValidationError(operationId, [{ pointer, message: `is ${bytes} bytes as JSON; at most ${facts.metadataMaxBytes} are allowed` }]);
  }
  return json;
}

/** A multipart form of the defined fields, in the order given; strings are appended without a filename. */
export function formOf(fields: Record<string, string | boolean | File | undefined>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof File) form.append(name, value, value.name);
    else form.append(name, String(value));
  }
  return form;
}
