// Raw HTTP against the in-process Prism (global fetch, no client) and the checker on the answer.
import { inject } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import type { Case } from '../../src/contract/model/case.js';
import { PIXEL_PNG } from '../../src/contract/engine/fixtures.js';
import { buildRequest } from '../../src/contract/engine/request.js';
import { coverageCases, type GenerationContext } from '../../src/contract/generate/index.js';
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
  body?: string | FormData | Uint8Array | Blob;
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
  if (!url) throw new Error('no Prism: register tests/setup/prism.ts as a vitest globalSetup (see tests/setup/vitest.contract.config.ts)');
  return url;
}

function urlOf(request: RawRequest): string {
  return `${prismUrl()}/accounts/${request.accountId ?? ACCOUNT}${request.path}`;
}

export async function send(request: RawRequest): Promise<RawResponse> {
  const response = await fetch(urlOf(request), { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined });
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

/** A case as a raw request to Prism: the path after `/accounts/{account_id}`, the headers and the body bytes. */
function rawRequestOf(c: Case): RawRequest {
  const built = buildRequest(c, { baseUrl: 'http://prism.invalid', accountId: ACCOUNT, apiToken: 'test-token' });
  const prefix = `http://prism.invalid/accounts/${ACCOUNT}`;
  return { method: built.method, path: built.url.slice(prefix.length), headers: built.headers, body: built.body };
}

const GENERATION: GenerationContext = {
  image: { filename: 'pixel.png', contentType: 'image/png', bytes: PIXEL_PNG },
  now: Date.now(),
  resources: { imageId: IMAGE, variantId: 'hero', signingKeyName: 'someKey' },
  runTag: 'prism',
};

/** One valid request per operation: the first valid case the contract run's generator derives from the spec. */
export const VALID = Object.fromEntries(
  (Object.keys(operations) as OperationId[]).map((operationId) => {
    const positive = coverageCases(operationId, GENERATION).find((c) => c.purpose === 'positive');
    if (!positive) throw new Error(`the generator has no valid case for ${operationId}`);
    return [operationId, () => rawRequestOf(positive)];
  }),
) as Record<OperationId, () => RawRequest>;

export const OPERATION_IDS = Object.keys(operations) as OperationId[];
