import { validators } from '../generated/request-validators.js';
import { ImagesValidationError } from './core/errors.js';

export interface SignImageUrlParams {
  /** The delivery URL, `https://imagedelivery.net/<account_hash>/<image_id>/<variant>`. */
  url: string | URL;
  /** The signing key's value (from `images.v1.keys.list()`); a secret. */
  key: string;
  /** When the URL stops working: a Date, or Unix seconds. Or give `expiresIn`. */
  expiresAt?: Date | number;
  /** Seconds from now; default 3600. */
  expiresIn?: number;
  /** Clock for tests. */
  now?: () => number;
}

const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Signs a delivery URL for an image that requires signed URLs: sets `exp` (Unix seconds) and
 * appends `sig`, the hex HMAC-SHA256 of `pathname?search` keyed with the signing key (Web Crypto,
 * so it runs in Workers and browsers). Images with custom IDs cannot require signed URLs, so their
 * URLs are refused.
 */
export async function signImageUrl(params: SignImageUrlParams): Promise<string> {
  const url = new URL(params.url);
  const segments = url.pathname.split('/').filter(Boolean);
  const imageId = decodeURIComponent(segments.slice(1, -1).join('/'));
  if (segments.length < 3) {
    throw new ImagesValidationError(undefined, [{ pointer: '/url', message: 'is not a delivery URL /<account_hash>/<image_id>/<variant>' }]);
  }
  if (!validators['schema.ImageUuid'](imageId)) {
    throw new ImagesValidationError(undefined, [
      { pointer: '/url', message: `has the custom image ID ${JSON.stringify(imageId)}; images with custom IDs cannot use signed URLs` },
    ]);
  }
  const now = (params.now ?? Date.now)();
  const exp =
    params.expiresAt instanceof Date
      ? Math.floor(params.expiresAt.getTime() / 1000)
      : (params.expiresAt ?? Math.floor(now / 1000) + (params.expiresIn ?? 3600));
  url.searchParams.delete('sig');
  url.searchParams.set('exp', String(exp));
  const key = await crypto.subtle.importKey('raw', encoder.encode(params.key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(`${url.pathname}?${url.searchParams.toString()}`));
  url.searchParams.set('sig', hex(signature));
  return url.toString();
}
