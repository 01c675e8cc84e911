// The server takes its defaults, limits and patterns from the spec: each test derives what to expect from
// generated/openapi.json or generated/operations.ts, never from a number or pattern written here.
import { describe, expect, it } from 'vitest';
import specJson from '../../generated/openapi.json' with { type: 'json' };
import { facts, operations, type OperationId } from '../../generated/operations.js';
import { validators } from '../../generated/validators.js';
import { startImagesServer } from '../../src/server/index.js';
import { expectFailure, png, startTestServer, type TestServer } from './helpers.js';

const schemas = (specJson as any).components.schemas;

function specDefault(operationId: OperationId, name: string): unknown {
  const value = (operations[operationId].parameters as readonly { name: string; default?: unknown }[]).find((p) => p.name === name)?.default;
  expect(value, `${operationId}.${name} has a default in the spec`).toBeDefined();
  return value;
}

/** Adds `count` complete images straight to the state (faster than `count` uploads), one second apart. */
async function seedImages(t: TestServer, count: number): Promise<string[]> {
  const bytes = png(1, 1);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `seed-${String(i).padStart(5, '0')}`;
    const uploaded = new Date(t.clock.now + i * 1000).toISOString();
    await t.server.state.addImage(
      { id, creator: null, requireSignedURLs: false, uploaded, customId: true, contentType: 'image/png', size: bytes.byteLength },
      bytes,
    );
    ids.push(id);
  }
  return ids; // oldest first
}

describe('list defaults come from the spec', () => {
  it('v1: page and per_page', async () => {
    const page = specDefault('listImages', 'page') as number;
    const perPage = specDefault('listImages', 'per_page') as number;
    const t = await startTestServer();
    const newestFirst = (await seedImages(t, perPage + 1)).reverse();
    const ids = async (query: Record<string, number> = {}) => (await t.call('listImages', 'v1', { query })).json.result.images.map((i: any) => i.id);
    const first = await ids();
    expect(first).toHaveLength(perPage);
    expect(first).toEqual(await ids({ page, per_page: perPage }));
    expect(await ids({ page: page + 1 })).toEqual(newestFirst.slice(perPage));
  });

  it('v2: per_page and sort_order', async () => {
    const perPage = specDefault('listImagesV2', 'per_page') as number;
    const order = specDefault('listImagesV2', 'sort_order') as 'asc' | 'desc';
    const t = await startTestServer();
    const oldestFirst = await seedImages(t, perPage + 1);
    const expected = (order === 'asc' ? oldestFirst : [...oldestFirst].reverse()).slice(0, perPage);
    const { images, continuation_token } = (await t.call('listImagesV2', 'v2')).json.result;
    expect(images.map((i: any) => i.id)).toEqual(expected);
    expect(continuation_token).toEqual(expect.any(String));
    const next = (await t.call('listImagesV2', 'v2', { query: { continuation_token, sort_order: order } })).json.result;
    expect(next.images).toHaveLength(1);
  });
});

describe('limits come from the spec', () => {
  it('cuts filenames to Image.filename.maxLength, counted in code points like JSON Schema does', async () => {
    const max: number = schemas.Image.properties.filename.maxLength;
    const { upload } = await startTestServer();
    const long = (await upload({}, png(1, 1), `${'a'.repeat(max + 20)}.png`)).json.result;
    expect(long.filename).toBe('a'.repeat(max));
    const astral = (await upload({}, png(1, 1), '🖼'.repeat(max + 1))).json.result; // checked against the spec by the helper
    expect(Array.from(astral.filename)).toHaveLength(max);
    expect(astral.filename).toBe('🖼'.repeat(max));
  });

  it('takes the account id rule from the AccountId schema', async () => {
    const validate = validators['schema.AccountId'];
    for (const accountId of ['0123456789abcdef0123456789abcdef', '0123456789ABCDEF0123456789ABCDEF', 'f'.repeat(31), 'f'.repeat(33), 'g'.repeat(32)]) {
      const started = startImagesServer({ port: 0, accountId, selfCheck: true });
      if (validate(accountId)) await (await started).close();
      else await expect(started).rejects.toThrow(`pattern ${schemas.AccountId.pattern}`);
    }
  });
});

describe('metadata filter grammar comes from the MetadataFilters schema', () => {
  const keyGrammar = new RegExp(schemas.MetadataFilters.propertyNames.pattern, 'u');
  const numberRule = Object.entries<any>(schemas.MetadataFilters.patternProperties).find(([key]) => new RegExp(key, 'u').test('meta.n[gt]'))![1];
  const isNumber = (value: string) => new RegExp(numberRule.pattern, 'u').test(value);

  it('accepts exactly the keys the spec pattern accepts', async () => {
    const t = await startTestServer();
    const keys = [
      'meta.a-b_C9[eq]',
      'meta.a b[eq]',
      'meta.ä[eq]',
      'meta.a..b[eq]',
      'meta.[eq]',
      'meta.a.b.c.d.e[in]',
      'meta.a.b.c.d.e.f[in]',
      'meta.a[EQ]',
      'meta.a:b[eq]',
      'meta.a[b][eq]',
    ];
    for (const key of keys) {
      const reply = await t.call('listImagesV2', 'v2', { query: [[key, 'x']] });
      expect(reply.status, `${key}: ${JSON.stringify(reply.json.errors)}`).toBe(keyGrammar.test(key) ? 200 : 400);
    }
  });

  it('takes numbers as the spec writes them', async () => {
    const t = await startTestServer();
    for (const value of ['1', '-1.5', '0.25', '1e3', '+1', '1.', '.5', ' 1', '0x1', 'NaN']) {
      const reply = await t.call('listImagesV2', 'v2', { query: [['meta.n[gt]', value]] });
      if (isNumber(value)) expect(reply.status, value).toBe(200);
      else expectFailure(reply, 400, 5400, `Invalid metadata filter value: '${value}' for 'meta.n[gt]' is not a number`);
    }
  });

  it('keeps the documented limits of the facts', async () => {
    const t = await startTestServer();
    const tooMany = Array.from({ length: facts.metadataFilters.maxFilters + 1 }, (_, i) => [`meta.f${i}[eq]`, 'x'] as [string, string]);
    expectFailure(await t.call('listImagesV2', 'v2', { query: tooMany }), 400, 5400, /^Too many metadata filters/);
  });
});

describe('routing of image ids with unencoded slashes', () => {
  it('prefers a literal segment at the first position where routes differ', async () => {
    const t = await startTestServer();
    await t.upload({ id: 'variants' });
    await t.upload({ id: 'variants/x' });
    // getVariant of `blob`, not the blob of image `variants`
    expectFailure(await t.call('getVariant', 'v1/variants/blob'), 404, 5404, "Variant 'blob' not found");
    // with no literal route left, the id spans segments: the blob of image `variants/x`
    expect((await t.call('getImageBlob', 'v1/variants/x/blob')).status).toBe(200);
    expect((await t.call('getImage', 'v1/variants%2Fx')).json.result.id).toBe('variants/x');
  });
});
