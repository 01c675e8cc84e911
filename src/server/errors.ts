// API failures that know their reply (as miniflare's HttpError knows its Response).
import { failure } from './envelope.js';
import type { Reply } from './reply.js';
import { Codes } from '../spec/error-codes.js';

export { Codes } from '../spec/error-codes.js';

/** A failure answered with a `{success:false}` envelope and this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly pointer?: string,
    /** Headers this failure is answered with (a 429's Retry-After). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  toReply(headers?: Record<string, string>): Reply {
    const all = this.headers || headers ? { ...this.headers, ...headers } : undefined;
    return { status: this.status, json: failure(this.code, this.message, this.pointer), ...(all ? { headers: all } : {}) };
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
