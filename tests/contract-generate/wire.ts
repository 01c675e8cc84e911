// The judge of generated cases, independent of the generator's own oracle: each case is built
// into the HTTP request the engine sends, read back the way the local server reads requests
// (routing, query typing, the web FormData parser, form field typing), and checked with
// validators compiled here from the spec with every error reported (so a case that breaks two
// things shows both), plus the spec's rules beyond JSON Schema.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { operations, type OperationId } from '../../generated/operations.js';
import { forAjv, schemaId, validatorSchemas } from '../../scripts/lib/validators.js';
import type { Case, FilePart } from '../../src/contract/model/case.js';
import { buildRequest } from '../../src/contract/engine/request.js';
import { PLACEHOLDER_ACCOUNT, routeOf, type Verdict } from '../../src/contract/generate/oracle.js';
import { bodyRuleIssues } from '../../src/contract/generate/rules.js';
import { issuesOf, type Issue } from '../../src/spec/issues.js';
import { isJsonMediaType, mediaTypeOf } from '../../src/spec/media-type.js';
import { matchRoute, specBasePath } from '../../src/spec/route.js';
import { readForm, readQuery } from '../../src/spec/wire.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'fast' }) => Ajv2020;

function extensionKeywords(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => extensionKeywords(n, found));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('x-')) found.add(k);
      extensionKeywords(v, found);
    }
  return found;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv, { mode: 'fast' });
ajv.addVocabulary([...extensionKeywords(spec.components.schemas)]);
for (const [name, schema] of Object.entries(spec.components.schemas)) ajv.addSchema({ ...forAjv(schema), $id: schemaId(name) });
const schemas = validatorSchemas(spec);
const compiled = new Map<string, ValidateFunction>();
function validatorOf(key: string): ValidateFunction | undefined {
  if (!compiled.has(key) && schemas.has(key)) compiled.set(key, ajv.compile(schemas.get(key)!));
  return compiled.get(key);
}

function validated(key: string, data: unknown, prefix: string): Issue[] {
  const validate = validatorOf(key);
  return !validate || validate(data) ? [] : issuesOf(validate.errors as never, data, { prefix, validatorKey: key });
}

const stop = (keyword: string, message: string): Issue => ({ pointer: '/body', keyword, message, schemaPath: '' });

async function readBody(
  id: OperationId,
  contentType: string | undefined,
  bytes: Uint8Array | undefined,
): Promise<{ value?: Record<string, unknown>; issue?: Issue }> {
  const declared = operations[id].requestBody!;
  const json = declared.contentType === 'application/json';
  const type = mediaTypeOf(contentType) ?? '';
  if (json ? !isJsonMediaType(type) : type !== declared.contentType) return { issue: stop('contentType', `415: ${type || 'no body'}`) };
  if (json) {
    try {
      return { value: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      return { issue: stop('contentType', 'not JSON') };
    }
  }
  let form: FormData;
  try {
    form = await new Request('http://local.invalid/', { method: 'POST', headers: { 'content-type': contentType! }, body: bytes as BodyInit }).formData();
  } catch {
    return { issue: stop('contentType', 'not a form') };
  }
  const first = new Map<string, FormDataEntryValue>();
  for (const [name, value] of form) if (!first.has(name)) first.set(name, value);
  const value = await readForm(id, first);
  // File parts as their bytes, for the rules on files (size, pixels, media type).
  for (const [name, v] of Object.entries(value))
    if (v instanceof Blob) value[name] = { filename: (v as File).name, contentType: v.type, bytes: new Uint8Array(await v.arrayBuffer()) } satisfies FilePart;
  return { value };
}

/** What the local server's front (routing, params, body) makes of the case, with every issue. */
export async function wireVerdict(c: Case, now: number): Promise<Verdict> {
  const request = buildRequest(c, { baseUrl: `http://contract.invalid${specBasePath()}`, accountId: PLACEHOLDER_ACCOUNT, apiToken: 't' });
  const url = new URL(request.url);
  const match = matchRoute(request.method, url.pathname.slice(specBasePath().length));
  const routed =
    match?.operationId === c.operationId
      ? Object.fromEntries(Object.entries(match.rawParams).map(([k, v]) => [k, v.split('/').map(decodeURIComponent).join('/')]))
      : undefined;
  const path = routed ?? { account_id: PLACEHOLDER_ACCOUNT, ...c.path };
  const issues = validated(`${c.operationId}.params`, { path, query: readQuery(c.operationId, url.searchParams) }, '');
  if (operations[c.operationId].requestBody) {
    const { value, issue } = request.body
      ? await readBody(
          c.operationId,
          request.headers['content-type'],
          request.body instanceof Blob ? new Uint8Array(await request.body.arrayBuffer()) : request.body,
        )
      : { issue: stop('required', 'no body') };
    if (issue) issues.push(issue);
    if (value) issues.push(...validated(`${c.operationId}.body`, value, '/body'), ...bodyRuleIssues(c.operationId, value, now));
  }
  return { route: routeOf(c), issues };
}
