import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { runContract } from '../../src/contract/runner/index.js';
import { ImagesConfigError } from '../../src/index.js';
import { toJson, toJUnit } from '../../src/contract/runner/report.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'contract-SECRET-token-42';
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(() => server.close());

const target = () => ({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN });
const WRITES = ['uploadImage', 'updateImage', 'deleteImage', 'createSigningKey', 'deleteSigningKey', 'createVariant', 'updateVariant', 'deleteVariant', 'createDirectUpload'];

describe('runContract against the local server', () => {
  it('read-only by default: passes and calls no write operation', async () => {
    const report = await runContract(target());
    expect(report.passed).toBe(true);
    expect(report.allowWrites).toBe(false);
    const called = report.operations.map((o) => o.operationId);
    expect(called.filter((id) => WRITES.includes(id))).toEqual([]);
    expect(called).toEqual(expect.arrayContaining(['listImages', 'listImagesV2', 'getImageStats', 'listSigningKeys', 'listVariants', 'getVariant', 'getImage']));
    expect(report.steps.every((s) => s.passed)).toBe(true);
  });

  it('with writes: every flow passes, all 17 operations are exercised, and nothing is left behind', async () => {
    const before = { keys: JSON.stringify(await keysOf()), variants: Object.keys(await variantsOf()).sort() };
    const progress: string[] = [];
    const report = await runContract(target(), { allowWrites: true, onProgress: (e) => progress.push(`${e.done}/${e.total}`) });
    const failures = report.steps.filter((s) => !s.passed).map((s) => `${s.flow} › ${s.step}: ${s.error ?? JSON.stringify(s.exchanges.flatMap((x) => x.violations))}`);
    expect(failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.operations.map((o) => o.operationId).sort()).toEqual(Object.keys(operations).sort());
    expect(new Set(report.steps.map((s) => s.flow))).toEqual(new Set(['read-only', 'image lifecycle', 'signed delivery', 'variant lifecycle', 'signing key lifecycle', 'direct upload']));
    expect(report.violations).toEqual([]);
    expect(progress.at(-1)).toMatch(/^(\d+)\/\1$/);
    expect(server.state.images.size).toBe(0);
    expect(Object.keys(await variantsOf()).sort()).toEqual(before.variants);
    expect(JSON.stringify(await keysOf())).toBe(before.keys);
  });

  it('reports a response that breaks the spec, naming the operation, check and pointer', async () => {
    const corrupting: typeof fetch = async (input, init) => {
      const request = input instanceof Request ? input.clone() : new Request(input, init);
      const response = await fetch(input, init);
      if (request.method !== 'GET' || !/\/images\/v1\/stats$/.test(new URL(request.url).pathname)) return response;
      const body = await response.json();
      body.result.count.current = 'many';
      return Response.json(body, { status: response.status, headers: response.headers });
    };
    const report = await runContract(target(), { fetch: corrupting });
    expect(report.passed).toBe(false);
    expect(report.violations).toContainEqual(
      expect.objectContaining({ operationId: 'getImageStats', check: 'response_schema_conformance', pointer: '/result/count/current', value: 'many' }),
    );
    expect(report.steps.find((s) => s.step === 'stats')?.passed).toBe(false);
  });

  it('cleans up when a step fails', async () => {
    const failingEdit: typeof fetch = async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'PATCH' && new URL(request.url).pathname.includes('/images/v1/contract-check')) {
        return Response.json({ success: false, errors: [{ code: 10001, message: 'injected' }], messages: [], result: null }, { status: 500 });
      }
      return fetch(input, init);
    };
    const report = await runContract(target(), { allowWrites: true, flows: ['image lifecycle'], fetch: failingEdit });
    expect(report.passed).toBe(false);
    const edit = report.steps.find((s) => s.step === 'edit')!;
    expect(edit.error).toMatch(/HTTP 500: 10001 injected/);
    expect(report.steps.filter((s) => s.error?.startsWith('skipped')).map((s) => s.step)).toEqual(['blob is byte-exact', 'delivery URL serves the image', 'delete', 'deleted image is 404']);
    expect(server.state.images.size).toBe(0);
  });

  it('never puts a secret in its reports', async () => {
    const report = await runContract(target(), { allowWrites: true });
    const keys = (await keysOf()).map((k) => k.value);
    expect(keys.length).toBeGreaterThan(0);
    for (const text of [toJson(report), toJUnit(report)]) {
      expect(text).not.toContain(TOKEN);
      for (const key of keys) expect(text).not.toContain(key);
    }
  });

  it('refuses a base URL with credentials in it, without repeating them', async () => {
    const error = await runContract({ ...target(), baseUrl: server.baseUrl.replace('http://', `http://user:${TOKEN}@`) }).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesConfigError);
    expect(String(error)).not.toContain(TOKEN);
  });
});

async function api(path: string) {
  const response = await fetch(`${server.baseUrl}/accounts/${server.accountId}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return (await response.json()).result;
}
const keysOf = async (): Promise<{ name: string; value: string }[]> => (await api('/images/v1/keys')).keys;
const variantsOf = async (): Promise<Record<string, unknown>> => (await api('/images/v1/variants')).variants;
