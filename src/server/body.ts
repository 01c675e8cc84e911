// Reading request bodies: bounded, and multipart forms parsed with the web FormData parser.
import type { IncomingMessage } from 'node:http';
import { ApiError, Codes, badRequest } from './errors.js';

export const JSON_BODY_LIMIT = 1024 * 1024;
export { MULTIPART_BODY_LIMIT } from '../spec/wire.js';

/** Reads the whole request body, keeping at most `limit` bytes; beyond that it drains and answers 413. */
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
    req.on('end', () => (tooLarge ? reject(new ApiError(413, Codes.badRequest, `Request body too large: more than ${limit} bytes`)) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    // A client that disconnects mid-body never sends 'end': settle instead of waiting forever.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before sending the whole body'));
    });
  });
}

/** Parses a multipart body (undici's FormData parser); string parts stay strings, file parts are Files; the first of a repeated name wins. */
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
