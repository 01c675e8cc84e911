import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { ImagesApiError } from '../../src/index.js';
import { createImagesClient, ImagesValidationError, type ImagesClient } from '../../src/index.js';
import { operations } from '../../generated/operations.js';
import type { Case } from '../../src/contract/model/case.js';
import { fuzzCase } from '../../src/contract/generate/index.js';
import { isAtOrUnder } from '../../src/contract/generate/oracle.js';
import { context } from '../contract-generate/fixtures.js';
import { ACCOUNT, BASE, ok, recordingFetch } from '../helpers/fake-fetch.js';

// A fixed seed in CI (override with FC_SEED); fast-check prints the seed and the shrunk input on failure.
const seed = Number(process.env.FC_SEED ?? 20261122);
const RUNS = 250;

type Input = { path: Record<string, any>; query: Record<string, any>; body?: any };
/** How each operation is called through the client, from spec-shaped parameters. */
const invoke: Record<string, (c: ImagesClient, i: Input) => Promise<unknown>> = {
  listImages: (c, i) => c.images.v1.list(i.query).then((x) => x),
  getImage: (c, i) => c.images.v1.get(i.path.image_id),
  updateImage: (c, i) => c.images.v1.edit(i.path.image_id, i.body),
  deleteImage: (c, i) => c.images.v1.delete(i.path.image_id),
  getImageBlob: (c, i) => c.images.v1.blobs.get(i.path.image_id),
  listSigningKeys: (c) => c.images.v1.keys.list(),
  createSigningKey: (c, i) => c.images.v1.keys.update(i.path.signing_key_name),
  deleteSigningKey: (c, i) => c.images.v1.keys.delete(i.path.signing_key_name),
  getImageStats: (c) => c.images.v1.stats.get(),
  listVariants: (c) => c.images.v1.variants.list(),
  getVariant: (c, i) => c.images.v1.variants.get(i.path.variant_id),
  createVariant: (c, i) => c.images.v1.variants.create(i.body),
  updateVariant: (c, i) => c.images.v1.variants.edit(i.path.variant_id, i.body),
  deleteVariant: (c, i) => c.images.v1.variants.delete(i.path.variant_id),
  listImagesV2: (c, i) => c.images.v2.list(i.query).then((x) => x),
};

/** Families of operations, each driven by ≥ 1000 generated inputs in total. */
const families: Record<string, string[]> = {
  images: ['listImages', 'getImage', 'updateImage', 'deleteImage', 'getImageBlob'],
  keys: ['listSigningKeys', 'createSigningKey', 'deleteSigningKey'],
  variants: ['listVariants', 'getVariant', 'createVariant', 'updateVariant', 'deleteVariant'],
  'v2 list': ['listImagesV2'],
};

// The contract run's generator (src/contract/generate): cases of the fuzz phase, called through the
// client. The client takes metadata filters in its own form (`filters`), so raw `meta` keys stay out;
// its account comes from its options.
const ctx = context();
const inputOf = (c: Case): Input => {
  const { meta: _, ...query } = c.query ?? {};
  return { path: c.path ?? {}, query, body: c.body?.kind === 'json' ? c.body.value : undefined };
};
/** What a call of the client can express: typed parameters and a JSON body, not raw bytes or a missing body. */
const expressible = (c: Case) =>
  !c.pointer?.startsWith('/path/account_id') &&
  !c.pointer?.startsWith('/query/meta') &&
  (c.body === undefined ? c.pointer !== '/body' : c.body.kind === 'json');

const validInput = (operationId: string) => fuzzCase(operationId as Case['operationId'], ctx, 'positive').map(inputOf);
/** A valid input with exactly one parameter or body field broken, and the pointer of what it breaks. */
const invalidInput = (operationId: string) =>
  fuzzCase(operationId as Case['operationId'], ctx, 'negative')
    .filter(expressible)
    .map((c) => ({ input: inputOf(c), pointer: c.pointer! }));
/** Operations with something a caller can break: a parameter besides the account, or a body. */
const breakable = (operationId: string) =>
  operations[operationId as Case['operationId']].parameters.length > 1 || operations[operationId as Case['operationId']].requestBody !== null;

function client() {
  const recorder = recordingFetch(() => ok({ images: [], keys: [{ name: 'default', value: 'v' }], variants: {} }));
  return { client: createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: BASE, fetch: recorder.fetch, env: {}, maxRetries: 0 }), ...recorder };
}

describe.each(Object.entries(families))('generated inputs: %s', (_family, operationIds) => {
  const runs = Math.ceil((2 * 1000) / operationIds.length / 2);

  it.each(operationIds)('%s: valid inputs are sent', async (operationId) => {
    await fc.assert(
      fc.asyncProperty(validInput(operationId), async (input) => {
        const { client: c, requests } = client();
        await invoke[operationId](c, input).catch((e) => {
          if (e instanceof ImagesValidationError) throw e;
        });
        expect(requests).toHaveLength(1);
      }),
      { seed, numRuns: Math.max(runs, RUNS / operationIds.length) },
    );
  });

  it.each(operationIds.filter(breakable))('%s: invalid inputs are refused, naming the field, with nothing sent', async (operationId) => {
    await fc.assert(
      fc.asyncProperty(invalidInput(operationId), async ({ input, pointer }) => {
        const { client: c, requests } = client();
        const error = await invoke[operationId](c, input).then(
          () => undefined,
          (e) => e,
        );
        expect(error).toBeInstanceOf(ImagesValidationError);
        expect(
          (error as ImagesValidationError).issues.some((i) => isAtOrUnder(i.pointer, pointer)),
          `${pointer}: ${(error as ImagesValidationError).message}`,
        ).toBe(true);
        expect(requests).toHaveLength(0);
      }),
      { seed, numRuns: runs },
    );
  });
});

/** Valid generated inputs must also be accepted by the servers, not only by the client's validators. */
describe('valid generated inputs are accepted by the local server and by Prism', () => {
  const ACCEPT_RUNS = 20;
  let server: ImagesServer;
  beforeAll(async () => {
    server = await startImagesServer({ port: 0, apiToken: 'property-token' });
  });
  afterAll(() => server.close());

  const targets = () => [
    {
      name: 'local server',
      client: createImagesClient({ accountId: server.accountId, apiToken: 'property-token', baseUrl: server.baseUrl, env: {}, maxRetries: 0 }),
    },
    { name: 'Prism', client: createImagesClient({ accountId: ACCOUNT, apiToken: 'property-token', baseUrl: inject('prismUrl'), env: {}, maxRetries: 0 }) },
  ];

  it.each(Object.values(families).flat())('%s', async (operationId) => {
    await fc.assert(
      fc.asyncProperty(validInput(operationId), async (input) => {
        for (const target of targets()) {
          const outcome = await invoke[operationId](target.client, input).then(
            () => 200,
            (e) => e,
          );
          // 404 (no such image/variant/key) and 409-style duplicates are about state, not about the input.
          const accepted = outcome === 200 || (outcome instanceof ImagesApiError && (outcome.status === 404 || outcome.codes.includes(5409)));
          expect(accepted, `${target.name}: ${outcome instanceof Error ? outcome.message : outcome}`).toBe(true);
        }
      }),
      { seed, numRuns: ACCEPT_RUNS },
    );
  });
});
