// The contract suite through the client: every operation, every documented status and every
// named example, called with the typed client against Prism; each exchange goes through the
// conformance checker (captured by a middleware), and the client's result (or typed error) must
// match the example. Then paired negative cases: the client refuses before sending, and the same
// request sent past the client is refused by Prism with the documented status.
import { afterAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { checkResponse, responseExamples, type Violation } from '../../src/contract/index.js';
import { createImagesClient, ImagesApiError, ImagesConfigError, ImagesValidationError, type ImagesClient } from '../../src/index.js';
import { specInteger } from '../../src/spec/fact.js';
import { PNG } from '../helpers/fake-fetch.js';
import { ACCOUNT, form, prismUrl, send } from './prism-helpers.js';

/** One character past the spec's ImageId maxLength. */
const ID_TOO_LONG = specInteger('/components/schemas/ImageId/maxLength') + 1;

const IMAGE = '2cdc28f0-017a-49c4-9ed7-87056c83901a';
const variantOptions = { fit: 'cover', metadata: 'none', width: 100, height: 50 } as const;

/** A valid call of every operation through the client. */
const CALLS: Record<OperationId, (c: ImagesClient) => Promise<unknown>> = {
  listImages: (c) => c.images.v1.list({ per_page: 50 }).then((x) => x),
  uploadImage: (c) => c.images.v1.create({ file: PNG, metadata: { sku: '1' } }),
  getImage: (c) => c.images.v1.get(IMAGE),
  updateImage: (c) => c.images.v1.edit(IMAGE, { metadata: { a: 1 } }),
  deleteImage: (c) => c.images.v1.delete(IMAGE),
  getImageBlob: (c) => c.images.v1.blobs.get(IMAGE).then(async (b) => ({ contentType: b.contentType, text: new TextDecoder().decode(await b.bytes()) })),
  listSigningKeys: (c) => c.images.v1.keys.list(),
  createSigningKey: (c) => c.images.v1.keys.update('someKey'),
  deleteSigningKey: (c) => c.images.v1.keys.delete('someKey'),
  getImageStats: (c) => c.images.v1.stats.get(),
  listVariants: (c) => c.images.v1.variants.list(),
  createVariant: (c) => c.images.v1.variants.create({ id: 'hero', options: variantOptions }),
  getVariant: (c) => c.images.v1.variants.get('hero'),
  updateVariant: (c) => c.images.v1.variants.edit('hero', { options: variantOptions }),
  deleteVariant: (c) => c.images.v1.variants.delete('hero'),
  listImagesV2: (c) => c.images.v2.list({ sort_order: 'asc', filters: { status: { eq: 'active' } } }).then((x) => x),
  createDirectUpload: (c) => c.images.v2.directUploads.create({ creator: 'user-42' }),
};

function clientFor(prefer: string, accept?: string) {
  const violations: Violation[] = [];
  const statuses: number[] = [];
  const checks: Promise<void>[] = [];
  const client = createImagesClient({
    accountId: ACCOUNT,
    apiToken: 'contract-token',
    baseUrl: prismUrl(),
    env: {},
    maxRetries: 0,
    middleware: [
      {
        onRequest: ({ request }) => {
          request.headers.set('prefer', prefer);
          if (accept) request.headers.set('accept', accept);
        },
        onResponse: ({ request, response }) => {
          statuses.push(response.status);
          const copy = response.clone();
          checks.push(
            copy.arrayBuffer().then((buffer) => {
              const bytes = new Uint8Array(buffer);
              violations.push(
                ...checkResponse({
                  method: request.method,
                  url: request.url,
                  status: copy.status,
                  headers: copy.headers,
                  bytes,
                  rawBodyText: new TextDecoder().decode(bytes),
                }),
              );
            }),
          );
        },
      },
    ],
  });
  return { client, violations, statuses, checked: () => Promise.all(checks) };
}

const RANGE_STATUSES: Record<string, number[]> = { '4XX': [418], '5XX': [500] };
const exercised = new Set<string>();
const cases = responseExamples().flatMap((e) =>
  (RANGE_STATUSES[e.status] ?? [Number(e.status)]).map((status) => [`${e.operationId} ${status} ${e.mediaType} ${e.name}`, e, status] as const),
);

describe.concurrent('every operation through the client, every documented status and example', () => {
  it.for(cases)('%s', async ([, e, status], { expect }) => {
    const operationId = e.operationId as OperationId;
    const binary = e.mediaType.startsWith('image/');
    const { client, violations, statuses, checked } = clientFor(`code=${status}, example=${e.name}`, binary ? e.mediaType : undefined);
    const outcome = await CALLS[operationId](client).then(
      (value) => ({ value, error: undefined }),
      (error) => ({ value: undefined, error }),
    );
    await checked();
    expect(statuses).toEqual([status]);
    expect(violations).toEqual([]);
    const example = e.value as any;
    if (status >= 300) {
      expect(outcome.error).toBeInstanceOf(ImagesApiError);
      expect(outcome.error).toMatchObject({ status, errors: example.errors });
    } else if (binary) {
      expect(outcome.value).toEqual({ contentType: e.mediaType, text: example });
    } else {
      expect(outcome.error).toBeUndefined();
      expect(outcome.value).toEqual(example.result);
    }
    exercised.add(`${operationId} ${e.status}`);
  });
});

describe('client coverage gate', () => {
  const documented = Object.entries(operations).flatMap(([id, op]) => Object.keys(op.responses).map((key) => `${id} ${key}`));
  afterAll(() => console.log(`client: covered ${documented.filter((p) => exercised.has(p)).length}/${documented.length} documented (operation, status) pairs`));

  it('called every documented (operation, status) pair through the client', () => {
    expect(documented.filter((p) => !exercised.has(p))).toEqual([]);
  });
});

/** Each documented constraint kind: the client refuses before sending; Prism refuses the same raw request. */
const NEGATIVE: {
  kind: string;
  call: (c: ImagesClient) => Promise<unknown>;
  pointer: string;
  raw: { method: string; path: string; headers?: Record<string, string>; body?: string | FormData };
  status: number;
}[] = [
  {
    kind: 'range',
    call: (c) => c.images.v1.list({ per_page: 9 }).then((x) => x),
    pointer: '/query/per_page',
    raw: { method: 'GET', path: '/images/v1?per_page=9' },
    status: 422,
  },
  {
    kind: 'range (integer type)',
    call: (c) => c.images.v1.list({ page: 0 }).then((x) => x),
    pointer: '/query/page',
    raw: { method: 'GET', path: '/images/v1?page=0' },
    status: 422,
  },
  {
    kind: 'length',
    call: (c) => c.images.v1.get('a'.repeat(ID_TOO_LONG)),
    pointer: '/path/image_id',
    raw: { method: 'GET', path: `/images/v1/${'a'.repeat(ID_TOO_LONG)}` },
    status: 422,
  },
  {
    kind: 'pattern',
    call: (c) => c.images.v1.variants.get('my-hero'),
    pointer: '/path/variant_id',
    raw: { method: 'GET', path: '/images/v1/variants/my-hero' },
    status: 422,
  },
  {
    kind: 'enum',
    call: (c) => c.images.v2.list({ sort_order: 'up' as 'asc' }).then((x) => x),
    pointer: '/query/sort_order',
    raw: { method: 'GET', path: '/images/v2?sort_order=up' },
    status: 422,
  },
  {
    kind: 'required',
    call: (c) => c.images.v1.variants.create({ id: 'hero' } as never),
    pointer: '/body/options',
    raw: { method: 'POST', path: '/images/v1/variants', headers: { 'content-type': 'application/json' }, body: '{"id":"hero"}' },
    status: 422,
  },
  {
    kind: 'multipart field type',
    call: (c) => c.images.v1.create({ url: 'https://example.com/a.png', requireSignedURLs: 'maybe' as never }),
    pointer: '/body/requireSignedURLs',
    raw: { method: 'POST', path: '/images/v1', body: form({ url: 'https://example.com/a.png', requireSignedURLs: 'maybe' }) },
    status: 422,
  },
];

describe('negative cases: the client refuses before sending, and Prism refuses the same request', () => {
  it.each(NEGATIVE)('$kind', async ({ call, pointer, raw, status }) => {
    let sent = 0;
    const client = createImagesClient({
      accountId: ACCOUNT,
      apiToken: 'contract-token',
      baseUrl: prismUrl(),
      env: {},
      fetch: (async () => {
        sent++;
        return new Response('{}');
      }) as typeof fetch,
    });
    const error: any = await call(client).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe(pointer);
    expect(sent).toBe(0);

    const response = await send({ ...raw, headers: { authorization: 'Bearer contract-token', ...raw.headers } });
    expect(response.status).toBe(status);
  });

  it('wrong content type: the client always sends the documented one; Prism answers 415 to another', async () => {
    const response = await send({
      method: 'POST',
      path: '/images/v1/variants',
      headers: { authorization: 'Bearer t', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(response.status).toBe(415);
  });

  it('missing and partial credentials: the client will not be built; Prism answers 401', async () => {
    expect(() => createImagesClient({ accountId: ACCOUNT, env: {} })).toThrow(ImagesConfigError);
    expect(() => createImagesClient({ accountId: ACCOUNT, apiEmail: 'a@example.com', env: {} })).toThrow(ImagesConfigError);
    expect((await send({ method: 'GET', path: '/images/v1/stats' })).status).toBe(401);
    expect((await send({ method: 'GET', path: '/images/v1/stats', headers: { 'x-auth-email': 'a@example.com' } })).status).toBe(401);
  });
});
