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
    req.on('end', () =>
      tooLarge ? reject(new ApiError(413, Codes.badRequest, `Request body too large: more than ${limit} bytes`)) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
    // A client that disconnects mid-body never sends 'end': settle instead of waiting forever.
    req.on('close', () => {
      if (!req.complete) reject(new Error('the client closed the connection before sending the whole body'));
    });
  });
}

/** The boundary a multipart content type declares, if any. */
const boundaryOf = (contentType: string) => /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)?.slice(1).find(Boolean);

/** Whether `body` has more than `maxParts` parts: its delimiters counted, nothing parsed (a boundary never occurs inside a part). */
function tooManyParts(contentType: string, body: Buffer, maxParts: number): boolean {
  const boundary = boundaryOf(contentType);
  if (!boundary) return false; // the parser refuses the form
  const delimiter = Buffer.from(`--${boundary}`);
  let delimiters = 0;
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) if (++delimiters > maxParts + 1) return true; // n parts have n + 1 delimiters, the closing one included
  return false;
}

/**
 * Parses a multipart body (undici's FormData parser); string parts stay strings, file parts are Files; the first of a
 * repeated name wins. More than `maxParts` parts is a 400 before parsing: the parser keeps an object per part, and an
 * 11 MB body of empty file parts took it to 430 MB.
 */
export async function parseMultipart(contentType: string, body: Buffer, maxParts: number): Promise<Map<string, FormDataEntryValue>> {
  if (tooManyParts(contentType, body, maxParts)) throw badRequest(`Bad request: the form has more than ${maxParts} parts`, '/body');
  let form: FormData;
  try {
    form = await new Request('http://local.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: body as unknown as BodyInit,
    }).formData();
  } catch {
    throw badRequest('Bad request: the multipart form could not be parsed', '/body');
  }
  const out = new Map<string, FormDataEntryValue>();
  for (const [name, value] of form.entries()) if (!out.has(name)) out.set(name, value);
  return out;
}
