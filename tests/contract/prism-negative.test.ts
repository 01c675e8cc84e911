// Invalid requests, sent raw (global fetch, no client), must be rejected by Prism with the documented
// status, for the intended reason, in a response that passes the conformance checker.
//
// What Prism answers (prism-http 5.12): 401 for credentials; 415 for a body content type the
// operation does not take; for any other invalid parameter or body it looks for a 422 response,
// then 400. This spec documents 4XX for every operation, and `4XX` covers 422, so Prism answers
// **422** (with the 4XX example) even where 400 is documented; `Prefer: code=400` does not change
// that. Both are documented statuses, so the answers conform; a real server may say 400.
//
// Not tested here: limits of the `meta.<field>[<op>]` metadata filters. Prism only reads declared
// properties of a form/explode object parameter, so it cannot validate those keys (see the
// `MetadataFilters` comment in openapi/images.yaml); the client and the local server do.
import { describe, expect, it } from 'vitest';
import type { OperationId } from '../../generated/operations.js';
import { queryParameterSchema } from '../../src/contract/scenarios/spec.js';
import { specInteger } from '../../src/spec/fact.js';
import { AUTH, check, form, IMAGE, OPERATION_IDS, send, VALID, type RawRequest } from './prism-helpers.js';

// The limits each case steps past, as the spec states them.
const bound = (operationId: OperationId, name: string, key: 'minimum' | 'maximum') => queryParameterSchema(operationId, name)[key] as number;
const V1_PER_PAGE_MIN = bound('listImages', 'per_page', 'minimum');
const V2_PER_PAGE_MAX = bound('listImagesV2', 'per_page', 'maximum');
const V1_PAGE_MIN = bound('listImages', 'page', 'minimum');
const ID_MAX = specInteger('/components/schemas/ImageId/maxLength');
const VARIANT_MAX = specInteger('/components/schemas/VariantName/maxLength');
const KEY_MAX = specInteger('/components/schemas/SigningKeyName/maxLength');
const WIDTH_MIN = specInteger('/components/schemas/VariantOptions/properties/width/minimum');

interface NegativeCase {
  name: string;
  operationId: OperationId;
  request: RawRequest;
  status: number;
  /** The request violation Prism must report in `sl-violations`: its location and code. */
  reason: { location: string[]; code: string | number };
}

const json = (value: unknown, contentType = 'application/json') => ({ headers: { ...AUTH, 'content-type': contentType }, body: JSON.stringify(value) });
const unauthorized = { location: ['request'], code: 401 };
const unsupported = { location: ['request'], code: 415 };
const options = { fit: 'cover', metadata: 'none', width: 1366, height: 768 };

/** `VALID[op]()` with other headers. */
function withHeaders(operationId: OperationId, headers: Record<string, string>): RawRequest {
  const request = VALID[operationId]();
  const kept = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => name === 'content-type'));
  return { ...request, headers: { ...kept, ...headers } };
}

