// What the server will make of a case, from the spec alone: the request is built and read back
// the way the wire changes it (the path percent-encoded and routed with the one routing rule, the
// query serialized and typed back per parameter, form fields typed per field), then checked with
// the generated validators and the rules they do not state. The generators' final guard, and the
// classification the contract run can rely on.
import type { OperationId } from '../../../generated/operations.js';
import type { Case } from '../engine/case.js';
import { buildRequest } from '../engine/request.js';
import { serializeQuery } from '../../spec/query.js';
import { issuesOf, type Issue } from '../../spec/issues.js';
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { matchRoute, specBasePath } from '../../spec/route.js';
import { validatorFor } from '../../spec/validators.js';
import { coerce, readQuery } from '../../spec/wire.js';
import { isFilePart } from './draft.js';
import { TARGET_PARAMETER, operationModel } from './operation.js';
import { bodyRuleIssues } from './rules.js';
import { flatten } from './schema.js';

/** `same`: the request reaches its operation with its parameters; `none`: no operation; `other`: another operation or other parameters. */
export type Route = 'same' | 'none' | 'other';

export interface Verdict {
  route: Route;
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
const decode = (value: string) => {
  try {
    return value.split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
};

/** Which operation the case's URL reaches once a URL parser has normalized it (dot segments; a server may also drop a trailing `/`). */
export function routeOf(c: Case): Route {
  const { url, method } = buildRequest({ ...c, body: undefined }, { baseUrl: `${ORIGIN}${specBasePath()}`, accountId: PLACEHOLDER_ACCOUNT, apiToken: 'x' });
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith(`${specBasePath()}/`)) return 'other';
  const path = pathname.slice(specBasePath().length);
  const expected: Record<string, string> = { [TARGET_PARAMETER]: PLACEHOLDER_ACCOUNT, ...c.path };
  const match = matchRoute(method, path);
  if (match) {
    const same = match.operationId === c.operationId && Object.entries(expected).every(([k, v]) => decode(match.rawParams[k] ?? '') === v);
    return same ? 'same' : 'other';
  }
  const trimmed = path.replace(/\/+$/, '');
  return trimmed !== path && trimmed && matchRoute(method, trimmed) ? 'other' : 'none';
}

/** The body as the server reads it back, or the issue that stops it there. */
function readBody(c: Case): { value?: unknown; issue?: Issue } {
  const model = operationModel(c.operationId).body!;
  const stop = (keyword: string, message: string) => ({ issue: { pointer: '/body', keyword, message, schemaPath: '' } });
  const body = c.body;
  if (!body) return model.required ? stop('required', 'a request body is required') : {};
  if (body.kind === 'json') return model.multipart ? stop('contentType', 'is JSON; the operation takes a form') : { value: body.value };
  if (body.kind === 'multipart') {
    if (!model.multipart) return stop('contentType', 'is a form; the operation takes JSON');
    const value: Record<string, unknown> = {};
    for (const [name, part] of Object.entries(body.fields)) {
      const kind = model.fieldKinds[name];
      value[name] = kind === 'binary' ? part : coerce(kind, isFilePart(part) ? new TextDecoder().decode(part.bytes) : part);
    }
    return { value };
  }
  const type = mediaTypeOf(body.contentType);
  if (model.multipart ? type !== model.contentType : !isJsonMediaType(type)) return stop('contentType', `is ${type}; the operation takes ${model.contentType}`);
  // Raw form bytes are only ever generated unparseable; a JSON text is parsed as the server would.
  if (model.multipart) return stop('contentType', 'is not a form the server can parse');
  try {
    return { value: JSON.parse(new TextDecoder().decode(body.bytes)) };
  } catch {
    return stop('contentType', 'is not valid JSON');
  }
}

function validated(key: string, data: unknown, prefix: string): Issue[] {
  const validate = validatorFor(key);
  return !validate || validate(data) ? [] : issuesOf(validate.errors, data, { prefix, validatorKey: key });
}

/** Every way the case breaks the spec as the server reads it, with `now` as the server's clock. */
export function requestIssues(c: Case, now: number): Issue[] {
  const id: OperationId = c.operationId;
  const path = { [TARGET_PARAMETER]: PLACEHOLDER_ACCOUNT, ...c.path };
  const query = readQuery(id, new URLSearchParams(serializeQuery(c.query)));
  const issues = validated(`${id}.params`, { path, query }, '');
  if (!operationModel(id).body) return issues;
  const { value, issue } = readBody(c);
  if (issue) return [...issues, issue];
  if (value === undefined) return issues;
  return [...issues, ...validated(`${id}.body`, value, '/body'), ...bodyRuleIssues(id, value, now)];
}

export const verdictOf = (c: Case, now: number): Verdict => ({ route: routeOf(c), issues: requestIssues(c, now) });

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
