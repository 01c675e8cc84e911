// The API dispatcher: route → auth → params → account → body → handler, every failure an envelope.
import type { IncomingMessage } from 'node:http';
import { operations, type OperationId } from '../../generated/operations.js';
import { JsonTooDeep, parseJsonBounded } from '../core/bounded.js';
import { dottedPath } from '../spec/pointer.js';
import { issuesOf } from '../spec/issues.js';
import { isJsonMediaType, mediaTypeOf } from '../spec/media-type.js';
import { matchRoute } from '../spec/route.js';
import { validatorFor } from '../spec/validators.js';
import { readForm, readQuery } from '../spec/wire.js';
import { authenticate, type Credentials } from './auth.js';
import { JSON_BODY_LIMIT, MULTIPART_BODY_LIMIT, parseMultipart, readBody } from './body.js';
import type { AppContext } from './context.js';
import { ApiError, Codes, badRequest, noRoute, replyFor } from './errors.js';
import type { Reply } from './reply.js';
import { routes } from './routes/index.js';
import type { RequestContext, OperationHandler } from './routes/types.js';
import type { SelfCheck } from './self-check.js';
import { apiReply, otherReply } from './variations/hooks.js';

export const API_PREFIX = '/client/v4';

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

async function readRequestBody(app: AppContext, operationId: OperationId, req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const declared = operations[operationId].requestBody;
  if (!declared) return undefined;
  const contentType = req.headers['content-type'];
  const got = mediaTypeOf(contentType) ?? '';
  const json = declared.contentType === 'application/json';
  if (json ? !isJsonMediaType(got) : got !== declared.contentType)
    throw new ApiError(415, Codes.unsupportedMediaType, `Unsupported content type '${got || '(none)'}': this operation takes ${declared.contentType}`);
  const raw = await readBody(req, json ? JSON_BODY_LIMIT : MULTIPART_BODY_LIMIT);
  if (!json) return readForm(operationId, await parseMultipart(contentType!, raw, app.bounds.maxFormParts));
  if (raw.length === 0) throw badRequest('body: a JSON request body is required', '/body');
  let body: unknown;
  try {
    // Bounded before anything walks it: the validators recurse, and a deep body overflowed their stack (a 500).
    body = parseJsonBounded(raw.toString('utf8'), app.bounds.maxJsonDepth);
  } catch (error) {
    if (error instanceof JsonTooDeep) throw badRequest(`body: ${error.message}`, '/body');
    throw badRequest('body: is not valid JSON', '/body');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('body: must be a JSON object', '/body');
  return body as Record<string, unknown>;
}

/** Throws the 400 for the first way `data` breaks the validator `key`, worded as the spec words it. */
function validateOrThrow(key: string, data: unknown, prefix: string): void {
  const validate = validatorFor(key);
  if (!validate || validate(data)) return;
  const [issue] = issuesOf(validate.errors, data, { prefix, validatorKey: key });
  throw badRequest(`Bad request: ${dottedPath(issue?.pointer ?? prefix)}: ${issue?.message ?? 'is invalid'}`, issue?.pointer ?? prefix);
}

export interface ApiOptions extends Credentials {
  selfCheck: SelfCheck;
}

/** Handles a request under `/client/v4`; `path` excludes the prefix. */
export async function handleApi(app: AppContext, options: ApiOptions, req: IncomingMessage, path: string, search: URLSearchParams): Promise<Reply> {
  const match = matchRoute(req.method ?? 'GET', path);
  if (!match) return options.selfCheck.schema(undefined, otherReply(app.variation, noRoute().toReply(), 'none'));
  const { operationId } = match;
  let reply: Reply;
  let pathParams: Record<string, string> | undefined;
  try {
    authenticate(req.headers, options);
    app.variation.admit?.(req.headers);
    // One seam from the untyped wire to the typed routes: what reaches `handle` passed the spec's validators.
    const route = routes[operationId] as OperationHandler<OperationId>;
    const params = { path: decodePathParams(match.rawParams), query: readQuery(operationId, search) };
    pathParams = params.path;
    route.checkQuery?.(params.query);
    validateOrThrow(`${operationId}.params`, params, '');
    if (params.path.account_id !== app.accountId) throw new ApiError(403, Codes.forbidden, 'Unauthorized to access requested resource');
    const body = await readRequestBody(app, operationId, req);
    if (body !== undefined) validateOrThrow(`${operationId}.body`, body, '/body');
    await app.state.sweep();
    reply = await route.handle({ app, operationId, ...params, body, req } as RequestContext<OperationId>);
  } catch (error) {
    reply = replyFor(error);
  }
  return options.selfCheck.operation(operationId, apiReply(app.variation, reply, { operationId, path: pathParams, state: app.state }));
}
