import { describe, expect, it } from 'vitest';
import specJson from '../../generated/openapi.json' with { type: 'json' };
import { expectFailure, startTestServer } from './helpers.js';

const OPTIONS = { fit: 'cover', metadata: 'none', width: 640, height: 360 } as const;

describe('signing keys', () => {
  it('starts with a random 32-character default key', async () => {
    const { call } = await startTestServer();
    const { keys } = (await call('listSigningKeys', 'v1/keys')).json.result;
    expect(keys).toHaveLength(1);
    expect(keys[0].name).toBe('default');
    expect(keys[0].value).toMatch(/^[A-Za-z0-9]{32}$/);
    const other = await startTestServer();
    expect((await other.call('listSigningKeys', 'v1/keys')).json.result.keys[0].value).not.toBe(keys[0].value);
  });

  it('adds keys, returns all keys, deletes and returns the rest', async () => {
    const { call } = await startTestServer();
    const added = (await call('createSigningKey', 'v1/keys/someKey')).json.result.keys;
    expect(added.map((k: any) => k.name)).toEqual(['default', 'someKey']);
    expect((await call('listSigningKeys', 'v1/keys')).json.result.keys).toEqual(added);
    const rotated = (await call('createSigningKey', 'v1/keys/someKey')).json.result.keys;
    expect(rotated).toHaveLength(2);
    expect(rotated[1].value).not.toBe(added[1].value);
    const rest = (await call('deleteSigningKey', 'v1/keys/default')).json.result.keys;
    expect(rest).toEqual([rotated[1]]);
  });

  it('makes a new default key when the last one is deleted', async () => {
    const { call } = await startTestServer();
    const [before] = (await call('listSigningKeys', 'v1/keys')).json.result.keys;
    const after = (await call('deleteSigningKey', 'v1/keys/default')).json.result.keys;
    expect(after).toHaveLength(1);
    expect(after[0].name).toBe('default');
    expect(after[0].value).not.toBe(before.value);
  });

  it('answers 404 for an unknown key and 400 for a bad name', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('deleteSigningKey', 'v1/keys/nope'), 404, 5404, /nope/);
    expectFailure(await call('createSigningKey', 'v1/keys/bad-name'), 400, 5400, /signing_key_name/);
    expectFailure(await call('createSigningKey', `v1/keys/${'k'.repeat(21)}`), 400, 5400, /signing_key_name/);
  });
});

describe('stats', () => {
  it('counts non-draft images against the allowance', async () => {
    const { call, upload } = await startTestServer({ allowedImages: 1234 });
    expect((await call('getImageStats', 'v1/stats')).json.result).toEqual({ count: { allowed: 1234, current: 0 } });
    const { id } = (await upload()).json.result;
    await upload();
    const form = new FormData();
    form.append('creator', 'x');
    await call('createDirectUpload', 'v2/direct_upload', { body: form });
    expect((await call('getImageStats', 'v1/stats')).json.result.count).toEqual({ allowed: 1234, current: 2 });
    await call('deleteImage', `v1/${id}`);
    expect((await call('getImageStats', 'v1/stats')).json.result.count.current).toBe(1);
  });

  it('defaults the allowance to 100000', async () => {
    const { call } = await startTestServer();
    expect((await call('getImageStats', 'v1/stats')).json.result.count.allowed).toBe(100000);
  });
});

describe('variants', () => {
  it('has the public variant by default', async () => {
    const { call } = await startTestServer();
    expect((await call('listVariants', 'v1/variants')).json.result).toEqual({
      variants: { public: { id: 'public', options: { fit: 'scale-down', metadata: 'none', width: 1366, height: 768 }, neverRequireSignedURLs: false } },
    });
  });

  it('creates, gets, updates and deletes a variant; images list their delivery URLs', async () => {
    const { call, upload, server } = await startTestServer();
    const created = await call('createVariant', 'v1/variants', { body: { id: 'hero', options: OPTIONS, neverRequireSignedURLs: true } });
    expect(created.json.result).toEqual({ variant: { id: 'hero', options: OPTIONS, neverRequireSignedURLs: true } });
    expect((await call('getVariant', 'v1/variants/hero')).json.result).toEqual(created.json.result);
    expect(Object.keys((await call('listVariants', 'v1/variants')).json.result.variants)).toEqual(['public', 'hero']);

    const { id, variants } = (await upload()).json.result;
    expect(variants).toEqual([`${server.url}/${server.accountHash}/${id}/public`, `${server.url}/${server.accountHash}/${id}/hero`]);

    const options = { fit: 'pad', metadata: 'keep', width: 10, height: 20 };
    const updated = await call('updateVariant', 'v1/variants/hero', { body: { options } });
    expect(updated.json.result.variant).toEqual({ id: 'hero', options, neverRequireSignedURLs: true });
    const updated2 = await call('updateVariant', 'v1/variants/hero', { body: { options, neverRequireSignedURLs: false } });
    expect(updated2.json.result.variant.neverRequireSignedURLs).toBe(false);

    expect((await call('deleteVariant', 'v1/variants/hero')).json.result).toEqual({});
    expectFailure(await call('getVariant', 'v1/variants/hero'), 404, 5404);
    expectFailure(await call('deleteVariant', 'v1/variants/hero'), 404, 5404);
    expectFailure(await call('updateVariant', 'v1/variants/hero', { body: { options } }), 404, 5404);
    expect((await call('getImage', `v1/${id}`)).json.result.variants).toEqual([`${server.url}/${server.accountHash}/${id}/public`]);
  });

  it('rejects duplicates, invalid names and options, and an update without options', async () => {
    const { call } = await startTestServer();
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'public', options: OPTIONS } }), 400, 5409, /already exists/);
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'v'.repeat(100), options: OPTIONS } }), 400, 5400, /body\.id/);
    expectFailure(await call('createVariant', 'v1/variants', { body: { id: 'w', options: { ...OPTIONS, width: 0 } } }), 400, 5400, /body\.options\.width/);
    expectFailure(await call('updateVariant', 'v1/variants/public', { body: { neverRequireSignedURLs: true } }), 400, 5400, /body\.options: is required/);
    expectFailure(await call('getVariant', 'v1/variants/not-valid'), 400, 5400, /variant_id/);
  });

  it("allows at most the spec's VariantMap.variants.maxProperties variants", async () => {
    const max: number = (specJson as any).components.schemas.VariantMap.properties.variants.maxProperties;
    const { call } = await startTestServer();
    const existing = Object.keys((await call('listVariants', 'v1/variants')).json.result.variants).length;
    await Promise.all(
      Array.from({ length: max - existing }, (_, i) =>
        call('createVariant', 'v1/variants', { body: { id: `v${i}`, options: OPTIONS } }).then((r) => expect(r.status).toBe(200)),
      ),
    );
    expect(Object.keys((await call('listVariants', 'v1/variants')).json.result.variants)).toHaveLength(max);
    expectFailure(
      await call('createVariant', 'v1/variants', { body: { id: 'oneTooMany', options: OPTIONS } }),
      400,
      5400,
      `Too many variants: an account can have at most ${max}`,
    );
    await call('deleteVariant', 'v1/variants/v0');
    expect((await call('createVariant', 'v1/variants', { body: { id: 'oneTooMany', options: OPTIONS } })).status).toBe(200);
  });
});
