import { errorBody, errorHead, isRedirect, redirectError, responseText } from './core/body.js';
import { DEFAULT_BOUNDS } from './core/bounded.js';
import { Deadline, TransportFailure, untilAborted } from './core/deadline.js';
import { apiError, successEnvelope } from './core/envelope.js';
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
  /** Largest answer read, in bytes; past it ImagesResponseLimitError. Default 32 MB, as the client's. */
  maxBodyBytes?: number;
  /** Deepest JSON nesting of the answer; past it ImagesResponseLimitError. Default 1000, as the client's. */
  maxJsonDepth?: number;
}

const OPERATION = 'directUpload';

/**
 * Posts a file to a one-time `uploadURL` from `images.v2.directUploads.create()`, as a browser
 * would: a multipart form with one `file` field and no credentials. Runs anywhere `fetch` does.
 * Errors are the client's: ImagesValidationError, ImagesApiError (ImagesResponseLimitError past a
 * bound), ImagesRedirectError, ImagesConnectionError, ImagesTimeoutError, ImagesAbortError.
 *
 * A redirect is not followed either, though no credentials go with this request: the one-time URL
 * is the only place the file is meant for (a 307/308 would send it on to wherever the answer
 * points), and the API documents no redirect here, so another host's answer must not pass for
 * the upload's.
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
  const bounds = { maxBodyBytes: options.maxBodyBytes ?? DEFAULT_BOUNDS.maxBodyBytes, maxJsonDepth: options.maxJsonDepth ?? DEFAULT_BOUNDS.maxJsonDepth };
  const sent = { operationId: OPERATION, method: 'POST', url: url.href };
  const deadline = new Deadline(OPERATION, options.timeoutMs ?? 120_000, options.signal);
  try {
    let response: Response;
    try {
      const init: RequestInit = {
        method: 'POST',
        body,
        headers: { 'content-type': contentType },
        credentials: 'omit',
        redirect: 'manual',
        signal: deadline.signal,
      };
      response = await untilAborted(Promise.resolve(fetchImpl(url, init)), deadline.signal);
    } catch (error) {
      throw new TransportFailure(error);
    }
    if (isRedirect(response)) {
      response.body?.cancel().catch(() => {});
      throw redirectError(sent, response);
    }
    if (!response.ok) {
      const { text } = await untilAborted(errorHead(response), deadline.signal);
      throw apiError(sent, response, errorBody(text, bounds));
    }
    const text = await untilAborted(responseText(sent, response, bounds.maxBodyBytes), deadline.signal);
    return successEnvelope(sent, response, text, bounds).result as Schemas['Image'];
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.done();
  }
}
