import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { runContract, type ContractReport } from '../../src/contract/runner/index.js';
import { REDACTED } from '../../src/contract/index.js';
import { PIXEL_PNG } from '../../src/contract/runner/flows.js';
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
const requestOf = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => (input instanceof Request ? input.clone() : new Request(input, init));
const summary = (report: ContractReport) => report.steps.map((s) => `${s.flow} › ${s.step}: ${s.skipped ? `skipped (${s.reason})` : s.passed ? 'passed' : `failed (${s.error ?? 'violations'})`}`);
const WRITES = ['uploadImage', 'updateImage', 'deleteImage', 'createSigningKey', 'deleteSigningKey', 'createVariant', 'updateVariant', 'deleteVariant', 'createDirectUpload'];

describe('runContract against the local server', () => {
  it('read-only by default: passes and calls no write operation; with no images, the first-image steps are skipped, not passed', async () => {
    expect(server.state.images.size).toBe(0);
    const report = await runContract(target());
    expect(report.passed).toBe(true);
    expect(report.allowWrites).toBe(false);
    const called = report.operations.map((o) => o.operationId);
    expect(called.filter((id) => WRITES.includes(id))).toEqual([]);
    expect(called).toEqual(expect.arrayContaining(['listImages', 'listImagesV2', 'getImageStats', 'listSigningKeys', 'listVariants', 'getVariant', 'getImage']));
    const skipped = report.steps.filter((s) => s.skipped);
    expect(skipped.map((s) => [s.step, s.reason, s.passed])).toEqual([
      ['details of the first image', 'the account has no images', false],
      ['blob of the first image', 'the account has no images', false],
    ]);
    expect(report.steps.filter((s) => !s.skipped).every((s) => s.passed)).toBe(true);
    const junit = toJUnit(report);
    expect(junit).toMatch(/<testsuites [^>]* failures="0" skipped="2"/);
    expect(junit).toMatch(/<testcase classname="read-only" name="details of the first image" time="[\d.]+">\s*<skipped message="the account has no images"\/>/);
  });

  it('read-only with an image: the first-image steps check it', async () => {
    const form = new FormData();
    form.append('file', new Blob([PIXEL_PNG], { type: 'image/png' }), 'p.png');
    const uploaded = await api('/images/v1', { method: 'POST', body: form });
    try {
      const report = await runContract(target());
      expect(summary(report).filter((s) => !s.endsWith(': passed'))).toEqual([]);
      expect(report.operations.find((o) => o.operationId === 'getImageBlob')?.calls).toBe(1);
    } finally {
      await api(`/images/v1/${uploaded.id}`, { method: 'DELETE' });
    }
  });

  it('an account with no variants: the variant details step is skipped', async () => {
    const noVariants: typeof fetch = async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(input, init);
      if (request.method !== 'GET' || !/\/images\/v1\/variants$/.test(new URL(request.url).pathname)) return response;
      const body = await response.json();
      body.result.variants = {};
      return Response.json(body, { status: response.status, headers: response.headers });
    };
    const report = await runContract(target(), { fetch: noVariants });
    expect(report.passed).toBe(true);
    expect(report.steps.find((s) => s.step === 'details of the first variant')).toMatchObject({ passed: false, skipped: true, reason: 'the account has no variants' });
  });

  it('an image the server just created without delivery URLs fails the delivery steps (never passes them vacuously)', async () => {
    const noDeliveryUrls: typeof fetch = async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(input, init);
      if (request.method !== 'GET' || !/\/images\/v1\/[^/]+$/.test(new URL(request.url).pathname) || !response.ok) return response;
      const body = await response.json();
      if (body.result?.variants) body.result.variants = [];
      return Response.json(body, { status: response.status, headers: response.headers });
    };
    const report = await runContract(target(), { allowWrites: true, flows: ['image lifecycle', 'signed delivery'], fetch: noDeliveryUrls });
    expect(report.passed).toBe(false);
    for (const step of ['delivery URL serves the image', 'unsigned URL is refused, signed URL is served']) {
      expect(report.steps.find((s) => s.step === step)).toMatchObject({ passed: false, error: 'CheckFailure: the uploaded image has no delivery URL (variants is empty)' });
    }
    expect(report.steps.filter((s) => s.step === 'cleanup').map((s) => s.passed)).toEqual([true, true]);
    expect(server.state.images.size).toBe(0);
  });

  it('with writes: every flow passes, all 17 operations are exercised, and nothing is left behind', async () => {
    const before = { keys: JSON.stringify(await keysOf()), variants: Object.keys(await variantsOf()).sort() };
    const progress: string[] = [];
    const report = await runContract(target(), { allowWrites: true, onProgress: (e) => progress.push(`${e.done}/${e.total}`) });
    const failures = report.steps.filter((s) => !s.passed && !s.skipped).map((s) => `${s.flow} › ${s.step}: ${s.error ?? JSON.stringify(s.exchanges.flatMap((x) => x.violations))}`);
    expect(failures).toEqual([]);
    // only the read-only flow's first-image steps (it runs first, on an empty server) are skipped
    expect(report.steps.filter((s) => s.skipped).map((s) => s.step)).toEqual(['details of the first image', 'blob of the first image']);
    // every write flow reports its cleanup; the signed delivery flow's image is deleted there
    expect(report.steps.filter((s) => s.step === 'cleanup').map((s) => [s.flow, s.passed])).toEqual(
      ['image lifecycle', 'signed delivery', 'variant lifecycle', 'signing key lifecycle', 'direct upload'].map((flow) => [flow, true]),
    );
    expect(report.steps.find((s) => s.flow === 'signed delivery' && s.step === 'cleanup')?.exchanges.map((x) => [x.operationId, x.status])).toEqual([['deleteImage', 200]]);
    // per operation: exchanges, not checks
    for (const op of report.operations) expect(op.exchangesPassed + op.exchangesFailed).toBe(op.calls);
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
      const request = requestOf(input, init);
      if (request.method === 'PATCH' && new URL(request.url).pathname.includes('/images/v1/contract-check')) {
        return Response.json({ success: false, errors: [{ code: 10001, message: 'injected' }], messages: [], result: null }, { status: 500 });
      }
      return fetch(input, init);
    };
    const report = await runContract(target(), { allowWrites: true, flows: ['image lifecycle'], fetch: failingEdit });
    expect(report.passed).toBe(false);
    const edit = report.steps.find((s) => s.step === 'edit')!;
    expect(edit.error).toMatch(/HTTP 500: 10001 injected/);
    const skipped = report.steps.filter((s) => s.skipped);
    expect(skipped.map((s) => [s.step, s.reason])).toEqual(
      ['blob is byte-exact', 'delivery URL serves the image', 'delete', 'deleted image is 404'].map((step) => [step, 'an earlier step of this flow failed']),
    );
    expect(skipped.every((s) => !s.passed && s.exchanges.length === 0)).toBe(true);
    const cleanup = report.steps.find((s) => s.step === 'cleanup')!;
    expect(cleanup.passed).toBe(true);
    expect(cleanup.exchanges.map((x) => [x.operationId, x.status])).toEqual([['deleteImage', 200]]);
    expect(server.state.images.size).toBe(0);
    const junit = toJUnit(report);
    expect(junit).toMatch(/<testsuite name="image lifecycle" tests="9" failures="1" skipped="4">/);
  });

  it('a failed cleanup is reported and fails the run', async () => {
    const failingDelete: typeof fetch = async (input, init) => {
      const request = requestOf(input, init);
      if (request.method === 'DELETE' && /\/images\/v1\/[^/]+$/.test(new URL(request.url).pathname)) {
        return Response.json({ success: false, errors: [{ code: 10002, message: 'injected delete failure' }], messages: [], result: null }, { status: 500 });
      }
      return fetch(input, init);
    };
    const report = await runContract(target(), { allowWrites: true, flows: ['signed delivery'], fetch: failingDelete });
    try {
      expect(summary(report)).toEqual([
        'signed delivery › upload requiring signed URLs: passed',
        'signed delivery › unsigned URL is refused, signed URL is served: passed',
        'signed delivery › cleanup: failed (ImagesApiError: deleteImage: HTTP 500: 10002 injected delete failure)',
      ]);
      expect(report.passed).toBe(false);
      expect(toJUnit(report)).toMatch(/<testcase classname="signed delivery" name="cleanup" time="[\d.]+">\s*<failure message="ImagesApiError: deleteImage: HTTP 500: 10002 injected delete failure"/);
      expect(server.state.images.size).toBe(1); // what the failed cleanup left behind
    } finally {
      for (const id of [...server.state.images.keys()]) await api(`/images/v1/${encodeURIComponent(id)}`, { method: 'DELETE' });
    }
  });

  it('records a response whose body fails mid-read as a violation instead of rejecting', async () => {
    // the blob is handed to the client as a stream, so the recorder's copy of it fails mid-read too
    const resetBlob: typeof fetch = async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(input, init);
      if (!/\/blob$/.test(new URL(request.url).pathname)) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(bytes.slice(0, 10));
          } else controller.error(new TypeError('terminated: other side closed'));
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const form = new FormData();
    form.append('file', new Blob([PIXEL_PNG], { type: 'image/png' }), 'p.png');
    const uploaded = await api('/images/v1', { method: 'POST', body: form });
    try {
      const report = await runContract(target(), { flows: ['read-only'], fetch: resetBlob });
      expect(report.passed).toBe(false);
      const blob = report.steps.find((s) => s.step === 'blob of the first image')!;
      expect(blob.passed).toBe(false);
      expect(blob.exchanges.map((x) => [x.operationId, x.status, x.violations.map((v) => [v.check, v.message])])).toEqual([
        ['getImageBlob', 200, [['response_schema_conformance', 'the body could not be read: TypeError']]],
      ]);
      expect(blob.error).toBe('ImagesConnectionError: getImageBlob: terminated: other side closed');
    } finally {
      await api(`/images/v1/${uploaded.id}`, { method: 'DELETE' });
    }
  });

  it('never puts a secret in its reports, also when the keys responses break the spec', async () => {
    // every signing-key response answers 500 with its success envelope: the violations point into the keys
    const keysAs500: typeof fetch = async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(input, init);
      if (!/\/images\/v1\/keys(\/[^/]+)?$/.test(new URL(request.url).pathname)) return response;
      return new Response(await response.text(), { status: 500, headers: response.headers });
    };
    const report = await runContract(target(), { allowWrites: true, fetch: keysAs500 });
    expect(report.passed).toBe(false);
    const keyViolations = report.violations.filter((v) => /SigningKey/.test(v.operationId));
    expect(keyViolations).toContainEqual(expect.objectContaining({ operationId: 'listSigningKeys', check: 'envelope_consistency', pointer: '/result' }));
    expect(JSON.stringify(keyViolations)).toContain(REDACTED);
    const keys = (await keysOf()).map((k) => k.value);
    expect(keys.length).toBeGreaterThan(0);
    for (const text of [toJson(report), toJUnit(report)]) {
      expect(text).not.toContain(TOKEN);
      for (const key of keys) expect(text).not.toContain(key);
    }
  });

  /** A fetch that rewrites the listSigningKeys body, remembering the key values it saw. */
  const breakingKeys = (status: number, rewrite: (body: string, value: string) => string, seen: string[]): typeof fetch => {
    return async (input, init) => {
      const request = requestOf(input, init);
      const response = await fetch(input, init);
      if (request.method !== 'GET' || !/\/images\/v1\/keys$/.test(new URL(request.url).pathname)) return response;
      const text = await response.text();
      const value: string = JSON.parse(text).result.keys[0].value;
      seen.push(value);
      return new Response(rewrite(text, value), { status, headers: response.headers });
    };
  };

  it.each([
    ['truncated inside a value', 200, (body: string, value: string) => body.slice(0, body.indexOf(value) + 14)],
    ['with an unquoted value', 200, (body: string, value: string) => body.replace(`"${value}"`, value)],
    ['truncated inside a value, with an error status', 500, (body: string, value: string) => body.slice(0, body.indexOf(value) + 14)],
  ])('a keys body %s (HTTP %i): reported without any of the key value', async (_name, status, rewrite) => {
    const seen: string[] = [];
    const report = await runContract(target(), { flows: ['read-only'], fetch: breakingKeys(status, rewrite, seen) });
    expect(seen.length).toBeGreaterThan(0); // a 500 is retried
    for (const text of [toJson(report), toJUnit(report)]) {
      for (const value of seen) for (let i = 0; i + 6 <= 14; i++) expect(text).not.toContain(value.slice(i, i + 6));
    }
    expect(report.passed).toBe(false);
    const step = report.steps.find((s) => s.step === 'signing keys')!;
    expect(step.passed).toBe(false);
    expect(step.error).toMatch(/^ImagesApiError: listSigningKeys: HTTP \d+: /);
    expect(step.exchanges[0].violations).toContainEqual(
      expect.objectContaining({ check: 'response_schema_conformance', pointer: '', message: expect.stringMatching(/^the body is not valid JSON \(\d+ bytes of application\/json\)$/) }),
    );
  });

  it('refuses a base URL with credentials in it, without repeating them', async () => {
    const error = await runContract({ ...target(), baseUrl: server.baseUrl.replace('http://', `http://user:${TOKEN}@`) }).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesConfigError);
    expect(String(error)).not.toContain(TOKEN);
  });
});

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.baseUrl}/accounts/${server.accountId}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}` } });
  return (await response.json()).result;
}
const keysOf = async (): Promise<{ name: string; value: string }[]> => (await api('/images/v1/keys')).keys;
const variantsOf = async (): Promise<Record<string, unknown>> => (await api('/images/v1/variants')).variants;
