// Turning uploaded bytes into a stored image: type sniffing and Cloudflare's size limits.
import { imageSize } from 'image-size';
import { sniffImageType, type ImageMediaType } from '../core/image-type.js';
import { facts } from '../../generated/operations.js';
import { componentSchema } from '../spec/document.js';
import { Codes, badRequest } from './errors.js';

export const limits = facts.imageLimits;
/** Longer names are cut to the spec's `Image.filename.maxLength`. */
export const MAX_FILENAME: number = componentSchema('Image').properties.filename.maxLength;
if (!Number.isInteger(MAX_FILENAME)) throw new Error('the spec states no Image.filename.maxLength');

export interface IngestedFile {
  bytes: Uint8Array;
  contentType: ImageMediaType;
  filename?: string;
}

/** Checks bytes against the documented limits (size, type, pixels, side) and returns what to store. */
export function ingest(bytes: Uint8Array, filename: string | undefined, pointer: string): IngestedFile {
  if (bytes.byteLength === 0) throw badRequest('Bad request: the image file is empty', pointer);
  if (bytes.byteLength > limits.maxBytes)
    throw badRequest(`Image too large: ${bytes.byteLength} bytes, maximum ${limits.maxBytes} bytes allowed`, pointer);
  const contentType = sniffImageType(bytes.subarray(0, 512));
  if (!contentType)
    throw badRequest(`Uploaded image must be one of ${facts.imageMediaTypes.join(', ')}; the file is not a supported image`, pointer, Codes.notAnImage);
  let width: number | undefined;
  let height: number | undefined;
  // An SVG without both width and height (a viewBox at most) has no pixel size: it is exempt from pixel limits.
  if (contentType !== 'image/svg+xml' || svgHasSize(bytes)) {
    try {
      ({ width, height } = imageSize(bytes));
    } catch {
      if (contentType !== 'image/svg+xml') throw badRequest(`Bad request: the ${contentType} image is corrupt or truncated (its dimensions cannot be read)`, pointer);
    }
  }
  if (width !== undefined && height !== undefined) {
    if (width > limits.maxSide || height > limits.maxSide)
      throw badRequest(`Image dimensions too large: ${width}x${height} px, maximum ${limits.maxSide} px on each side`, pointer);
    if (width * height > limits.maxPixels)
      throw badRequest(`Image too large: ${width * height} pixels (${width}x${height}), maximum ${limits.maxPixels} pixels allowed`, pointer);
  }
  return { bytes, contentType, filename: cleanFilename(filename) };
}

/** Whether the root `<svg>` element declares both `width` and `height`. */
function svgHasSize(bytes: Uint8Array): boolean {
  const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)))?.[0] ?? '';
  return /\swidth\s*=/i.test(root) && /\sheight\s*=/i.test(root);
}

function cleanFilename(name: string | undefined): string | undefined {
  const base = name?.split(/[\\/]/).pop()?.trim();
  // Cut by code points, as JSON Schema's maxLength counts them (and no surrogate pair is split).
  return base ? Array.from(base).slice(0, MAX_FILENAME).join('') : undefined;
}

const FETCH_TIMEOUT_MS = 30_000;

/** Downloads an image for a `url` upload, reading at most one byte past the size limit. */
export async function fetchImage(fetcher: typeof fetch, url: string): Promise<{ bytes: Uint8Array; filename?: string }> {
  let response: Response;
  try {
    response = await fetcher(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw badRequest(`Failed to fetch the image from the URL: ${(error as Error).message}`, '/body/url');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw badRequest(`Failed to fetch the image from the URL: HTTP ${response.status}`, '/body/url');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      chunks.push(value);
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw badRequest(`Image too large: more than ${limits.maxBytes} bytes, maximum ${limits.maxBytes} bytes allowed`, '/body/url');
      }
    }
  }
  const bytes = Buffer.concat(chunks);
  let filename: string | undefined;
  try {
    filename = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    filename = undefined;
  }
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), filename };
}

