import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import {
  RESPONSE_CHECKS,
  checkResponse,
  documentedHeaders,
  findOperation,
  headerValueProblem,
  mediaTypeOf,
  REDACTED,
  redactText,
  responseExamples,
  statusKeyFor,
  type CheckInput,
  type Violation,
} from '../../src/contract/index.js';
import { resolveRef, specOperation } from '../../src/spec/document.js';
import { matchRoute } from '../../src/spec/route.js';

const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const API = `https://api.cloudflare.com/client/v4/accounts/${ACCOUNT}`;
const CF_RAY = '8f1e6c0f9a2b3c4d-LHR';

/** A copy of a named example (the first one for the operation and status when no name is given). */
function example(operationId: string, status: string, name?: string): any {
  const found = responseExamples().find((e) => e.operationId === operationId && e.status === status && (name === undefined || e.name === name));
  if (!found) throw new Error(`no example for ${operationId} ${status} ${name ?? ''}`);
  return structuredClone(found.value);
}

const json = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', ...extra });

/** Just the fields the tests assert on. */
const brief = (violations: Violation[]) => violations.map(({ check, location, pointer, value }) => ({ check, location, pointer, value }));

describe('findOperation', () => {
  const image = '2cdc28f0-017a-49c4-9ed7-87056c83901a';
  const cases: [method: string, url: string, operationId: string, params: Record<string, string>][] = [
    ['GET', `${API}/images/v1?page=2&per_page=100`, 'listImages', {}],
    ['POST', `${API}/images/v1`, 'uploadImage', {}],
    ['GET', `${API}/images/v1/${image}`, 'getImage', { image_id: image }],
    ['PATCH', `${API}/images/v1/${image}`, 'updateImage', { image_id: image }],
    ['DELETE', `${API}/images/v1/${image}`, 'deleteImage', { image_id: image }],
    ['GET', `${API}/images/v1/${image}/blob`, 'getImageBlob', { image_id: image }],
    ['GET', `${API}/images/v1/keys`, 'listSigningKeys', {}],
    ['PUT', `${API}/images/v1/keys/someKey`, 'createSigningKey', { signing_key_name: 'someKey' }],
    ['DELETE', `${API}/images/v1/keys/someKey`, 'deleteSigningKey', { signing_key_name: 'someKey' }],
    ['GET', `${API}/images/v1/stats`, 'getImageStats', {}],
    ['GET', `${API}/images/v1/variants`, 'listVariants', {}],
    ['POST', `${API}/images/v1/variants`, 'createVariant', {}],
    ['GET', `${API}/images/v1/variants/hero`, 'getVariant', { variant_id: 'hero' }],
    ['PATCH', `${API}/images/v1/variants/hero`, 'updateVariant', { variant_id: 'hero' }],
    ['DELETE', `${API}/images/v1/variants/hero`, 'deleteVariant', { variant_id: 'hero' }],
    ['GET', `${API}/images/v2?meta.status[eq:string]=active&sort_order=asc`, 'listImagesV2', {}],
    ['POST', `${API}/images/v2/direct_upload`, 'createDirectUpload', {}],
  ];

  it.each(Object.values(operations))("$operationId: its own path template, filled with its parameters' examples, routes to it", (op) => {
    const values: Record<string, string> = {};
    const url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const parameter = specOperation(op.operationId)
        .pathItem.parameters.map(resolveRef)
        .find((p: { name: string }) => p.name === name);
      values[name] = String(resolveRef(parameter.schema).examples?.[0] ?? resolveRef(resolveRef(parameter.schema).allOf?.[0] ?? {}).examples?.[0]);
      return encodeURIComponent(values[name]);
    });
    const match = findOperation(op.method, `https://api.cloudflare.com/client/v4${url}`);
    expect(match?.operationId).toBe(op.operationId);
    expect(match?.pathParams).toEqual(values);
  });

  it.each(cases)('%s %s → %s', (method, url, operationId, params) => {
    const match = findOperation(method, url);
    expect(match?.operationId).toBe(operationId);
    expect(match?.pathParams).toEqual({ account_id: ACCOUNT, ...params });
    // the same request as a path under an explicit base path, with a lower-case method
    expect(findOperation(method.toLowerCase(), url.replace('https://api.cloudflare.com', ''), { basePath: '/client/v4' })?.operationId).toBe(operationId);
    // and a server-relative path with no base path at all
    expect(findOperation(method, url.replace('https://api.cloudflare.com/client/v4', ''), { basePath: '' })?.operationId).toBe(operationId);
  });

  it('prefers literal segments over templated ones', () => {
    expect(findOperation('GET', `${API}/images/v1/keys`)?.operationId).toBe('listSigningKeys');
    expect(findOperation('GET', `${API}/images/v1/stats`)?.operationId).toBe('getImageStats');
    expect(findOperation('GET', `${API}/images/v1/variants`)?.operationId).toBe('listVariants');
    expect(findOperation('POST', `${API}/images/v1/variants`)?.operationId).toBe('createVariant');
    // no literal operation for this method: the templated one matches (an image called "keys")
    expect(findOperation('DELETE', `${API}/images/v1/keys`)).toMatchObject({ operationId: 'deleteImage', pathParams: { image_id: 'keys' } });
    expect(findOperation('GET', `${API}/images/v1/blob`)).toMatchObject({ operationId: 'getImage', pathParams: { image_id: 'blob' } });
  });

  it('decodes a custom image ID sent with %2F, and keeps it one segment', () => {
    expect(findOperation('GET', `${API}/images/v1/products%2Fsku-1234%2Ffront`)).toEqual({
      operationId: 'getImage',
      path: '/accounts/{account_id}/images/v1/{image_id}',
      pathParams: { account_id: ACCOUNT, image_id: 'products/sku-1234/front' },
    });
    expect(findOperation('GET', `${API}/images/v1/products%2Fsku-1234%2Ffront/blob`)?.pathParams.image_id).toBe('products/sku-1234/front');
  });

  it('accepts a custom image ID with unencoded slashes, like the local server, when no literal route matches', () => {
    const id = 'products/sku-1234/front';
    expect(findOperation('GET', `${API}/images/v1/${id}`)).toEqual({
      operationId: 'getImage',
      path: '/accounts/{account_id}/images/v1/{image_id}',
      pathParams: { account_id: ACCOUNT, image_id: id },
    });
    expect(findOperation('PATCH', `${API}/images/v1/${id}`)).toMatchObject({ operationId: 'updateImage', pathParams: { image_id: id } });
    expect(findOperation('DELETE', `${API}/images/v1/${id}`)).toMatchObject({ operationId: 'deleteImage', pathParams: { image_id: id } });
    expect(findOperation('GET', `${API}/images/v1/a/b/blob`)).toMatchObject({ operationId: 'getImageBlob', pathParams: { image_id: 'a/b' } });
    expect(findOperation('GET', `${API}/images/v1/a%2Fb/c/blob`)).toMatchObject({ operationId: 'getImageBlob', pathParams: { image_id: 'a/b/c' } });
    // literal routes keep precedence: these stay themselves
    expect(findOperation('GET', `${API}/images/v1/keys`)?.operationId).toBe('listSigningKeys');
    expect(findOperation('GET', `${API}/images/v1/stats`)?.operationId).toBe('getImageStats');
    expect(findOperation('GET', `${API}/images/v1/variants`)?.operationId).toBe('listVariants');
    expect(findOperation('GET', `${API}/images/v1/variants/hero`)).toMatchObject({ operationId: 'getVariant', pathParams: { variant_id: 'hero' } });
    expect(findOperation('GET', `${API}/images/v1/variants/blob`)).toMatchObject({ operationId: 'getVariant', pathParams: { variant_id: 'blob' } });
    expect(findOperation('PATCH', `${API}/images/v1/variants/hero`)?.operationId).toBe('updateVariant');
    expect(findOperation('DELETE', `${API}/images/v1/keys/someKey`)).toMatchObject({
      operationId: 'deleteSigningKey',
      pathParams: { signing_key_name: 'someKey' },
    });
    // no literal route for this method and shape: the image ID absorbs the segments
    expect(findOperation('GET', `${API}/images/v1/keys/someKey`)).toMatchObject({ operationId: 'getImage', pathParams: { image_id: 'keys/someKey' } });
    expect(findOperation('DELETE', `${API}/images/v1/variants/a/b`)).toMatchObject({ operationId: 'deleteImage', pathParams: { image_id: 'variants/a/b' } });
    // an empty segment is part of a spanning ID inside it (the spec's ImageId allows `a//b`), never at its ends
    expect(findOperation('GET', `${API}/images/v1/a//b`)).toMatchObject({ operationId: 'getImage', pathParams: { image_id: 'a//b' } });
    expect(findOperation('GET', `${API}/images/v1/a//blob`)).toMatchObject({ operationId: 'getImage', pathParams: { image_id: 'a//blob' } });
    expect(findOperation('GET', `${API}/images/v1//a`)).toBeUndefined();
    expect(findOperation('GET', `${API}/images/v1/a//`)).toBeUndefined();
  });

  it('routes like the local server', () => {
    const paths: [string, string][] = [
      ['GET', '/images/v1/a/b'],
      ['PATCH', '/images/v1/a/b/c'],
      ['DELETE', '/images/v1/a/b'],
      ['GET', '/images/v1/a/b/blob'],
      ['GET', '/images/v1/blob/blob'],
      ['GET', '/images/v1/keys'],
      ['GET', '/images/v1/keys/someKey'],
      ['PUT', '/images/v1/keys/someKey'],
      ['DELETE', '/images/v1/keys/a/b'],
      ['GET', '/images/v1/stats'],
      ['GET', '/images/v1/stats/x'],
      ['GET', '/images/v1/variants'],
      ['GET', '/images/v1/variants/hero'],
      ['DELETE', '/images/v1/variants/hero/x'],
      ['GET', '/images/v1/a//b'],
      ['POST', '/images/v1/a/b'],
    ];
    for (const [method, path] of paths) {
      const ours = findOperation(method, `/accounts/${ACCOUNT}${path}`, { basePath: '' });
      const server = matchRoute(method, `/accounts/${ACCOUNT}${path}`);
      expect(ours?.operationId, `${method} ${path}`).toBe(server?.operationId);
      if (server)
        expect(ours?.pathParams, `${method} ${path}`).toEqual(Object.fromEntries(Object.entries(server.rawParams).map(([k, v]) => [k, decodeURIComponent(v)])));
    }
  });

  it('finds nothing for unknown paths, methods and empty segments', () => {
    expect(findOperation('GET', `${API}/images/v3`)).toBeUndefined();
    expect(findOperation('POST', `${API}/images/v1/stats`)).toBeUndefined();
    expect(findOperation('GET', `https://api.cloudflare.com/client/v4/accounts//images/v1`)).toBeUndefined();
    expect(findOperation('GET', '/nope')).toBeUndefined();
  });
});

