import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { ImagesApiError } from '../../src/index.js';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { createImagesClient, ImagesValidationError, type ImagesClient } from '../../src/index.js';
import { listOperations } from '../../scripts/lib/spec.js';
import { invalid, schemaOf, valid } from '../helpers/arbitraries.js';
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

const operations = Object.fromEntries(listOperations(spec).map((op) => [op.operationId, op]));
const fields = (operationId: string) =>
  operations[operationId].parameters
    .filter((p) => p.name !== 'account_id' && p.name !== 'meta' && p.name !== 'continuation_token')
    .map((p) => ({ where: p.in as 'path' | 'query', name: p.name as string, schema: p.schema, required: Boolean(p.required) }));
const jsonBody = (operationId: string) => operations[operationId].operation.requestBody?.content['application/json']?.schema;

function validInput(operationId: string): fc.Arbitrary<Input> {
  const params = fields(operationId);
  const pick = (where: 'path' | 'query') =>
    fc.record(Object.fromEntries(params.filter((p) => p.where === where).map((p) => [p.name, valid(p.schema)])), {
      requiredKeys: params.filter((p) => p.where === where && p.required).map((p) => p.name),
    });
  const body = jsonBody(operationId);
  return fc.record({ path: pick('path'), query: pick('query'), body: body ? (valid(body) as fc.Arbitrary<any>) : fc.constant(undefined) });
}

/** A valid input with exactly one parameter or body field broken; returns the pointer that must be named. */
function invalidInput(operationId: string): fc.Arbitrary<{ input: Input; pointer: string }> | undefined {
  const params = fields(operationId);
  const bodySchema = jsonBody(operationId) ? schemaOf(jsonBody(operationId)) : undefined;
  const bodyLeaves = bodySchema
    ? Object.entries<any>(bodySchema.properties).flatMap(([k, s]) => {
        const resolved = schemaOf(s);
        if (resolved.type === 'object' && resolved.properties) return Object.entries<any>(resolved.properties).map(([k2, s2]) => ({ path: [k, k2], schema: s2 }));
        return resolved.type === 'object' ? [] : [{ path: [k], schema: s }];
      })
    : [];
  const targets = [...params.map((p) => ({ kind: p.where, path: [p.name], schema: p.schema })), ...bodyLeaves.map((l) => ({ kind: 'body' as const, ...l }))];
  if (!targets.length) return undefined;
  return fc.tuple(validInput(operationId), fc.constantFrom(...targets)).chain(([input, target]) =>
    invalid(target.schema).map((bad) => {
      const copy: Input = structuredClone(input);
      if (target.kind === 'body') {
        copy.body ??= {};
        let node = copy.body;
        for (const key of target.path.slice(0, -1)) node = node[key] ??= structuredClone(fc.sample(valid(bodySchema!.properties[key]), { numRuns: 1, seed })[0]);
        node[target.path.at(-1)!] = bad;
      } else {
        copy[target.kind][target.path[0]] = bad;
      }
      return { input: copy, pointer: `/${target.kind}/${target.path.join('/')}` };
    }),
  );
}

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

  it.each(operationIds.filter((id) => invalidInput(id)))('%s: invalid inputs are refused, naming the field, with nothing sent', async (operationId) => {
    await fc.assert(
      fc.asyncProperty(invalidInput(operationId)!, async ({ input, pointer }) => {
        const { client: c, requests } = client();
        const error = await invoke[operationId](c, input).then(
          () => undefined,
          (e) => e,
        );
        expect(error).toBeInstanceOf(ImagesValidationError);
        expect((error as ImagesValidationError).issues.map((i) => i.pointer)).toContain(pointer);
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
    { name: 'local server', client: createImagesClient({ accountId: server.accountId, apiToken: 'property-token', baseUrl: server.baseUrl, env: {}, maxRetries: 0 }) },
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
