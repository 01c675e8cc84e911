// URLs outside the API: delivery URLs and one-time upload URLs, fetched without credentials as a
// browser would, and delivery URLs for another variant or another image.
import { encodeSegments } from '../../spec/path-segments.js';
import type { FilePart } from '../model/case.js';
import { requestRecord } from '../engine/curl.js';
import { PIXEL_PNG } from '../engine/fixtures.js';
import { isRedirect, redirectMessage } from '../engine/redirect.js';
import { formBody } from '../engine/request.js';
import type { RecordedRequest } from '../model/report.js';
import type { Ctx, Problem } from './kit.js';
import { is2xx } from '../checks/status-class.js';

/** Outcome ids for the URLs outside the API. */
export const DELIVERY = 'delivery';
export const UPLOAD_URL = 'uploadURL';

/** An answer from a URL outside the API. */
export interface Fetched {
  status: number;
  contentType: string;
  bytes: Uint8Array;
  request: RecordedRequest;
  /** What went wrong beyond the status: a redirect (never followed), a body past --max-body-bytes. */
  problem?: string;
}

async function fetched(ctx: Ctx, url: string, method: string, form?: Record<string, string | FilePart>): Promise<Fetched> {
  const encoded = form ? formBody(form) : undefined;
  const { response, bytes, problem } = await ctx.session.fetchWhole(url, {
    method,
    ...(encoded ? { body: encoded.body, headers: { 'content-type': encoded.contentType } } : {}),
  });
  const u = new URL(url);
  const request = requestRecord(method, u.pathname + u.search, { method, url, headers: {}, ownCredentials: false, form });
  const redirect = isRedirect(response.status) ? redirectMessage(method, url, response.status, response.headers.get('location')) : undefined;
  const note = redirect ?? problem;
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', bytes, request, ...(note ? { problem: note } : {}) };
}

/** GET a delivery URL, without credentials. */
export const deliver = (ctx: Ctx, url: string) => fetched(ctx, url, 'GET');

/** POST a file to a one-time upload URL, as a browser does: a multipart `file` field, no credentials. */
export const postToUploadUrl = (ctx: Ctx, uploadURL: string, bytes: Uint8Array = PIXEL_PNG) =>
  fetched(ctx, uploadURL, 'POST', { file: { filename: 'contract.png', contentType: 'image/png', bytes } });

const servesImage = (f: Fetched) => is2xx(f.status) && f.contentType.startsWith('image/') && f.bytes.byteLength > 0;

/** The problem with a delivery answer that should have served the image, if any. */
export const notServed = (f: Fetched): Problem | undefined =>
  servesImage(f)
    ? undefined
    : {
        message: f.problem ?? `answered HTTP ${f.status} (${f.contentType || 'no content type'}, ${f.bytes.byteLength} bytes)`,
        expected: 'HTTP 200 with image bytes',
        received: { status: f.status },
        request: f.request,
      };

/** A delivery URL with its last path segment (the variant) replaced. */
export function withVariant(url: string, variant: string): string {
  const u = new URL(url);
  u.pathname = u.pathname.replace(/[^/]+$/, encodeURIComponent(variant));
  return u.toString();
}

/** The id segments of a delivery URL, replaced by another image's id (same account hash and variant). */
export function forImage(url: string, fromId: string, toId: string): string {
  const u = new URL(url);
  u.pathname = u.pathname.replace(`/${encodeSegments(fromId)}/`, `/${encodeSegments(toId)}/`);
  return u.toString();
}
