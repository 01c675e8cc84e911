import { Deadline, TransportFailure, untilAborted } from './core/deadline.js';
import { successEnvelope } from './core/envelope.js';
import { ImagesValidationError } from './core/errors.js';
import { imageFile, type ImageSource } from './core/file-part.js';
import { multipartOf } from './core/multipart.js';
import type { Schemas } from './core/types.js';

export interface UploadToDirectUrlOptions {
  filename?: string;
  contentType?: string;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Default 120 000. */
  timeoutMs?: number;
}

const OPERATION = 'directUpload';

/**
 * Posts a file to a one-time `uploadURL` from `images.v2.directUploads.create()`, as a browser
 * would: a multipart form with one `file` field and no credentials. Runs anywhere `fetch` does.
 * Errors are the client's: ImagesValidationError, ImagesApiError, ImagesConnectionError,
 * ImagesTimeoutError, ImagesAbortError.
 */
export async function uploadToDirectUrl(uploadURL: string, file: ImageSource, options: UploadToDirectUrlOptions = {}): Promise<Schemas['Image']> {
  let url: URL;
  try {
    url = new URL(uploadURL);
  } catch {
    throw new ImagesValidationError(OPERATION, [{ pointer: '/uploadURL', message: 'is not an absolute URL' }]);
  }
  const part = await imageFile(OPERATION, { source: file, filename: options.filename, contentType: options.contentType });
  const multipart = multipartOf({ file: part });
  const body = multipart.blob();
  const { contentType } = multipart;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const deadline = new Deadline(OPERATION, options.timeoutMs ?? 120_000, options.signal);
  try {
    let response: Response;
    let text: string;
    try {
      response = await untilAborted(Promise.resolve(fetchImpl(url, { method: 'POST', body, headers: { 'content-type': contentType }, credentials: 'omit', signal: deadline.signal })), deadline.signal);
      text = await response.text();
    } catch (error) {
      throw new TransportFailure(error);
    }
    return successEnvelope({ operationId: OPERATION, method: 'POST', url: url.href }, response, text).result as Schemas['Image'];
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.done();
  }
}
