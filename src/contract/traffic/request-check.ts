// An app's request against the spec, read from recorded traffic as the local server reads it
// (route, credentials, then parameters, media type, body and the `x-cf-*` rules through the
// checker's one request reader, checks/request-reader.ts) — but without the server's code: this
// is the checker's own reading of the wire.
import { operations, type OperationId } from '../../../generated/operations.js';
import { BodyTooLarge } from '../../core/bounded.js';
import type { Issue } from '../../spec/issues.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import { formBodyOf, jsonBodyOf, MEDIA_TYPE_POINTER, parameterIssues, requestIssues, type BodyAsRead, type FileAsRead } from '../checks/request-reader.js';
import { bracketedFields } from './bracketed-fields.js';
import { credentialProblem } from './credentials.js';
import type { RecordedForm } from './multipart.js';
import type { RecordedBody } from './recorded-body.js';

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

/** A way the request breaks the spec, with what a server answers it: 401 credentials, 415 media type, else 400. */
export type RequestIssue = Pick<Issue, 'pointer' | 'message'> & { status: 400 | 401 | 415 };

export interface RequestCheck {
  operationId: OperationId;
  /** The path template matched, e.g. `/accounts/{account_id}/images/v1/{image_id}`. */
  path: string;
  issues: RequestIssue[];
  /** Why the body could not be checked, when it could not (then the check is not a pass). */
  bodyUnchecked?: string;
}

const unreadable = (message: string): BodyAsRead => ({ kind: 'unreadable', message });

/** A recorded form as a server reads it; a file part's size only where the recording holds its bytes byte for byte. */
function formOf(operationId: OperationId, form: RecordedForm | undefined, sized: boolean): BodyAsRead {
  if (form?.truncated) return unreadable(`not checked: ${form.truncated}`);
  if (!form || form.malformed) return unreadable(`the multipart form could not be parsed${form?.malformed ? `: ${form.malformed}` : ' (no boundary)'}`);
  const file = (p: RecordedForm['parts'][number]): FileAsRead => ({
    filename: p.filename!,
    contentType: p.contentType,
    head: p.head,
    ...(sized ? { size: p.size } : {}),
  });
  return formBodyOf(
    operationId,
    form.parts.map((p) => [p.name, p.filename === undefined ? new TextDecoder().decode(p.head) : file(p)] as const),
  );
}

function jsonOf(body: RecordedBody): BodyAsRead {
  if (body.tooLarge !== undefined) return unreadable(`not checked: ${new BodyTooLarge(body.tooLarge).message}`);
  if (body.unreadable) return unreadable(`not checked: ${body.unreadable}`);
  return jsonBodyOf(body.text ?? '');
}

function bodyAsRead(operationId: OperationId, body: RecordedBody): BodyAsRead {
  if (body.size === 0 && body.contentType === undefined) return { kind: 'none' };
  return operations[operationId].requestBody?.contentType === 'application/json' ? jsonOf(body) : formOf(operationId, body.form, body.size !== undefined);
}

/** The request's operation and every way it breaks the spec; undefined when it is no operation of the spec. */
export async function checkRequest(request: TrafficRequest, options: FindOperationOptions = {}): Promise<RequestCheck | undefined> {
  const match = findOperation(request.method, request.target, options);
  if (!match) return undefined;
  const { operationId } = match;
  const issues: RequestIssue[] = [];
  const credentials = credentialProblem(operationId, request.headers);
  if (credentials) issues.push({ ...credentials, status: 401 });
  // An SDK's `metadata[app]=x` parts: one issue per field, in words a user acts on; the form is read without them.
  const bracketed = bracketedFields(operationId, request.body?.form?.parts ?? []);
  for (const p of bracketed.problems) issues.push({ pointer: p.pointer, message: p.message, status: 400 });
  const body =
    bracketed.names.size && request.body?.form
      ? { ...request.body, form: { ...request.body.form, parts: request.body.form.parts.filter((p) => !bracketed.names.has(p.name)) } }
      : request.body;
  const query = new URL(request.target, 'http://request.invalid').searchParams;
  const found = body
    ? requestIssues({ operationId, path: match.pathParams, query, mediaType: body.contentType, body: bodyAsRead(operationId, body), at: request.at })
    : parameterIssues(operationId, match.pathParams, query);
  issues.push(...found.map((i): RequestIssue => ({ pointer: i.pointer, message: i.message, status: i.pointer === MEDIA_TYPE_POINTER ? 415 : 400 })));
  const unrecorded = operations[operationId].requestBody && !body;
  return { operationId, path: match.path, issues, ...(unrecorded ? { bodyUnchecked: 'the request body was not recorded' } : {}) };
}
