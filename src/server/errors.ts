// API failures that know their reply (as miniflare's HttpError knows its Response).
import { failure } from './envelope.js';
import type { Reply } from './reply.js';

/** Error codes the local server uses (Cloudflare's where known). */
export const Codes = {
  badRequest: 5400,
  notFound: 5404,
  conflict: 5409,
  /** A direct-upload URL past its expiry (or whose draft is gone). */
  uploadUrlExpired: 5410,
  unsupportedMediaType: 5415,
  notAnImage: 5455,
  noRoute: 7003,
  forbidden: 9109,
  authentication: 10000,
  internal: 10001,
} as const;

/** A failure answered with a `{success:false}` envelope and this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
  }

  toReply(headers?: Record<string, string>): Reply {
    return { status: this.status, json: failure(this.code, this.message, this.pointer), ...(headers ? { headers } : {}) };
  }
}

export const badRequest = (message: string, pointer?: string, code: number = Codes.badRequest) => new ApiError(400, code, message, pointer);
export const notFound = (message: string) => new ApiError(404, Codes.notFound, message);
export const noRoute = () => new ApiError(404, Codes.noRoute, 'No route for the URI');

/** The reply for anything a handler threw: its own for an ApiError, else a logged 500. */
export function replyFor(error: unknown, headers?: Record<string, string>): Reply {
  if (error instanceof ApiError) return error.toReply(headers);
  console.error('[images-server] internal error:', error);
  return new ApiError(500, Codes.internal, 'Internal server error').toReply(headers);
}