describe('statusKeyFor and mediaTypeOf', () => {
  it('prefers the specific code over its range', () => {
    expect(statusKeyFor('getImage', 404)).toBe('404');
    expect(statusKeyFor('listImages', 404)).toBe('4XX');
    expect(statusKeyFor('getImage', 418)).toBe('4XX');
    expect(statusKeyFor('getImage', 503)).toBe('5XX');
    expect(statusKeyFor('getImage', 201)).toBeUndefined();
    expect(statusKeyFor('getImage', 302)).toBeUndefined();
  });

  it('drops media type parameters', () => {
    expect(mediaTypeOf('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaTypeOf('')).toBeUndefined();
    expect(mediaTypeOf(null)).toBeUndefined();
  });
});

describe('checkResponse finds each kind of breakage', () => {
  it('status_code_conformance: an undocumented status', () => {
    const violations = checkResponse({ operationId: 'getImage', status: 302, headers: json(), body: example('getImage', '4XX') });
    expect(brief(violations)).toEqual([{ check: 'status_code_conformance', location: 'status', pointer: '', value: 302 }]);
  });

  it('status_code_conformance: an undocumented redirect names both URLs (origin and path only) and another origin', () => {
    const url = `${API}/images/v1/abc?x=1`;
    const redirect = (location: string, at?: string) =>
      checkResponse({ operationId: 'getImage', method: 'GET', ...(at ? { url: at } : {}), status: 307, headers: { location } })[0].message;
    expect(redirect('https://evil.example.test/steal/abc?token=secret#f', url)).toBe(
      `status 307 is not documented for getImage (documented: ${Object.keys(operations.getImage.responses).join(', ')}): a redirect from ${API}/images/v1/abc to https://evil.example.test/steal/abc (another origin)`,
    );
    expect(redirect('/client/v4/elsewhere', url)).toMatch(/: a redirect from \S+\/images\/v1\/abc to https:\/\/api\.cloudflare\.com\/client\/v4\/elsewhere$/);
    expect(redirect('https://user:pw@evil.example.test/x')).toMatch(/: a redirect to https:\/\/evil\.example\.test\/x$/);
    expect(redirect('http://[bad')).toMatch(/: a redirect to a Location that is not a URL$/);
  });

  it('status_code_conformance: a code covered by the 4XX range is documented', () => {
    expect(checkResponse({ operationId: 'listImages', status: 409, headers: json(), body: example('listImages', '4XX') })).toEqual([]);
  });

  it('content_type_conformance: a wrong content type', () => {
    const violations = checkResponse({
      operationId: 'getImageStats',
      status: 200,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: example('getImageStats', '200'),
    });
    expect(brief(violations)).toEqual([
      { check: 'content_type_conformance', location: 'header', pointer: '/content-type', value: 'text/plain; charset=utf-8' },
    ]);
  });

  it('content_type_conformance: parameters are ignored; image/* is not a documented type', () => {
    expect(
      checkResponse({
        operationId: 'getImageStats',
        status: 200,
        headers: json({ 'content-type': 'application/json; charset=UTF-8' }),
        body: example('getImageStats', '200'),
      }),
    ).toEqual([]);
    const violations = checkResponse({ operationId: 'getImageBlob', status: 200, headers: { 'content-type': 'image/*' }, bytes: 15 });
    expect(brief(violations)).toEqual([{ check: 'content_type_conformance', location: 'header', pointer: '/content-type', value: 'image/*' }]);
  });

  it('content_type_conformance: a missing content type', () => {
    const violations = checkResponse({ operationId: 'getImageStats', status: 200, headers: {}, body: example('getImageStats', '200') });
    expect(brief(violations)).toEqual([{ check: 'content_type_conformance', location: 'header', pointer: '/content-type', value: undefined }]);
  });

  it('response_schema_conformance: an extra field in a closed object', () => {
    const body = example('getVariant', '200');
    body.result.variant.options.quality = 85;
    const violations = checkResponse({ operationId: 'getVariant', status: 200, headers: json(), body });
    expect(brief(violations)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '/result/variant/options/quality', value: 85 }]);
    expect(violations[0].message).toMatch(/additionalProperties/);
  });

  it('response_schema_conformance: a missing required field', () => {
    const body = example('getImage', '200');
    delete body.result.id;
    const violations = checkResponse({ operationId: 'getImage', status: 200, headers: json(), body });
    expect(brief(violations)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '/result/id', value: undefined }]);
    expect(violations[0].message).toMatch(/required/);
  });

  it('response_schema_conformance: a mistyped field', () => {
    const body = example('getImageStats', '200');
    body.result.count.current = '210';
    const violations = checkResponse({ operationId: 'getImageStats', status: 200, headers: json(), body });
    expect(brief(violations)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '/result/count/current', value: '210' }]);
    expect(violations[0]).toMatchObject({ operationId: 'getImageStats', message: expect.stringMatching(/must be integer/) });
  });

  it('response_schema_conformance: a body that is not JSON, or no body, where JSON is documented', () => {
    // the size only: the text of a body that does not parse is never copied (nor JSON.parse's message, which quotes it)
    const notJson = checkResponse({ operationId: 'getImage', status: 404, headers: json(), rawBodyText: '<html>Not Found</html>' });
    expect(brief(notJson)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '', value: 22 }]);
    expect(notJson[0].message).toBe('the body is not valid JSON (22 bytes of application/json)');
    expect(brief(checkResponse({ operationId: 'getImage', status: 404, headers: json() }))).toEqual([
      { check: 'response_schema_conformance', location: 'body', pointer: '', value: undefined },
    ]);
    // the same body given as text is parsed and passes
    expect(checkResponse({ operationId: 'getImage', status: 404, headers: json(), rawBodyText: JSON.stringify(example('getImage', '404')) })).toEqual([]);
  });

  it('response_schema_conformance: an empty binary body', () => {
    expect(brief(checkResponse({ operationId: 'getImageBlob', status: 200, headers: { 'content-type': 'image/png' }, bytes: new Uint8Array(0) }))).toEqual([
      { check: 'response_schema_conformance', location: 'body', pointer: '', value: 0 },
    ]);
    expect(checkResponse({ operationId: 'getImageBlob', status: 200, headers: { 'content-type': 'image/png' }, bytes: new Uint8Array([0x89, 0x50]) })).toEqual(
      [],
    );
    // no body at all for a HEAD request is fine
    expect(checkResponse({ operationId: 'getImageBlob', method: 'HEAD', status: 200, headers: { 'content-type': 'image/png' } })).toEqual([]);
  });

  it('envelope_consistency (and the Failure schema): success:true with an error status', () => {
    const body = example('getImage', '404');
    body.success = true;
    const violations = checkResponse({ operationId: 'getImage', status: 404, headers: json(), body });
    expect(brief(violations)).toEqual([
      { check: 'response_schema_conformance', location: 'body', pointer: '/success', value: true },
      { check: 'envelope_consistency', location: 'body', pointer: '/success', value: true },
    ]);
  });

  it('envelope_consistency: a failure with a result and no errors', () => {
    const body = { success: false, errors: [], messages: [], result: { id: 'x' } };
    const violations = checkResponse({ operationId: 'getImage', status: 404, headers: json(), body });
    expect(brief(violations).filter((v) => v.check === 'envelope_consistency')).toEqual([
      { check: 'envelope_consistency', location: 'body', pointer: '/result', value: { id: 'x' } },
      { check: 'envelope_consistency', location: 'body', pointer: '/errors', value: [] },
    ]);
  });

  it('envelope_consistency: success:false with status 200', () => {
    const violations = checkResponse({ operationId: 'getImage', status: 200, headers: json(), body: example('getImage', '404') });
    expect(violations.filter((v) => v.check === 'envelope_consistency').map((v) => [v.pointer, v.value])).toEqual([['/success', false]]);
  });

  it('response_headers_conformance: a 429 without the required Retry-After', () => {
    const violations = checkResponse({ operationId: 'listImages', status: 429, headers: json({ 'cf-ray': CF_RAY }), body: example('listImages', '429') });
    expect(brief(violations)).toEqual([{ check: 'response_headers_conformance', location: 'header', pointer: '/retry-after', value: undefined }]);
    expect(violations[0].message).toBe('required header Retry-After is missing');
  });

  it('response_headers_conformance: Retry-After in seconds or as an HTTP date, nothing else', () => {
    const check = (retryAfter: string) =>
      brief(checkResponse({ operationId: 'listImages', status: 429, headers: json({ 'retry-after': retryAfter }), body: example('listImages', '429') }));
    expect(check('300')).toEqual([]);
    expect(check('Sun, 22 Nov 2026 14:00:00 GMT')).toEqual([]);
    expect(check('soon')).toEqual([{ check: 'response_headers_conformance', location: 'header', pointer: '/retry-after', value: 'soon' }]);
  });

  it('response_headers_conformance: a malformed cf-ray', () => {
    const violations = checkResponse({
      operationId: 'getImage',
      status: 404,
      headers: new Headers(json({ 'CF-Ray': 'not-a-ray' })),
      body: example('getImage', '404'),
    });
    expect(brief(violations)).toEqual([{ check: 'response_headers_conformance', location: 'header', pointer: '/cf-ray', value: 'not-a-ray' }]);
    expect(violations[0].message).toMatch(/must match pattern/);
  });

  it('prism_violations: every sl-violations entry is a failure', () => {
    const entries = [
      {
        location: ['response', 'body', 'result', 'count', 'current'],
        severity: 'Error',
        code: 'type',
        message: 'Response body property result.count.current must be integer',
      },
      { location: ['request', 'query', 'per_page'], severity: 'Error', code: 'minimum', message: 'Request query parameter per_page must be >= 10' },
    ];
    const input: CheckInput = {
      operationId: 'getImageStats',
      status: 200,
      headers: json({ 'sl-violations': JSON.stringify(entries) }),
      body: example('getImageStats', '200'),
    };
    expect(brief(checkResponse(input))).toEqual([
      { check: 'prism_violations', location: 'header', pointer: '/sl-violations/0', value: entries[0] },
      { check: 'prism_violations', location: 'header', pointer: '/sl-violations/1', value: entries[1] },
    ]);
    // a negative test may leave the request violations to itself; response violations stay
    expect(brief(checkResponse(input, { ignoreRequestViolations: true }))).toEqual([
      { check: 'prism_violations', location: 'header', pointer: '/sl-violations/0', value: entries[0] },
    ]);
  });

  it('prism_violations: a truncated sl-violations header is still a failure', () => {
    const headers = json({ 'sl-violations': 'Too many violations! [{"location":["response"' });
    expect(brief(checkResponse({ operationId: 'getImageStats', status: 200, headers, body: example('getImageStats', '200') }))).toEqual([
      { check: 'prism_violations', location: 'header', pointer: '/sl-violations', value: 'Too many violations! [{"location":["response"' },
    ]);
  });

  it('finds the operation from method and URL when no operationId is given', () => {
    const body = example('getImageStats', '200');
    body.result.count.allowed = -1;
    const violations = checkResponse({ method: 'GET', url: `${API}/images/v1/stats`, status: 200, headers: json(), body });
    expect(violations.map((v) => [v.operationId, v.pointer])).toEqual([['getImageStats', '/result/count/allowed']]);
    expect(() => checkResponse({ method: 'GET', url: `${API}/images/v9`, status: 200 })).toThrow(/no documented operation/);
    expect(() => checkResponse({ operationId: 'nope', status: 200 })).toThrow(/unknown operationId/);
  });
});

