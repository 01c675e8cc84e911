// Raw HTTP against the in-process Prism (global fetch, no client) and the checker on the answer.
import { inject } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { checkResponse, parseSlViolations, type CheckOptions, type PrismViolation, type Violation } from '../../src/contract/index.js';

export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const IMAGE = '2cdc28f0-017a-49c4-9ed7-87056c83901a';
export const AUTH = { authorization: 'Bearer test-token' } as const;

export interface RawRequest {
  method: string;
  /** The path after `/accounts/{account_id}`, with its query. */
  path: string;
  /** Defaults to a valid account ID. */
  accountId?: string;
  headers?: Record<string, string>;
  body?: string | FormData;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  contentType: string | null;
  rawBodyText: string;
  bytes: Uint8Array;
  body: unknown;
  /** Prism's `sl-violations` entries (empty when there is no header). */
  prismViolations: PrismViolation[];
}

export function prismUrl(): string {
  const url = inject('prismUrl');
  if (!url) throw new Error("no Prism: register tests/setup/prism.ts as a vitest globalSetup (see tests/setup/vitest.contract.config.ts)");
  return url;
}

export function urlOf(request: RawRequest): string {
  return `${prismUrl()}/accounts/${request.accountId ?? ACCOUNT}${request.path}`;
}

export async function send(request: RawRequest): Promise<RawResponse> {
  const response = await fetch(urlOf(request), { method: request.method, headers: request.headers, body: request.body });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const rawBodyText = new TextDecoder().decode(bytes);
  const contentType = response.headers.get('content-type');
  let body: unknown;
  if (contentType && /json/.test(contentType)) {
    try {
      body = JSON.parse(rawBodyText);
    } catch {
      body = undefined;
    }
  }
  const sl = response.headers.get('sl-violations');
  return { status: response.status, headers: response.headers, contentType, rawBodyText, bytes, body, prismViolations: sl ? parseSlViolations(sl) : [] };
}

/** The checker's verdict on a Prism answer to `request`, which addressed `operationId`. */
export function check(operationId: OperationId, request: RawRequest, response: RawResponse, options?: CheckOptions): Violation[] {
  return checkResponse(
    {
      operationId,
      method: request.method,
      url: urlOf(request),
      status: response.status,
      headers: response.headers,
      rawBodyText: response.rawBodyText,
      bytes: response.bytes,
    },
    options,
  );
}

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
};
export { form };

const jsonBody = (value: unknown) => ({ headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** One valid request per operation (bodies from the spec's request examples). */
export const VALID: Record<OperationId, () => RawRequest> = {
  listImages: () => ({ method: 'GET', path: '/images/v1?page=1&per_page=100', headers: { ...AUTH } }),
  uploadImage: () => ({
    method: 'POST',
    path: '/images/v1',
    headers: { ...AUTH },
    body: form({ url: 'https://example.com/images/logo.png', id: 'products/sku-1234/front', metadata: '{"sku":"1234","status":"active"}', creator: 'user-42' }),
  }),
  getImage: () => ({ method: 'GET', path: `/images/v1/${IMAGE}`, headers: { ...AUTH } }),
  updateImage: () => ({ method: 'PATCH', path: `/images/v1/${IMAGE}`, ...jsonBody({ metadata: { status: 'archived' } }) }),
  deleteImage: () => ({ method: 'DELETE', path: `/images/v1/${IMAGE}`, headers: { ...AUTH } }),
  getImageBlob: () => ({ method: 'GET', path: `/images/v1/${IMAGE}/blob`, headers: { ...AUTH } }),
  listSigningKeys: () => ({ method: 'GET', path: '/images/v1/keys', headers: { ...AUTH } }),
  createSigningKey: () => ({ method: 'PUT', path: '/images/v1/keys/someKey', headers: { ...AUTH } }),
  deleteSigningKey: () => ({ method: 'DELETE', path: '/images/v1/keys/someKey', headers: { ...AUTH } }),
  getImageStats: () => ({ method: 'GET', path: '/images/v1/stats', headers: { ...AUTH } }),
  listVariants: () => ({ method: 'GET', path: '/images/v1/variants', headers: { ...AUTH } }),
  createVariant: () => ({
    method: 'POST',
    path: '/images/v1/variants',
    ...jsonBody({ id: 'hero', options: { fit: 'cover', metadata: 'none', width: 1366, height: 768 }, neverRequireSignedURLs: true }),
  }),
  getVariant: () => ({ method: 'GET', path: '/images/v1/variants/hero', headers: { ...AUTH } }),
  updateVariant: () => ({ method: 'PATCH', path: '/images/v1/variants/hero', ...jsonBody({ options: { fit: 'scale-down', metadata: 'keep', width: 640, height: 360 } }) }),
  deleteVariant: () => ({ method: 'DELETE', path: '/images/v1/variants/hero', headers: { ...AUTH } }),
  listImagesV2: () => ({ method: 'GET', path: '/images/v2?per_page=100&sort_order=asc&creator=user-42', headers: { ...AUTH } }),
  createDirectUpload: () => ({
    method: 'POST',
    path: '/images/v2/direct_upload',
    headers: { ...AUTH },
    body: form({ expiry: '2026-11-22T15:00:00Z', metadata: '{"uploader":"user-42"}', requireSignedURLs: 'false' }),
  }),
};

export const OPERATION_IDS = Object.keys(operations) as OperationId[];
