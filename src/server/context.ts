// What every handler can reach: the account, its state, the clock and the outward-facing URLs.
import { createHash, randomUUID } from 'node:crypto';
import type { components } from '../../generated/schema.js';
import type { ServerBounds } from './bounds.js';
import type { ImagesState, StoredImage } from './state.js';
import type { VariationHooks } from './variations/hooks.js';
import { encodeSegments } from '../spec/path-segments.js';

export interface AppContext {
  state: ImagesState;
  accountId: string;
  accountHash: string;
  /** `http://host:port` of this server; delivery and upload URLs point here so they work locally. */
  origin: string;
  allowedImages: number;
  fetch: typeof fetch;
  now: () => number;
  bounds: ServerBounds;
  /** The free choices this server makes differently (`variations`); none set by default. */
  variation: VariationHooks;
}

/** The id of an image uploaded without a custom one: a UUID, or the variation's format. */
export const newImageId = (app: AppContext): string => app.variation.newImageId?.() ?? randomUUID();

/** A stable 22-character base64url "account hash" for delivery URLs, derived from the account id. */
export function accountHashOf(accountId: string): string {
  return createHash('sha256').update(`cf-images-local:${accountId}`).digest('base64url').slice(0, 22);
}

export function deliveryUrl(app: AppContext, imageId: string, variant: string): string {
  return `${app.origin}/${app.accountHash}/${encodeSegments(imageId)}/${variant}`;
}

/** The image as the API shows it: `meta` only when set, delivery URLs for every variant, `draft` while pending. */
export function presentImage(app: AppContext, image: StoredImage): components['schemas']['Image'] {
  const shown: components['schemas']['Image'] = {
    id: image.id,
    ...(image.filename !== undefined && { filename: image.filename }),
    creator: image.creator,
    ...(image.meta !== undefined && { meta: image.meta }),
    requireSignedURLs: image.requireSignedURLs,
    uploaded: image.uploaded,
    variants: image.draft ? [] : [...app.state.variants.keys()].map((name) => deliveryUrl(app, image.id, name)),
    ...(image.draft && { draft: true }),
  };
  return app.variation.imageViews.reduce((image, view) => view(image), shown);
}

/** Upload order, then id: the total order both list endpoints use (ascending). */
export function compareUploaded(a: StoredImage, b: StoredImage): number {
  const byTime = Date.parse(a.uploaded) - Date.parse(b.uploaded);
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
