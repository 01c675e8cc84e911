// The one-time direct-upload URL: `POST /upload/<token>` with a multipart `file`, no credentials, CORS-enabled.
import type { IncomingMessage } from 'node:http';
import { mediaTypeOf } from '../spec/media-type.js';
import { MULTIPART_BODY_LIMIT, parseMultipart, readBody } from './body.js';
import { presentImage, type AppContext } from './context.js';
import { success } from './envelope.js';
import { ApiError, Codes, badRequest, replyFor } from './errors.js';
import { ingest } from './ingest.js';
import { CORS_ANY_ORIGIN, type Reply } from './reply.js';

const UPLOAD_PREFIX = '/upload/';

/** The one-time upload URL of a direct upload's token (another form with the upload-url-form variation). */
export const uploadUrlOf = (app: AppContext, token: string): string =>
  app.variation.uploadUrls?.urlOf(app.origin, token) ?? `${app.origin}${UPLOAD_PREFIX}${token}`;

/** The token of the upload URL a request goes to, or undefined when it goes elsewhere. */
export const uploadTokenOf = (app: AppContext, rawPath: string, rawQuery: string): string | undefined =>
  app.variation.uploadUrls?.tokenOf(rawPath, rawQuery) ?? (rawPath.startsWith(UPLOAD_PREFIX) ? rawPath.slice(UPLOAD_PREFIX.length) : undefined);

const UPLOAD_CORS = {
  ...CORS_ANY_ORIGIN,
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-max-age': '86400',
};

export async function handleUploadUrl(app: AppContext, req: IncomingMessage, token: string): Promise<Reply> {
  if (req.method === 'OPTIONS') {
    const requested = req.headers['access-control-request-headers'];
    return {
      status: 204,
      bytes: new Uint8Array(),
      contentType: 'text/plain',
      headers: { ...UPLOAD_CORS, 'access-control-allow-headers': requested || 'content-type' },
    };
  }
  let reply: Reply;
  try {
    if (req.method !== 'POST') throw new ApiError(405, Codes.noRoute, 'Upload URLs only accept POST');
    await app.state.sweep();
    app.state.openUploadSlot(token); // answer 404 / 409 / 410 before reading the body; completeUpload checks again under the lock
    const contentType = req.headers['content-type'];
    if (mediaTypeOf(contentType) !== 'multipart/form-data')
      throw new ApiError(415, Codes.unsupportedMediaType, 'Upload with a multipart/form-data body that has a file field');
    const raw = await readBody(req, MULTIPART_BODY_LIMIT);
    const file = (await parseMultipart(contentType!, raw, app.bounds.maxFormParts)).get('file');
    if (!(file instanceof Blob)) throw badRequest("The form needs a 'file' field that is a file part", '/body/file');
    const ingested = ingest(new Uint8Array(await file.arrayBuffer()), (file as File).name, '/body/file');
    const image = await app.state.completeUpload(token, ingested);
    reply = { status: 200, json: success(presentImage(app, image), { result_info: null }) };
  } catch (error) {
    reply = replyFor(error);
  }
  return { ...reply, headers: { ...reply.headers, ...UPLOAD_CORS } };
}
