// The checker's one reading of a request against the spec: its parameters and its body as a server
// reads them back, checked with the generated validators, the body's media type and the rules the
// validators do not state (request-rules.ts). The generator's oracle builds its input from a Case
// (as the wire changes it), the proxy and the HAR check from recorded traffic. The local server
// reads requests with its own code (src/server/api.ts): kept apart, it stays an independent oracle.
import { operations, type OperationId } from '../../../generated/operations.js';
import { validate, type Issue } from '../../spec/issues.js';
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { validatorFor } from '../../spec/validators.js';
import { coerce, readQuery } from '../../spec/wire.js';
import { isFileAsRead, issueAt, ruleIssues, type FileAsRead } from './request-rules.js';

export type { FileAsRead } from './request-rules.js';

/**
 * A request body as a server reads it back. `none`: nothing was sent. `value`: a JSON value, or a
 * form's fields typed per field (`"10"` → 10) with file parts as FileAsRead. `unreadable`: what
 * was sent cannot be read as its media type says (not JSON, not a form), and why.
 */
export type BodyAsRead = { kind: 'none' } | { kind: 'value'; value: unknown } | { kind: 'unreadable'; message: string };

export interface RequestAsRead {
  operationId: OperationId;
  /** Path parameters, percent-decoded. */
  path: Record<string, string>;
  /** The query as sent. */
  query: URLSearchParams;
  /** The body's media type as sent (Content-Type); undefined when none was. */
  mediaType: string | undefined;
  body: BodyAsRead;
  /** When the request was sent, in ms since the epoch: times relative to it are checked against it. */
  at: number;
}

/** Where a wrong media type is: a server answers it 415, not 400. */
export const MEDIA_TYPE_POINTER = '/header/content-type';

function validated(key: string, data: unknown, prefix: string): Issue[] {
  const validator = validatorFor(key);
  return validator ? validate(validator, data, { prefix, validatorKey: key }) : [];
}

export const parameterIssues = (operationId: OperationId, path: Record<string, string>, query: URLSearchParams): Issue[] =>
  validated(`${operationId}.params`, { path, query: readQuery(operationId, query) }, '');

const accepts = (declared: string, mediaType: string | undefined) =>
  declared === 'application/json' ? isJsonMediaType(mediaType) : mediaTypeOf(mediaType) === declared;

/** Every way the body breaks the spec: its media type first (nothing else is read past a wrong one), then the validators and the rules. */
export function bodyIssues(operationId: OperationId, mediaType: string | undefined, body: BodyAsRead, at: number): Issue[] {
  const declared = operations[operationId].requestBody;
  if (!declared) return [];
  if (body.kind === 'none' && mediaType === undefined && !declared.required) return [];
  if (!accepts(declared.contentType, mediaType))
    return [
      issueAt(
        MEDIA_TYPE_POINTER,
        'contentType',
        `${mediaTypeOf(mediaType) ?? '(none)'} is not the media type of this operation's body (${declared.contentType})`,
      ),
    ];
  if (body.kind === 'none') return [issueAt('/body', 'required', 'a request body is required')];
  if (body.kind === 'unreadable') return [issueAt('/body', 'contentType', body.message)];
  try {
    const issues = validated(`${operationId}.body`, body.value, '/body');
    // One complaint per place: a rule is not repeated where the validators already found the value wrong.
    const flagged = new Set(issues.map((i) => i.pointer));
    return [...issues, ...ruleIssues(operationId, body.value, at).filter((i) => !flagged.has(i.pointer))];
  } catch (error) {
    // The bounds keep bodies shallow enough for the recursive validators; this is the last line of defence.
    if (!(error instanceof RangeError)) throw error;
    return [issueAt('/body', 'depth', `not checked: the checker could not walk the body (${error.name})`)];
  }
}

/** Every way the request breaks the spec (credentials aside), as a server reads it; `[]` for a valid one. */
export const requestIssues = (r: RequestAsRead): Issue[] => [
  ...parameterIssues(r.operationId, r.path, r.query),
  ...bodyIssues(r.operationId, r.mediaType, r.body, r.at),
];

/** A JSON body's text as a server reads it. */
export function jsonBodyOf(text: string): BodyAsRead {
  if (!text) return { kind: 'unreadable', message: 'a JSON request body is required' };
  try {
    return { kind: 'value', value: JSON.parse(text) };
  } catch {
    return { kind: 'unreadable', message: 'is not valid JSON' };
  }
}

/**
 * A form's parts (text, or a file) as a server reads them: the first of a repeated name wins; a
 * text field is typed as the body schema declares it (a file sent for it is read as its text); a
 * `binary` field keeps what was sent, for the rules to say whether it is a file.
 */
export function formBodyOf(operationId: OperationId, parts: Iterable<readonly [string, string | FileAsRead]>): BodyAsRead {
  const kinds = (operations[operationId].requestBody?.fields ?? {}) as Record<string, string>;
  const fields = new Map<string, unknown>();
  for (const [name, part] of parts) {
    if (fields.has(name)) continue;
    const kind = kinds[name];
    fields.set(name, kind === 'binary' ? part : coerce(kind, isFileAsRead(part) ? new TextDecoder().decode(part.head) : part));
  }
  return { kind: 'value', value: Object.fromEntries(fields) };
}
