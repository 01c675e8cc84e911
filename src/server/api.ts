// The API dispatcher: route → auth → params → account → body → handler, every failure an envelope.
import type { IncomingMessage } from 'node:http';
import { authenticate, type Credentials } from './auth.js';
import type { AppContext } from './context.js';
import {
  ApiError,
  BodyTooLarge,
  Codes,
  badRequest,
  failure,
  mediaType,
  parseMultipart,
  readBody,
  type Reply,
} from './http.js';
import { limits } from './ingest.js';
import { matchRoute } from '../contract/route.js';
import { routes } from './routes/index.js';
import type { SelfCheck } from './self-check.js';
import { bodyFieldKinds, describeAjvError, operations, queryParamKinds, validator, type FieldKind, type OperationId } from './spec.js';

export const API_PREFIX = '/client/v4';
const JSON_BODY_LIMIT = 1024 * 1024;
/** The file may be up to the documented limit; the rest of the form gets some room. */
const MULTIPART_BODY_LIMIT = limits.maxBytes + 1024 * 1024;

function coerce(kind: FieldKind | undefined, value: string): unknown {
  if (kind === 'integer' && /^-?[0-9]+$/.test(value)) return Number(value);
  if (kind === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Query string → the typed object the params validator expects; object params (`meta`) collect their `meta.*` keys. */
function readQuery(operationId: OperationId, search: URLSearchParams): Record<string, unknown> {
  const kinds = queryParamKinds(operationId);
  const query: Record<string, any> = {};
  for (const [key, value] of search) {
    const objectParam = [...kinds].find(([name, kind]) => kind === 'object' && key.startsWith(`${name}.`))?.[0];
    if (objectParam) (query[objectParam] ??= {})[key] = value;
    else if (kinds.has(key)) query[key] = coerce(kinds.get(key), value);
    // Undeclared query parameters are ignored, as the API does.
  }
  return query;
}

function decodePathParams(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    try {
      out[name] = value.split('/').map(decodeURIComponent).join('/');
    } catch {
      throw badRequest(`path.${name}: is not valid percent-encoding`, `/path/${name}`);
    }
  }
  return out;
}

async function readRequestBody(operationId: OperationId, req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const declared = operations[operationId].requestBody;
  if (!declared) return undefined;
  const contentType = req.headers['content-type'];
  const got = mediaType(contentType);
  const isJson = got === 'application/json' || got.endsWith('+json');
  if (declared.contentType === 'application/json' ? !isJson : got !== declared.contentType)
    throw new ApiError(415, Codes.unsupportedMediaType, `Unsupported content type '${got || '(none)'}': this operation takes ${declared.contentType}`);
  let raw: Buffer;
  try {
    raw = await readBody(req, declared.contentType === 'application/json' ? JSON_BODY_LIMIT : MULTIPART_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new ApiError(413, Codes.badRequest, error.message);
    throw error;
  }
  if (declared.contentType === 'application/json') {
    if (raw.length === 0) throw badRequest('body: a JSON request body is required', '/body');
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw badRequest('body: is not valid JSON', '/body');
    }
  }
  return formToObject(operationId, await parseMultipart(contentType!, raw));
}

/** Multipart fields → the object the body schema describes: text parts as strings (booleans converted), binary parts as Blobs. */
async function formToObject(operationId: OperationId, form: Map<string, FormDataEntryValue>): Promise<Record<string, unknown>> {
  const kinds = bodyFieldKinds(operationId);
  const out: Record<string, unknown> = {};
  for (const [name, value] of form) {
    const kind = kinds.get(name);
    if (kind === 'binary') out[name] = value;
    else out[name] = coerce(kind, typeof value === 'string' ? value : await value.text());
  }
  return out;
}

function validateOrThrow(key: string, data: unknown, where: string): void {
  const validate = validator(key);
  if (validate && !validate(data)) {
    const { message, pointer } = describeAjvError(where, validate.errors?.[0]);
    throw badRequest(`Bad request: ${message}`, pointer);
  }
}

export interface ApiOptions extends Credentials {
  selfCheck: SelfCheck;
}

/** Handles a request under `/client/v4`; `path` excludes the prefix. */
export async function handleApi(app: AppContext, options: ApiOptions, req: IncomingMessage, path: string, search: URLSearchParams): Promise<Reply> {
  const match = matchRoute(req.method ?? 'GET', path);
  if (!match) return options.selfCheck.schema(undefined, { status: 404, json: failure(Codes.noRoute, 'No route for the URI') });
  const { operationId } = match;
  let reply: Reply;
  try {
    authenticate(req.headers, options);
    const route = routes[operationId];
    const params = { path: decodePathParams(match.rawParams), query: readQuery(operationId, search) };
    route.checkQuery?.(params.query);
    validateOrThrow(`${operationId}.params`, params, '');
    if (params.path.account_id !== app.accountId) throw new ApiError(403, Codes.forbidden, 'Unauthorized to access requested resource');
    const body = await readRequestBody(operationId, req);
    if (body !== undefined) {
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('body: must be a JSON object', '/body');
      route.checkBody?.(body);
      validateOrThrow(`${operationId}.body`, body, 'body');
    }
    await app.state.sweep();
    reply = await route.handle({ app, operationId, path: params.path, query: params.query, body, req });
  } catch (error) {
    reply = errorReply(error);
  }
  return options.selfCheck.operation(operationId, reply);
}

export function errorReply(error: unknown): Reply {
  if (error instanceof ApiError) return { status: error.status, json: failure(error.code, error.message, error.pointer) };
  console.error('[images-server] internal error:', error);
  return { status: 500, json: failure(Codes.internal, 'Internal server error') };
}