const CASES: NegativeCase[] = [
  // credentials
  { name: 'no credentials', operationId: 'listImages', request: withHeaders('listImages', {}), status: 401, reason: unauthorized },
  {
    name: 'only X-Auth-Email of the legacy pair',
    operationId: 'getImageStats',
    request: withHeaders('getImageStats', { 'x-auth-email': 'user@example.com' }),
    status: 401,
    reason: unauthorized,
  },
  {
    name: 'only X-Auth-Key of the legacy pair',
    operationId: 'listSigningKeys',
    request: withHeaders('listSigningKeys', { 'x-auth-key': 'c2547eb745079dac9320b638f5e225cf483cc5cfdda41' }),
    status: 401,
    reason: unauthorized,
  },
  {
    name: 'a lower-case bearer scheme',
    operationId: 'listVariants',
    request: withHeaders('listVariants', { authorization: 'bearer test-token' }),
    status: 401,
    reason: unauthorized,
  },
  { name: 'no credentials on a delete', operationId: 'deleteImage', request: withHeaders('deleteImage', {}), status: 401, reason: unauthorized },

  // query parameters
  {
    name: `per_page ${V1_PER_PAGE_MIN - 1} (minimum ${V1_PER_PAGE_MIN})`,
    operationId: 'listImages',
    request: { method: 'GET', path: `/images/v1?per_page=${V1_PER_PAGE_MIN - 1}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'query', 'per_page'], code: 'minimum' },
  },
  {
    name: `per_page ${V2_PER_PAGE_MAX + 1} (maximum ${V2_PER_PAGE_MAX})`,
    operationId: 'listImagesV2',
    request: { method: 'GET', path: `/images/v2?per_page=${V2_PER_PAGE_MAX + 1}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'query', 'per_page'], code: 'maximum' },
  },
  {
    name: `page ${V1_PAGE_MIN - 1} (minimum ${V1_PAGE_MIN})`,
    operationId: 'listImages',
    request: { method: 'GET', path: `/images/v1?page=${V1_PAGE_MIN - 1}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'query', 'page'], code: 'minimum' },
  },
  {
    name: "sort_order 'up' (enum)",
    operationId: 'listImagesV2',
    request: { method: 'GET', path: '/images/v2?sort_order=up', headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'query', 'sort_order'], code: 'enum' },
  },

  // path parameters
  {
    name: `image_id of ${ID_MAX + 1} characters (maxLength ${ID_MAX})`,
    operationId: 'getImage',
    request: { method: 'GET', path: `/images/v1/${'a'.repeat(ID_MAX + 1)}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'image_id'], code: 'maxLength' },
  },
  {
    name: `image_id of ${ID_MAX + 1} characters on the blob`,
    operationId: 'getImageBlob',
    request: { method: 'GET', path: `/images/v1/${'a'.repeat(ID_MAX + 1)}/blob`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'image_id'], code: 'maxLength' },
  },
  {
    name: "variant name with '-' (pattern)",
    operationId: 'getVariant',
    request: { method: 'GET', path: '/images/v1/variants/my-variant', headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'variant_id'], code: 'pattern' },
  },
  {
    name: `variant name of ${VARIANT_MAX + 1} characters (maxLength ${VARIANT_MAX})`,
    operationId: 'deleteVariant',
    request: { method: 'DELETE', path: `/images/v1/variants/${'v'.repeat(VARIANT_MAX + 1)}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'variant_id'], code: 'maxLength' },
  },
  {
    name: "signing key name with '-' (pattern)",
    operationId: 'createSigningKey',
    request: { method: 'PUT', path: '/images/v1/keys/my-key', headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'signing_key_name'], code: 'pattern' },
  },
  {
    name: `signing key name of ${KEY_MAX + 1} characters (maxLength ${KEY_MAX})`,
    operationId: 'deleteSigningKey',
    request: { method: 'DELETE', path: `/images/v1/keys/${'k'.repeat(KEY_MAX + 1)}`, headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'signing_key_name'], code: 'maxLength' },
  },
  {
    name: 'account_id that is not 32 hex digits (pattern)',
    operationId: 'getImageStats',
    request: { method: 'GET', path: '/images/v1/stats', accountId: 'not-an-account', headers: { ...AUTH } },
    status: 422,
    reason: { location: ['request', 'path', 'account_id'], code: 'pattern' },
  },

  // JSON bodies
  {
    name: 'createVariant without options (required)',
    operationId: 'createVariant',
    request: { method: 'POST', path: '/images/v1/variants', ...json({ id: 'hero' }) },
    status: 422,
    reason: { location: ['request', 'body'], code: 'required' },
  },
  {
    name: 'createVariant as text/plain (content type)',
    operationId: 'createVariant',
    request: { method: 'POST', path: '/images/v1/variants', ...json({ id: 'hero', options }, 'text/plain') },
    status: 415,
    reason: unsupported,
  },
  {
    name: 'updateImage with an empty object (minProperties 1)',
    operationId: 'updateImage',
    request: { method: 'PATCH', path: `/images/v1/${IMAGE}`, ...json({}) },
    status: 422,
    reason: { location: ['request', 'body'], code: 'minProperties' },
  },
  {
    name: 'updateImage as text/plain (content type)',
    operationId: 'updateImage',
    request: { method: 'PATCH', path: `/images/v1/${IMAGE}`, ...json({ creator: 'x' }, 'text/plain') },
    status: 415,
    reason: unsupported,
  },
  {
    name: "updateVariant with fit 'stretch' (enum)",
    operationId: 'updateVariant',
    request: { method: 'PATCH', path: '/images/v1/variants/hero', ...json({ options: { ...options, fit: 'stretch' } }) },
    status: 422,
    reason: { location: ['request', 'body', 'options', 'fit'], code: 'enum' },
  },
  {
    name: `updateVariant with width ${WIDTH_MIN - 1} (minimum ${WIDTH_MIN})`,
    operationId: 'updateVariant',
    request: { method: 'PATCH', path: '/images/v1/variants/hero', ...json({ options: { ...options, width: WIDTH_MIN - 1 } }) },
    status: 422,
    reason: { location: ['request', 'body', 'options', 'width'], code: 'minimum' },
  },

  // multipart bodies
  {
    name: 'upload with requireSignedURLs=maybe (multipart field type)',
    operationId: 'uploadImage',
    request: { method: 'POST', path: '/images/v1', headers: { ...AUTH }, body: form({ url: 'https://example.com/a.png', requireSignedURLs: 'maybe' }) },
    status: 422,
    reason: { location: ['request', 'body', 'requireSignedURLs'], code: 'type' },
  },
  {
    name: 'upload with both file and url (oneOf)',
    operationId: 'uploadImage',
    request: {
      method: 'POST',
      path: '/images/v1',
      headers: { ...AUTH },
      body: (() => {
        const fd = form({ url: 'https://example.com/a.png' });
        fd.append('file', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }), 'a.png');
        return fd;
      })(),
    },
    status: 422,
    reason: { location: ['request', 'body'], code: 'oneOf' },
  },
  {
    name: 'upload as JSON (content type)',
    operationId: 'uploadImage',
    request: { method: 'POST', path: '/images/v1', ...json({ url: 'https://example.com/a.png' }) },
    status: 415,
    reason: unsupported,
  },
  {
    name: "direct upload with expiry 'tomorrow' (date-time format)",
    operationId: 'createDirectUpload',
    request: { method: 'POST', path: '/images/v2/direct_upload', headers: { ...AUTH }, body: form({ expiry: 'tomorrow' }) },
    status: 422,
    reason: { location: ['request', 'body', 'expiry'], code: 'format' },
  },
  {
    name: 'direct upload as JSON (content type)',
    operationId: 'createDirectUpload',
    request: { method: 'POST', path: '/images/v2/direct_upload', ...json({ creator: 'user-42' }) },
    status: 415,
    reason: unsupported,
  },
];

describe('Prism rejects invalid raw requests with a documented, conforming answer', () => {
  it('has at least one negative case for every operation', () => {
    const missing = OPERATION_IDS.filter((id) => !CASES.some((c) => c.operationId === id));
    expect(missing).toEqual([]);
  });

  it.each(CASES.map((c) => [`${c.operationId}: ${c.name} → ${c.status}`, c] as const))('%s', async (_title, c) => {
    const response = await send(c.request);
    expect(response.status).toBe(c.status);
    // rejected for the intended reason, and for nothing else
    expect(response.prismViolations.map((v) => ({ location: v.location, code: v.code }))).toEqual([c.reason]);
    // the answer itself conforms: documented status, content type, schema, headers, envelope
    expect(check(c.operationId, c.request, response, { ignoreRequestViolations: true })).toEqual([]);
    expect(response.body).toMatchObject({ success: false, result: null });
    // without `ignoreRequestViolations`, the checker reports exactly Prism's request violation
    expect(check(c.operationId, c.request, response).map((v) => [v.check, v.pointer])).toEqual([['prism_violations', '/sl-violations/0']]);
  });

  it('answers 422, not 400, even when asked for 400 (the 4XX range catches 422 first)', async () => {
    const request: RawRequest = { method: 'GET', path: `/images/v1?per_page=${V1_PER_PAGE_MIN - 1}`, headers: { ...AUTH, prefer: 'code=400' } };
    const response = await send(request);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errors: [{ code: 7003 }] }); // the 4XX example
  });
});
