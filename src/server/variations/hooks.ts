// The seams where a variation makes one of the spec's free choices differently. Every hook is
// optional: a server without variations leaves them all unset and behaves as it always has.
import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId } from '../../../generated/operations.js';
import type { components } from '../../../generated/schema.js';
import type { Reply, Wire } from '../reply.js';
import type { ImagesState } from '../state.js';

export type Image = components['schemas']['Image'];

/** Where an API reply is rewritten: the operation and, once parsed, the request's path parameters. */
export interface ApiReplyContext {
  operationId: OperationId;
  path?: Record<string, string>;
  state: ImagesState;
}

/** The routes outside the API; `upload` answers an ImageEnvelope on success, the others only failures. */
export type OtherRoute = 'upload' | 'delivery' | 'none';

export interface VariationHooks {
  /** A server-assigned image id (default: a UUID). */
  newImageId?: () => string;
  /** The v2 continuation token as sent (wrap) and back to the server's own (unwrap; undefined when it is not one). */
  pageTokens?: { wrap(token: string): string; unwrap(token: string): string | undefined };
  /** The last v2 page omits `continuation_token` (default: null). */
  lastPageTokenAbsent?: boolean;
  /** A full last v2 page carries a token, to an empty page (default: none). */
  tokenOnFullLastPage?: boolean;
  /** An untyped `eq` / `in` filter's comparison (default: by the metadata value's type). */
  untypedEquals?: (actual: unknown, value: string) => boolean;
  /** Stats count drafts (default: not). */
  draftsCounted?: boolean;
  /** A variant update without `neverRequireSignedURLs` sets it to false (default: keeps it). */
  resetVariantFlag?: boolean;
  /** The one-time upload URL of a token, and the token a request's path and query name (undefined: not one). */
  uploadUrls?: { urlOf(origin: string, token: string): string; tokenOf(rawPath: string, rawQuery: string): string | undefined };
  /** Rewrites of an image as the API shows it, in the registry's order. */
  imageViews: ((image: Image) => Image)[];
  /** Runs after authentication: throws the ApiError to answer instead (a 429). */
  admit?: (headers: IncomingHttpHeaders) => void;
  /** Rewrites of an API reply before the self-check, in the registry's order. */
  apiReplies: ((reply: Reply, at: ApiReplyContext) => Reply)[];
  /** Rewrites of a reply outside the API (upload URL, delivery, no route) before the self-check. */
  otherReplies: ((reply: Reply, route: OtherRoute) => Reply)[];
  wire?: Wire;
  /** Whether a signed URL's `exp` (seconds) has passed at this clock reading (default: `exp * 1000 <= nowMs`, to the millisecond). */
  signatureExpired?: (exp: number, nowMs: number) => boolean;
  /** No `cf-ray` header (default: one on every response). */
  noRay?: boolean;
}

export const noHooks = (): VariationHooks => ({ apiReplies: [], otherReplies: [], imageViews: [] });

/** An API reply as the variations send it. */
export const apiReply = (hooks: VariationHooks, reply: Reply, at: ApiReplyContext): Reply => hooks.apiReplies.reduce((r, rewrite) => rewrite(r, at), reply);

/** A reply outside the API as the variations send it. */
export const otherReply = (hooks: VariationHooks, reply: Reply, route: OtherRoute): Reply =>
  hooks.otherReplies.reduce((r, rewrite) => rewrite(r, route), reply);
