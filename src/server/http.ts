// HTTP plumbing: the Cloudflare envelope, API errors, cf-ray ids and bounded body reading.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { components } from '../../generated/schema.js';

type Schemas = components['schemas'];
export type ResponseInfo = Schemas['ResponseInfo'];
/** A success envelope with its `result` typed. */
export type SuccessEnvelope<T> = Omit<Schemas['SuccessEnvelope'], 'result'> & { result: T };
export type Failure = Schemas['Failure'];

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

/** A failure the dispatcher turns into a `{success:false}` envelope with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly pointer?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, pointer?: string, code: number = Codes.badRequest) => new ApiError(400, code, message, pointer);
export const notFound = (message: string) => new ApiError(404, Codes.notFound, message);

export function success<T>(result: T, extra: Pick<SuccessEnvelope<T>, 'result_info'> = {}): SuccessEnvelope<T> {
  return { success: true, errors: [], messages: [], result, ...extra };
}

export function failure(code: number, message: string, pointer?: string): Failure {
  const info: ResponseInfo = { code, message };
  if (pointer) info.source = { pointer };
  return { success: false, errors: [info], messages: [], result: null };
}

/** CORS for what browsers fetch cross-origin without credentials: delivery URLs and one-time upload URLs. */
export const CORS_ANY_ORIGIN = { 'access-control-allow-origin': '*' } as const;

/** A Cloudflare-style ray id matching the spec's `^[0-9a-f]{16}(-[A-Z]{3})?$`: `-LCL` marks the local server. */
export function newRayId(): string {
  return `${randomBytes(8).toString('hex')}-LCL`;
}

export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Uint8Array; contentType: string; headers?: Record<string, string> };

export function writeReply(res: ServerResponse, reply: Reply, head = false): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  let payload: Uint8Array;
  if ('json' in reply) {
    payload = Buffer.from(JSON.stringify(reply.json));
    headers['content-type'] = 'application/json; charset=utf-8';
  } else {
    payload = reply.bytes;
    headers['content-type'] = reply.contentType;
  }
  headers['content-length'] = payload.byteLength;
  res.writeHead(reply.status, headers);
  res.end(head ? undefined : payload);
}

/** Thrown by readBody when the body is longer than allowed (the rest is drained, not buffered). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body too large: more than ${limit} bytes`);
  }
}

/** Reads the whole request body, keeping at most `limit` bytes; beyond that it drains and throws BodyTooLarge. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge(limit)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    // A client that disconnects mid-body never sends 'end': settle instead of waiting forever.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before sending the whole body'));
    });
  });
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** Parses a multipart body with the web FormData parser (undici); string parts stay strings, file parts are Files. */
export async function parseMultipart(contentType: string, body: Buffer): Promise<Map<string, FormDataEntryValue>> {
  let form: FormData;
  try {
    form = await new Request('http://local.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: body as unknown as BodyInit }).formData();
  } catch {
    throw badRequest('Bad request: the multipart form could not be parsed', '/body');
  }
  const out = new Map<string, FormDataEntryValue>();
  for (const [name, value] of form.entries()) if (!out.has(name)) out.set(name, value);
  return out;
}

/** Constant-time-ish string comparison for credentials. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
