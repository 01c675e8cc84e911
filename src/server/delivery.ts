// Image delivery, like imagedelivery.net: GET /<account_hash>/<image_id>/<variant>, with signed-URL checks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppContext } from './context.js';
import { holdsValue } from '../spec/route.js';
import { ApiError, Codes, replyFor } from './errors.js';
import { CORS_ANY_ORIGIN, UPLOADED_BYTES_HEADERS, type Reply } from './reply.js';

/** The signed message: the path plus the query without `sig`, exactly as received. */
export function signedMessage(rawPath: string, rawQuery: string): string {
  const rest = rawQuery
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'sig')
    .join('&');
  return `${rawPath}?${rest}`;
}

function verifySignature(app: AppContext, rawPath: string, rawQuery: string, search: URLSearchParams): void {
  const exp = search.get('exp');
  const sig = search.get('sig');
  if (!exp || !sig) throw new ApiError(403, Codes.forbidden, 'This image requires a signed URL: add the exp and sig query parameters');
  const expired = app.variation.signatureExpired ?? ((seconds: number, nowMs: number) => seconds * 1000 <= nowMs);
  if (!/^[0-9]+$/.test(exp) || expired(Number(exp), app.now())) throw new ApiError(403, Codes.forbidden, 'The signed URL has expired');
  if (!/^[0-9a-f]{64}$/.test(sig)) throw new ApiError(403, Codes.forbidden, 'Invalid signature');
  const message = signedMessage(rawPath, rawQuery);
  const given = Buffer.from(sig, 'hex');
  const valid = app.state.keys.some((key) => timingSafeEqual(createHmac('sha256', Buffer.from(key.value, 'utf8')).update(message).digest(), given));
  if (!valid) throw new ApiError(403, Codes.forbidden, 'Invalid signature');
}

/** Returns undefined when the path is not a delivery path of this account. */
export function handleDelivery(app: AppContext, method: string, rawPath: string, rawQuery: string): Reply | undefined {
  const parts = rawPath.split('/').slice(1);
  if (parts[0] !== app.accountHash) return undefined;
  try {
    if (method !== 'GET' && method !== 'HEAD') throw new ApiError(405, Codes.noRoute, 'Delivery URLs only answer GET and HEAD');
    if (parts.length < 3 || !holdsValue(parts.slice(1, -1)) || !holdsValue(parts.slice(-1)))
      throw new ApiError(404, Codes.notFound, 'Not found: use /<account_hash>/<image_id>/<variant>');
    let imageId: string;
    try {
      imageId = parts.slice(1, -1).map(decodeURIComponent).join('/');
    } catch {
      throw new ApiError(400, Codes.badRequest, 'The image id is not valid percent-encoding');
    }
    const variantName = parts[parts.length - 1];
    const image = app.state.images.get(imageId);
    const bytes = app.state.blobs.get(imageId);
    if (!image || image.draft || !bytes || !image.contentType) throw new ApiError(404, Codes.notFound, 'Image not found');
    const variant = app.state.variants.get(variantName);
    if (!variant) throw new ApiError(404, Codes.notFound, `Variant '${variantName}' not found`);
    if (image.requireSignedURLs && !variant.neverRequireSignedURLs) verifySignature(app, rawPath, rawQuery, new URLSearchParams(rawQuery));
    return {
      status: 200,
      bytes,
      contentType: image.contentType,
      headers: { ...CORS_ANY_ORIGIN, ...UPLOADED_BYTES_HEADERS, 'cache-control': image.requireSignedURLs ? 'private, max-age=0' : 'public, max-age=60' },
    };
  } catch (error) {
    return replyFor(error, { ...CORS_ANY_ORIGIN });
  }
}
