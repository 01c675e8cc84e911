// An app's request against the spec, read as the local server reads it (route, credentials,
// parameters, media type, body, then the `x-cf-*` rules), with the generated validators — but
// without the server's code: this is the checker's own reading of the wire.
import { operations, type OperationId } from '../../../generated/operations.js';
import { BodyTooLarge } from '../../core/bounded.js';
import { issuesOf } from '../../spec/issues.js';
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { escapePointerSegment } from '../../spec/pointer.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import { validatorFor } from '../../spec/validators.js';
import { readForm, readQuery } from '../../spec/wire.js';
import { credentialProblem } from './credentials.js';
import type { RecordedForm } from './multipart.js';
import type { RecordedBody } from './recorded-body.js';
import { xCfRuleIssues } from './x-cf-rules.js';

export interface TrafficRequest {
  method: string;
  /** Path and query as sent, no origin. */
  target: string;
  /** Lower-case header name → values. */
  headers: Map<string, string[]>;
  /** Undefined when the body was not recorded (a HAR entry that dropped it). */
  body: RecordedBody | undefined;
  /** When it was sent (ms since the epoch): the expiry window is relative to it. */
  at: number;
}

export interface RequestIssue {
  /** `/header/authorization`, `/header/content-type`, `/path/image_id`, `/query/per_page`, `/body/…`. */
  pointer: string;
  message: string;
  /** What a server answers a request with this problem: 401 credentials, 415 media type, else 400. */
  status: 400 | 401 | 415;
}

export interface RequestCheck {
  operationId: OperationId;
  /** The path template matched, e.g. `/accounts/{account_id}/images/v1/{image_id}`. */
  path: string;
  issues: RequestIssue[];
  /** Why the body could not be checked, when it could not (then the check is not a pass). */
  bodyUnchecked?: string;
}

const bad = (pointer: string, message: string): RequestIssue => ({ pointer, message, status: 400 });

function validated(key: string, data: unknown, prefix: string): RequestIssue[] {
  const validate = validatorFor(key);
  if (!validate || validate(data)) return [];
  return issuesOf(validate.errors, data, { prefix, validatorKey: key }).map((i) => bad(i.pointer, i.message));
}

/** The form's parts as a FormData-like map, as a multipart parser gives them: the first of a repeated name wins. */
function entriesOf(form: RecordedForm): Map<string, FormDataEntryValue> {
  const out = new Map<string, FormDataEntryValue>();
  for (const part of form.parts) {
    if (out.has(part.name)) continue;
    const text = part.filename === undefined;
    out.set(part.name, text ? new TextDecoder().decode(part.head) : new File([part.head as Uint8Array<ArrayBuffer>], part.filename!, { type: part.contentType ?? '' }));
  }
  return out;
}

async function multipartBody(operationId: OperationId, form: RecordedForm | undefined): Promise<{ value?: Record<string, unknown>; issues: RequestIssue[] }> {
  if (form?.truncated) return { issues: [bad('/body', `not checked: ${form.truncated}`)] };
  if (!form || form.malformed) return { issues: [bad('/body', `the multipart form could not be parsed${form?.malformed ? `: ${form.malformed}` : ' (no boundary)'}`)] };
  const value = await readForm(operationId, entriesOf(form));
  const kinds = (operations[operationId].requestBody?.fields ?? {}) as Record<string, string>;
  const textFiles = Object.entries(value).filter(([name, v]) => kinds[name] === 'binary' && typeof v === 'string');
  return { value, issues: textFiles.map(([name]) => bad(`/body/${escapePointerSegment(name)}`, 'must be a file part (a part with a filename)')) };
}

function jsonBody(body: RecordedBody): { value?: Record<string, unknown>; issues: RequestIssue[]; unchecked?: string } {
  if (body.tooLarge !== undefined) return { issues: [bad('/body', `not checked: ${new BodyTooLarge(body.tooLarge).message}`)] };
  if (body.unreadable) return { issues: [bad('/body', `not checked: ${body.unreadable}`)] };
  if (!body.text) return { issues: [bad('/body', 'a JSON request body is required')] };
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch {
    return { issues: [bad('/body', 'is not valid JSON')] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { issues: [bad('/body', 'must be a JSON object')] };
  return { value: value as Record<string, unknown>, issues: [] };
}

async function bodyIssues(operationId: OperationId, body: RecordedBody | undefined, at: number): Promise<{ issues: RequestIssue[]; unchecked?: string }> {
  const declared = operations[operationId].requestBody;
  if (!declared) return { issues: [] };
  if (body === undefined) return { issues: [], unchecked: 'the request body was not recorded' };
  if (!declared.required && body.size === 0 && body.contentType === undefined) return { issues: [] };
  const got = mediaTypeOf(body.contentType);
  const json = declared.contentType === 'application/json';
  if (json ? !isJsonMediaType(got) : got !== declared.contentType) {
    return { issues: [{ pointer: '/header/content-type', message: `${got ?? '(none)'} is not the media type of this operation's body (${declared.contentType})`, status: 415 }] };
  }
  const read = json ? jsonBody(body) : await multipartBody(operationId, body.form);
  if (!read.value || read.issues.length) return read;
  const issues = validated(`${operationId}.body`, read.value, '/body');
  if (issues.length || !declared.schema) return { issues };
  const fileSizes = new Map((body.form?.parts ?? []).filter((p) => p.filename !== undefined && body.size !== undefined).map((p) => [p.name, p.size]));
  return { issues: xCfRuleIssues({ schema: declared.schema, body: read.value, fileSizes, at }).map((i) => bad(i.pointer, i.message)) };
}

/** The request's operation and every way it breaks the spec; undefined when it is no operation of the spec. */
export async function checkRequest(request: TrafficRequest, options: FindOperationOptions = {}): Promise<RequestCheck | undefined> {
  const match = findOperation(request.method, request.target, options);
  if (!match) return undefined;
  const { operationId } = match;
  const issues: RequestIssue[] = [];
  const credentials = credentialProblem(operationId, request.headers);
  if (credentials) issues.push({ ...credentials, status: 401 });
  const search = new URL(request.target, 'http://request.invalid').searchParams;
  issues.push(...validated(`${operationId}.params`, { path: match.pathParams, query: readQuery(operationId, search) }, ''));
  const body = await bodyIssues(operationId, request.body, request.at).catch((error: unknown) => {
    // The bounds keep bodies shallow enough for the recursive validators; this is the last line of defence.
    if (!(error instanceof RangeError)) throw error;
    return { issues: [bad('/body', `not checked: the checker could not walk the body (${error.name})`)] } as { issues: RequestIssue[]; unchecked?: string };
  });
  issues.push(...body.issues);
  return { operationId, path: match.path, issues, ...(body.unchecked ? { bodyUnchecked: body.unchecked } : {}) };
}
