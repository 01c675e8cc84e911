import { validators } from '../generated/request-validators.js';
import { ImagesValidationError, type ValidationIssue } from './core/errors.js';

export interface SignImageUrlParams {
  /**
   * The delivery URL: `https://imagedelivery.net/<account_hash>/<image_id>/<variant>`, or on a
   * custom domain `https://<host>/cdn-cgi/imagedelivery/<account_hash>/<image_id>/<variant>`.
   */
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
const CUSTOM_DOMAIN_PREFIX = ['cdn-cgi', 'imagedelivery'];

function refuse(issue: ValidationIssue): never {
  throw new ImagesValidationError('signImageUrl', [issue]);
}

/** The image ID in a delivery URL's path: everything between the account hash and the variant. */
function imageIdOf(url: URL): string {
  let segments = url.pathname.split('/').filter(Boolean);
  if (segments[0] === CUSTOM_DOMAIN_PREFIX[0] && segments[1] === CUSTOM_DOMAIN_PREFIX[1]) segments = segments.slice(2);
  if (segments.length < 3) refuse({ pointer: '/url', message: 'is not a delivery URL /<account_hash>/<image_id>/<variant>' });
  try {
    return decodeURIComponent(segments.slice(1, -1).join('/'));
  } catch {
    return refuse({ pointer: '/url', message: 'has an image ID that is not valid percent-encoding' });
  }
}

function expiryOf(params: SignImageUrlParams): number {
  const { expiresAt, expiresIn } = params;
  if (expiresAt instanceof Date) {
    const ms = expiresAt.getTime();
    if (Number.isNaN(ms)) refuse({ pointer: '/expiresAt', message: 'is an invalid Date' });
    return Math.floor(ms / 1000);
  }
  if (expiresAt !== undefined) {
    if (!Number.isSafeInteger(expiresAt) || expiresAt <= 0)
      refuse({ pointer: '/expiresAt', message: `must be Unix seconds, a positive integer (got ${expiresAt})` });
    return expiresAt;
  }
  const seconds = expiresIn ?? 3600;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) refuse({ pointer: '/expiresIn', message: `must be a positive whole number of seconds (got ${seconds})` });
  return Math.floor((params.now ?? Date.now)() / 1000) + seconds;
}

/**
 * Signs a delivery URL for an image that requires signed URLs: sets `exp` (Unix seconds) and
 * appends `sig`, the hex HMAC-SHA256 of `pathname?search` keyed with the signing key (Web Crypto,
 * so it runs in Workers and browsers). Images with custom IDs cannot require signed URLs, so their
 * URLs are refused.
 */
export async function signImageUrl(params: SignImageUrlParams): Promise<string> {
  let url: URL;
  try {
    url = new URL(params.url);
  } catch {
    return refuse({ pointer: '/url', message: 'is not an absolute URL' });
  }
  if (typeof params.key !== 'string' || params.key.length === 0) refuse({ pointer: '/key', message: 'must be the non-empty value of a signing key' });
  const imageId = imageIdOf(url);
  if (!validators['schema.ImageUuid'](imageId)) {
    refuse({ pointer: '/url', message: `has the custom image ID ${JSON.stringify(imageId)}; images with custom IDs cannot use signed URLs` });
  }
  const exp = expiryOf(params);
  url.searchParams.delete('sig');
  url.searchParams.set('exp', String(exp));
  const key = await crypto.subtle.importKey('raw', encoder.encode(params.key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(`${url.pathname}?${url.searchParams.toString()}`));
  url.searchParams.set('sig', hex(signature));
  return url.toString();
}