describe('JSON nested past maxJsonDepth is not walked', () => {
  const deepBody = (depth: number) => `{"success":true,"errors":[],"messages":[],"result":{"id":"x","meta":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
  const deepValue = (depth: number) => {
    let value: unknown = [];
    for (let i = 1; i < depth; i++) value = [value];
    return { success: true, errors: [], messages: [], result: { id: 'x', meta: value } };
  };

  it.each([
    ['as text', { rawBodyText: deepBody(20_000) }],
    ['already parsed', { body: deepValue(20_000) }],
  ])('%s, 20 000 deep: one response_schema_conformance failure naming the bound, no stack overflow', (_how, body) => {
    const violations = checkResponse({ operationId: 'getImage', status: 200, headers: json(), ...body });
    expect(violations).toEqual([
      {
        operationId: 'getImage',
        check: 'response_schema_conformance',
        location: 'body',
        pointer: '',
        message: 'not checked: the JSON is nested deeper than 1000 levels (the bound on JSON nesting)',
        value: undefined,
      },
    ]);
  });

  it('the bound is an option; at the bound the body is walked', () => {
    const walked = checkResponse({ operationId: 'getImage', status: 200, headers: json(), rawBodyText: deepBody(8) }, { maxJsonDepth: 10 });
    expect(walked.length).toBeGreaterThan(0); // the schema's own findings: the body was walked
    expect(walked.map((v) => v.message)).not.toContainEqual(expect.stringMatching(/deeper than/));
    expect(checkResponse({ operationId: 'getImage', status: 200, headers: json(), rawBodyText: deepBody(9) }, { maxJsonDepth: 10 })[0].message).toMatch(
      /deeper than 10 levels/,
    );
  });
});

describe('secrets stay out of violations', () => {
  const keyValues = () => (example('listSigningKeys', '200').result.keys as { value: string }[]).map((k) => k.value);
  /** Neither the value nor any 6-character piece of it. */
  const expectNoPieceOf = (text: string, secret: string) => {
    for (let i = 0; i + 6 <= secret.length; i++) expect(text).not.toContain(secret.slice(i, i + 6));
  };

  it("never copies a keys body truncated inside a value, nor JSON.parse's message", () => {
    const [secret] = keyValues();
    const body = JSON.stringify(example('listSigningKeys', '200'));
    const cut = body.slice(0, body.indexOf(secret) + 12); // …"value":"Oix0bbNaT8Rg
    for (const rawBodyText of [cut, `${cut}\\`]) {
      const violations = checkResponse({ operationId: 'listSigningKeys', status: 200, headers: json(), rawBodyText });
      expect(brief(violations)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '', value: rawBodyText.length }]);
      expectNoPieceOf(JSON.stringify(violations), secret);
      expect(violations[0].message).not.toMatch(/Unterminated|Unexpected|position/);
    }
  });

  it('never copies a keys body with an unquoted value', () => {
    const [secret] = keyValues();
    const rawBodyText = JSON.stringify(example('listSigningKeys', '200')).replace(`"${secret}"`, secret);
    const violations = checkResponse({ operationId: 'listSigningKeys', status: 200, headers: json(), rawBodyText });
    expect(violations.map((v) => [v.check, v.pointer, v.value])).toEqual([['response_schema_conformance', '', rawBodyText.length]]);
    expectNoPieceOf(JSON.stringify(violations), secret);
  });

  it('redactText also redacts values cut off before their closing quote, and unquoted ones', () => {
    expect(redactText('{"name":"a","value":"Oix0bbNaT8Rge9')).toBe(`{"name":"a","value":"${REDACTED}"`);
    expect(redactText('{"value":"Oix0bb\\')).toBe(`{"value":"${REDACTED}"`);
    expect(redactText('{"value":Oix0bbNaT8Rge9,"name":"a"}')).toBe(`{"value":"${REDACTED}","name":"a"}`);
    expect(redactText('[{"value": Oix0bbNaT8Rge9}]')).toBe(`[{"value": "${REDACTED}"}]`);
    expect(redactText('{"value":"a\\"b","name":"c"}')).toBe(`{"value":"${REDACTED}","name":"c"}`);
  });

  it('redacts a signing key value that is itself the offending value', () => {
    const body = example('listSigningKeys', '200');
    body.result.keys[1].value = '';
    const violations = checkResponse({ operationId: 'listSigningKeys', status: 200, headers: json(), body });
    expect(brief(violations)).toEqual([{ check: 'response_schema_conformance', location: 'body', pointer: '/result/keys/1/value', value: REDACTED }]);
  });

  it('redacts signing key values inside a reported object', () => {
    const body = example('createSigningKey', '200');
    body.result.keys[0].extra = true; // not a violation (open object); the envelope is
    const violations = checkResponse({ operationId: 'createSigningKey', status: 500, headers: json(), body });
    const result = violations.find((v) => v.check === 'envelope_consistency' && v.pointer === '/result');
    expect(result?.value).toEqual({
      keys: [
        { name: 'default', value: REDACTED, extra: true },
        { name: 'someKey', value: REDACTED },
      ],
    });
    const everything = JSON.stringify(violations);
    for (const secret of keyValues()) expect(everything).not.toContain(secret);
    expect(body.result.keys[0].value).toBe(keyValues()[0]); // the caller's body is not mutated
  });

  it('redacts key values in a body that does not parse, and never reports request or undocumented headers', () => {
    const [secret] = keyValues();
    const violations = checkResponse({
      operationId: 'deleteSigningKey',
      status: 200,
      headers: json({ 'cf-ray': 'bad', authorization: 'Bearer very-secret-token', 'x-auth-key': 'global-key-123' }),
      rawBodyText: `{"success":true,"result":{"keys":[{"name":"default","value":"${secret}"}]`,
    });
    expect(violations.map((v) => v.check)).toEqual(['response_schema_conformance']);
    const everything = JSON.stringify(violations);
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('very-secret-token');
    expect(everything).not.toContain('global-key-123');
  });
});

describe('response headers', () => {
  it("the spec's header schemas use only type string and a pattern: all that headerValueProblem checks", () => {
    const seen = new Set<string>();
    for (const [operationId, op] of Object.entries(operations)) {
      for (const key of Object.keys(op.responses)) {
        for (const [name, header] of documentedHeaders(operationId, key)) {
          seen.add(name);
          expect(header.schema?.type, `${operationId} ${key} ${name}`).toBe('string');
          expect(typeof header.schema?.pattern, `${operationId} ${key} ${name}`).toBe('string');
          expect(
            Object.keys(header.schema!).filter((k) => !['type', 'pattern', 'examples', 'description'].includes(k)),
            `${operationId} ${key} ${name}`,
          ).toEqual([]);
        }
      }
    }
    expect([...seen].sort()).toEqual(['cf-ray', 'retry-after']);
  });

  it('headerValueProblem checks the pattern', () => {
    expect(headerValueProblem({ type: 'string', pattern: '^[0-9]+$' }, '300')).toBeUndefined();
    expect(headerValueProblem({ type: 'string', pattern: '^[0-9]+$' }, 'soon')).toBe('must match pattern "^[0-9]+$"');
    expect(headerValueProblem(undefined, 'anything')).toBeUndefined();
  });
});

describe('checkResponse runs one function per check', () => {
  it('reports violations of several checks at once, in the order of RESPONSE_CHECKS', () => {
    const body = example('getImage', '404');
    body.success = true;
    const violations = checkResponse({
      operationId: 'getImage',
      status: 404,
      headers: {
        'content-type': 'text/plain',
        'cf-ray': 'bad',
        'sl-violations': JSON.stringify([{ location: ['response'], severity: 'Error', code: 'x', message: 'm' }]),
      },
      body,
    });
    const order = violations.map((v) => (RESPONSE_CHECKS as readonly string[]).indexOf(v.check));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(violations.map((v) => v.check))).toEqual(new Set(RESPONSE_CHECKS.filter((c) => c !== 'status_code_conformance')));
  });
});

describe('every named example of the spec conforms', () => {
  /** A status for a response key: the code itself, or members of its range. */
  const statusesFor = (key: string) => (key === '4XX' ? [418, 409] : key === '5XX' ? [500, 503] : [Number(key)]);

  /** The documented headers, each with its schema's first example. */
  function headersFor(operationId: string, key: string, mediaType: string): Record<string, string> {
    const headers: Record<string, string> = { 'content-type': mediaType };
    for (const [name, header] of documentedHeaders(operationId, key)) {
      const examples = (header.schema as { examples?: unknown[] } | undefined)?.examples;
      expect(examples?.length, `${operationId} ${key} ${name} has a schema example`).toBeGreaterThan(0);
      headers[name] = String(examples![0]);
    }
    return headers;
  }

  const cases = responseExamples().flatMap((e) =>
    statusesFor(e.status).map((status) => [`${e.operationId} ${status} ${e.mediaType} ${e.name}`, e, status] as const),
  );

  it('covers every operation and documented response key', () => {
    for (const [operationId, op] of Object.entries(operations)) {
      for (const key of Object.keys(op.responses)) {
        expect(
          responseExamples().some((e) => e.operationId === operationId && e.status === key),
          `${operationId} ${key}`,
        ).toBe(true);
      }
    }
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)('%s', (_name, e, status) => {
    const binary = e.mediaType.startsWith('image/');
    const input: CheckInput = {
      operationId: e.operationId,
      method: e.method,
      status,
      headers: headersFor(e.operationId, e.status, e.mediaType),
      ...(binary ? { bytes: new TextEncoder().encode(String(e.value)) } : { body: structuredClone(e.value) }),
    };
    expect(checkResponse(input)).toEqual([]);
  });
});
