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

const isStream = (source: unknown): source is ReadableStream => !!source && typeof (source as ReadableStream).getReader === 'function';

/** A Blob over the source; Blobs are used as they are, byte views wrapped once, streams collected once. */
export async function toBlob(operationId: string, source: ImageSource, pointer = '/body/file'): Promise<Blob> {
  if (source instanceof Blob) return source;
  if (source instanceof ArrayBuffer) return new Blob([source]);
  if (ArrayBuffer.isView(source)) return new Blob([source as ArrayBufferView<ArrayBuffer>]);
  if (isStream(source)) {
    try {
      return await new Response(source).blob();
    } catch (error) {
      throw new ImagesValidationError(operationId, [{ pointer, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }
  throw new ImagesValidationError(operationId, [{ pointer, message: 'must be a Blob, File, ArrayBuffer, typed array or ReadableStream' }]);
}

/** The file as a typed, named image part, or the issues that keep it from being one. */
export async function imageFile(operationId: string, part: FilePart, pointer = '/body/file'): Promise<File> {
  const blob = await toBlob(operationId, part.source, pointer);
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
  let json: string;
  try {
    json = JSON.stringify(metadata);
  } catch (error) {
    throw new ImagesValidationError(operationId, [{ pointer, message: `is not JSON-serializable: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) throw new ImagesValidationError(operationId, [{ pointer, message: 'must be an object' }]);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > facts.metadataMaxBytes) {
    throw new ImagesValidationError(operationId, [{ pointer, message: `is ${bytes} bytes as JSON; at most ${facts.metadataMaxBytes} are allowed` }]);
  }
  return json;
}

/** A multipart/form-data body, encoded by us so a large file is referenced, never copied. */
export interface MultipartBody {
  body: Blob;
  contentType: string;
}

const escapeQuoted = (value: string) => value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');

/**
 * Encodes a form's defined fields, in order, as multipart/form-data: the same bytes a FormData
 * would send, but a file part is the caller's Blob itself, so the body costs no copy of the file
 * (FormData + fetch copy a 10 MB upload about three times; bench P4). Other values are sent as text.
 */
export function multipartOf(form: unknown): MultipartBody {
  const boundary = `----cf-images-${crypto.randomUUID()}`;
  const parts: BlobPart[] = [];
  for (const [name, value] of Object.entries(form ?? {})) {
    if (value === undefined) continue;
    if (value instanceof Blob) {
      const filename = value instanceof File ? value.name : 'blob';
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"; filename="${escapeQuoted(filename)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
    } else {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeQuoted(name)}"\r\n\r\n${String(value).replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`);
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** `fields` without its undefined entries: what a form sends, and what its validator must see. */
export function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}
