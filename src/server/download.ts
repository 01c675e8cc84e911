// Downloading the image of a `url` upload: one deadline for the whole download (connection,
// redirects, headers and body) and at most the image size limit read. Every way it can fail is a
// 400 on /body/url, answered by the deadline at the latest.
import { BodyTooLarge, readResponseBounded } from '../core/bounded.js';
import { ApiError, badRequest } from './errors.js';

export interface DownloadBounds {
  /** The whole download's deadline, in milliseconds. */
  timeoutMs: number;
  /** The most bytes read; a larger image is refused. */
  maxBytes: number;
}

const POINTER = '/body/url';
const failed = (why: string) => badRequest(`Failed to fetch the image from the URL: ${why}`, POINTER);

class DeadlinePassed extends Error {}

/** Downloads an image for a `url` upload (redirects followed), named after the last segment of the URL's path. */
export async function fetchImage(fetcher: typeof fetch, url: string, bounds: DownloadBounds): Promise<{ bytes: Uint8Array; filename?: string }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced against every step, so a fetch that ignores its signal cannot hold the upload past the deadline either.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlinePassed());
    }, bounds.timeoutMs);
  });
  deadline.catch(() => undefined); // seen through the races; never unhandled
  const seconds = `${+(bounds.timeoutMs / 1000).toFixed(3)} s`;
  let response: Response | undefined;
  try {
    response = await Promise.race([fetcher(url, { redirect: 'follow', signal: controller.signal }), deadline]);
    if (!response.ok) throw failed(`HTTP ${response.status}`);
    const bytes = await Promise.race([readResponseBounded(response, bounds.maxBytes), deadline]);
    return { bytes, filename: filenameOf(url) };
  } catch (error) {
    if (error instanceof DeadlinePassed || controller.signal.aborted) throw failed(`the download did not finish within ${seconds}`);
    if (error instanceof BodyTooLarge)
      throw badRequest(`Image too large: more than ${bounds.maxBytes} bytes, maximum ${bounds.maxBytes} bytes allowed`, POINTER);
    if (error instanceof ApiError) throw error;
    throw failed(messageOf(error));
  } finally {
    clearTimeout(timer);
    controller.abort(); // whatever is still open (an unread body) goes
  }
}

/** undici's "fetch failed" says nothing: its cause says what (ECONNREFUSED, a redirect loop, a header overflow…). */
function messageOf(error: unknown): string {
  const cause = (error as { cause?: { message?: string; code?: string } })?.cause;
  const message = (error as Error)?.message ?? String(error);
  return cause?.message ? `${message} (${cause.code ? `${cause.code}: ` : ''}${cause.message})` : message;
}

function filenameOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || undefined;
  } catch {
    return undefined;
  }
}
