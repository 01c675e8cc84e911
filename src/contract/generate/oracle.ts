// What the server will make of a case, from the spec alone: the request is built and read back
// the way the wire changes it (the path percent-encoded and routed with the one routing rule, the
// query serialized, form fields typed per field), then checked by the checker's one request
// reader (checks/request-reader.ts: the generated validators and the rules they do not state).
// The generators' final guard, and the classification the contract run can rely on.
import type { Case } from '../model/case.js';
import { buildRequest } from '../engine/request.js';
import { formBodyOf, jsonBodyOf, MEDIA_TYPE_POINTER, requestIssues, type BodyAsRead } from '../checks/request-reader.js';
import type { Issue } from '../../spec/issues.js';
import { isJsonMediaType } from '../../spec/media-type.js';
import { decodeSegments } from '../../spec/path-segments.js';
import { serializeQuery } from '../../spec/query.js';
import { matchRoute, specBasePath } from '../../spec/route.js';
import { isFilePart } from './draft.js';
import { TARGET_PARAMETER, operationModel } from '../schema/operation.js';
import { fileAsRead } from './rules.js';
import { flatten } from '../schema/schema.js';

/** `same`: the request reaches its operation with its parameters; `none`: no operation; `other`: another operation or other parameters. */
export type RouteVerdict = 'same' | 'none' | 'other';

export interface Verdict {
  route: RouteVerdict;
  /** Every way the request breaks the spec, as the server reads it; `[]` for a valid request. */
  issues: Issue[];
}

/** A valid account id (the target parameter's schema example): the engine puts the real one in. */
export const PLACEHOLDER_ACCOUNT: string = (() => {
  const parameter = operationModel('listImages').parameters.find((p) => p.name === TARGET_PARAMETER);
  const example = parameter && flatten(parameter.schema).examples[0];
  if (typeof example !== 'string') throw new Error(`the spec gives ${TARGET_PARAMETER} no example`);
  return example;
})();

const ORIGIN = 'http://contract.invalid';

/** Which operation the case's URL reaches once a URL parser has normalized it (dot segments; a server may also drop a trailing `/`). */
export function routeOf(c: Case): RouteVerdict {
  const { url, method } = buildRequest({ ...c, body: undefined }, { baseUrl: `${ORIGIN}${specBasePath()}`, accountId: PLACEHOLDER_ACCOUNT, apiToken: 'x' });
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith(`${specBasePath()}/`)) return 'other';
  const path = pathname.slice(specBasePath().length);
  const expected: Record<string, string> = { [TARGET_PARAMETER]: PLACEHOLDER_ACCOUNT, ...c.path };
  const match = matchRoute(method, path);
  if (match) {
    const same = match.operationId === c.operationId && Object.entries(expected).every(([k, v]) => decodeSegments(match.rawParams[k] ?? '') === v);
    return same ? 'same' : 'other';
  }
  const trimmed = path.replace(/\/+$/, '');
  return trimmed !== path && trimmed && matchRoute(method, trimmed) ? 'other' : 'none';
}

/** The case's body as the server reads it back, and the media type it is sent as. */
function bodyAsRead(c: Case): { mediaType?: string; body: BodyAsRead } {
  const body = c.body;
  if (!body) return { body: { kind: 'none' } };
  if (body.kind === 'json') return { mediaType: 'application/json', body: { kind: 'value', value: body.value } };
  if (body.kind === 'multipart') {
    const parts = Object.entries(body.fields).map(([name, part]) => [name, isFilePart(part) ? fileAsRead(part) : part] as const);
    return { mediaType: 'multipart/form-data', body: formBodyOf(c.operationId, parts) };
  }
  // Raw form bytes are only ever generated unparseable; a JSON text is parsed as the server would.
  if (!isJsonMediaType(body.contentType)) return { mediaType: body.contentType, body: { kind: 'unreadable', message: 'is not a form the server can parse' } };
  return { mediaType: body.contentType, body: jsonBodyOf(new TextDecoder().decode(body.bytes)) };
}

/** Every way the case breaks the spec as the server reads it, with `now` as the server's clock. */
export function caseIssues(c: Case, now: number): Issue[] {
  const path = { [TARGET_PARAMETER]: PLACEHOLDER_ACCOUNT, ...c.path };
  const { mediaType, body } = bodyAsRead(c);
  const issues = requestIssues({ operationId: c.operationId, path, query: new URLSearchParams(serializeQuery(c.query)), mediaType, body, at: now });
  // A case carries its Content-Type with its body: the header's issue is the body's.
  return issues.map((i) => (i.pointer === MEDIA_TYPE_POINTER ? { ...i, pointer: '/body' } : i));
}

export const verdictOf = (c: Case, now: number): Verdict => ({ route: routeOf(c), issues: caseIssues(c, now) });

export const isAtOrUnder = (pointer: string, scope: string) => pointer === scope || pointer.startsWith(`${scope}/`);

/**
 * Whether the verdict agrees with what the case claims: a positive case reaches its operation and
 * breaks nothing; a negative one breaks the spec only at (or under) its pointer, and never reaches
 * another operation.
 */
export function agrees(c: Case, verdict: Verdict): boolean {
  if (c.purpose === 'positive') return verdict.route === 'same' && verdict.issues.length === 0;
  if (c.purpose !== 'negative' || c.pointer === undefined) return false;
  return verdict.route !== 'other' && verdict.issues.length > 0 && verdict.issues.every((i) => isAtOrUnder(i.pointer, c.pointer!));
}
