// Turning uploaded bytes into a stored image: type sniffing and Cloudflare's size limits.
import { imageSize } from 'image-size';
import { sniffImageType, type ImageMediaType } from '../core/image-type.js';
import { facts } from '../../generated/operations.js';
import { specInteger } from '../spec/fact.js';
import { Codes, badRequest } from './errors.js';
import { UnreadableSvg, svgDeclaredSize, svgRenderedSize, type SvgDeclaredSize } from './svg.js';

export const limits = facts.imageLimits;
/** Longer names are cut to the spec's `Image.filename.maxLength`. */
const MAX_FILENAME = specInteger('/components/schemas/Image/properties/filename/maxLength');

export interface IngestedFile {
  bytes: Uint8Array;
  contentType: ImageMediaType;
  filename?: string;
}

/** Checks bytes against the documented limits (size, type, pixels, side) and returns what to store. */
export function ingest(bytes: Uint8Array, filename: string | undefined, pointer: string): IngestedFile {
  if (bytes.byteLength === 0) throw badRequest('Bad request: the image file is empty', pointer);
  if (bytes.byteLength > limits.maxBytes) throw badRequest(`Image too large: ${bytes.byteLength} bytes, maximum ${limits.maxBytes} bytes allowed`, pointer);
  const contentType = sniffImageType(bytes.subarray(0, 512));
  if (!contentType)
    throw badRequest(`Uploaded image must be one of ${facts.imageMediaTypes.join(', ')}; the file is not a supported image`, pointer, Codes.notAnImage);
  if (contentType === 'image/svg+xml') checkSvg(bytes, pointer);
  else {
    let size: { width?: number; height?: number };
    try {
      size = imageSize(bytes);
    } catch {
      throw badRequest(`Bad request: the ${contentType} image is corrupt or truncated (its dimensions cannot be read)`, pointer);
    }
    checkSize(size.width, size.height, pointer);
  }
  return { bytes, contentType, filename: cleanFilename(filename) };
}

/** The side and pixel limits, on a size that may lack a side (only what is known is checked); `where` names a size that is not the image's own. */
function checkSize(width: number | undefined, height: number | undefined, pointer: string, where = ''): void {
  const shown = (n: number | undefined) => (n === undefined ? '?' : String(+n.toFixed(2)));
  if ((width ?? 0) > limits.maxSide || (height ?? 0) > limits.maxSide)
    throw badRequest(`Image dimensions too large: ${shown(width)}x${shown(height)} px${where}, maximum ${limits.maxSide} px on each side`, pointer);
  if (width !== undefined && height !== undefined && width * height > limits.maxPixels)
    throw badRequest(
      `Image too large: ${shown(width * height)} pixels (${shown(width)}x${shown(height)})${where}, maximum ${limits.maxPixels} pixels allowed`,
      pointer,
    );
}

/**
 * An SVG is held to the limits in every size it declares: the size it renders at (width and height
 * in any unit, or derived from the viewBox) and the viewBox itself. One without any size is exempt;
 * one whose root tag cannot be read is refused.
 */
function checkSvg(bytes: Uint8Array, pointer: string): void {
  let declared: SvgDeclaredSize;
  try {
    declared = svgDeclaredSize(bytes);
  } catch (error) {
    if (error instanceof UnreadableSvg) throw badRequest(`Bad request: the SVG cannot be read: ${error.message}`, pointer);
    throw error;
  }
  if (declared.viewBox) checkSize(declared.viewBox.width, declared.viewBox.height, pointer, " (the SVG's viewBox)");
  const rendered = svgRenderedSize(declared);
  checkSize(rendered.width, rendered.height, pointer);
}

function cleanFilename(name: string | undefined): string | undefined {
  const base = name?.split(/[\\/]/).pop()?.trim();
  // Cut by code points, as JSON Schema's maxLength counts them (and no surrogate pair is split).
  return base ? Array.from(base).slice(0, MAX_FILENAME).join('') : undefined;
}
