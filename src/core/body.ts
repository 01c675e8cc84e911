// Response bodies read under the client's bounds (src/core/bounded.ts holds the rule): what a
// server sends can never make the client hold more than maxBodyBytes, nor walk JSON deeper than
// maxJsonDepth; past a bound the error is typed and says which option raises it.
import { BodyTooLarge, parseJsonBounded, readBounded, readResponseBounded, type BodyBounds } from './bounded.js';
import { TransportFailure } from './deadline.js';
import { apiError, limitError, type SentRequest } from './envelope.js';
import { ImagesRedirectError } from './errors.js';

/** An error body is read only this far: the envelope or a snippet is all an error keeps. */
const ERROR_BODY_BYTES = 64 * 1024;

/** `fatal`: JSON is UTF-8 (RFC 8259), so bytes that are not are refused rather than replaced. Stateless between calls. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** A 2xx body as text: at most `limit` bytes (else ImagesResponseLimitError), valid UTF-8 (else ImagesApiError). */
export function responseText(sent: SentRequest, response: Response, limit: number): Promise<string> {
  return readResponseBounded(response, limit).then(
    (bytes) => {
      try {
        return utf8.decode(bytes);
      } catch {
        throw apiError(sent, response, '', 'the body is not valid UTF-8');
      }
    },
    (error) => {
      throw error instanceof BodyTooLarge ? limitError(sent, response, error) : new TransportFailure(error);
    },
  );
}

/** A stream read whole within `limit` (its declared length checked first); its own (typed) errors pass through. */
export async function streamBytes(sent: SentRequest, response: Response, body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  try {
    return await readBounded(body, limit, response.headers.get('content-length'));
  } catch (error) {
    throw error instanceof BodyTooLarge ? limitError(sent, response, error) : error;
  }
}

/** The first `limit` bytes of a stream; the rest is cancelled, never read. */
async function readHead(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const kept = value.byteLength > limit - size ? value.subarray(0, limit - size) : value;
      chunks.push(kept);
      size += kept.byteLength;
    }
    if (size >= limit) await reader.cancel().catch(() => {});
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Whether a response is a redirect: a 3xx, or a browser's `opaqueredirect` (status 0, `redirect: 'manual'`). */
export const isRedirect = (response: Response): boolean => (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';

export const redirectError = (sent: SentRequest, response: Response): ImagesRedirectError =>
  new ImagesRedirectError({
    ...sent,
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    hidden: response.type === 'opaqueredirect',
  });

/**
 * An attempt's response as openapi-fetch and middleware get it: a 2xx as it is (its body read
 * later, under the bounds); a redirect without its body; an error response with at most
 * ERROR_BODY_BYTES of its body, read now (`errorText` gets them as text).
 */
export function received(response: Response, attempt: SentRequest & { errorText?: string }): Response | Promise<Response> {
  if (response.ok) return response; // no promise of its own: this is every call's path
  if (isRedirect(response)) {
    if (response.type === 'opaqueredirect') return response; // no body, and status 0 cannot be rebuilt
    response.body?.cancel().catch(() => {});
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  return errorHead(response).then(({ bytes, text }) => {
    attempt.errorText = text;
    // fetch passes on any three digits; a Response holds only 200–599.
    if (response.status > 599 || response.status < 200) throw apiError(attempt, response, text, 'the status is not one HTTP defines');
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
}

/** An error body's first ERROR_BODY_BYTES, and as text (bytes that are not UTF-8 replaced: it is only shown). */
export async function errorHead(response: Response): Promise<{ bytes: Uint8Array<ArrayBuffer>; text: string }> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = response.body ? await readHead(response.body, ERROR_BODY_BYTES) : new Uint8Array(0);
  } catch (error) {
    throw new TransportFailure(error);
  }
  return { bytes, text: lenient.decode(bytes) };
}

/** What an error body says: its envelope when it is JSON within the depth bound, else its text (for a snippet). */
export function errorBody(text: string, bounds: BodyBounds): unknown {
  try {
    return parseJsonBounded(text, bounds.maxJsonDepth);
  } catch {
    return text;
  }
}
