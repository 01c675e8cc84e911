import { ImagesApiError, ImagesConnectionError, type CloudflareMessage } from './core/errors.js';
import { imageFile, type FilePart, type ImageSource } from './core/multipart.js';
import type { Schemas } from './core/types.js';

export interface UploadToDirectUrlOptions {
  filename?: string;
  contentType?: string;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * Posts a file to a one-time `uploadURL` from `images.v2.directUploads.create()`, as a browser
 * would: a multipart form with one `file` field and no credentials. Runs anywhere `fetch` does.
 */
export async function uploadToDirectUrl(uploadURL: string, file: ImageSource, options: UploadToDirectUrlOptions = {}): Promise<Schemas['Image']> {
  const operationId = 'directUpload';
  const part = await imageFile(operationId, { source: file, filename: options.filename, contentType: options.contentType } satisfies FilePart);
  const form = new FormData();
  form.append('file', part, part.name);
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? globalThis.fetch)(uploadURL, { method: 'POST', body: form, credentials: 'omit', signal: options.signal });
    text = await response.text();
  } catch (error) {
    throw new ImagesConnectionError(`${operationId}: ${error instanceof Error ? error.message : String(error)}`, { operationId, cause: error });
  }
  let envelope: { success?: boolean; errors?: CloudflareMessage[]; result?: Schemas['Image'] } | undefined;
  try {
    envelope = JSON.parse(text);
  } catch {
    envelope = undefined;
  }
  if (!response.ok || !envelope || envelope.success !== true) {
    throw new ImagesApiError({
      operationId,
      status: response.status,
      errors: envelope?.errors,
      cfRay: response.headers.get('cf-ray') ?? undefined,
      response,
      bodySnippet: envelope ? undefined : text.slice(0, 200),
      reason: response.ok ? 'success is not true' : undefined,
    });
  }
  return envelope.result as Schemas['Image'];
}
