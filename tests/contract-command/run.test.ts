import { nearMissesOf } from '../../src/contract/engine/request.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { REDACTED } from '../../src/contract/index.js';
import { PIXEL_PNG } from '../../src/contract/engine/fixtures.js';
import { runContract, type RunOptions } from '../../src/contract/command/run.js';
import { availability, edits, existingResources, signedDelivery, stats } from '../../src/contract/scenarios/index.js';
import { SCENARIOS } from '../../src/contract/phases/stateful.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import type { Report } from '../../src/contract/model/report.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { ImagesConfigError } from '../../src/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { breaking, withJson } from '../helpers/broken-server.js';

const TOKEN = 'contract-SECRET-token-42';
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(() => server.close());

const target = () => ({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN });
const WRITES = Object.values(operations)
  .filter((o) => o.method !== 'GET')
  .map((o) => o.operationId as string);
// The local server's lists never lag: a short settle window (a broken answer is retried that long).
const SETTLE_MS = 200;
const run = (options: RunOptions = {}) => runContract(target(), { phases: ['stateful'], settleMs: SETTLE_MS, ...options });
/** Every report a run writes: JSON, JUnit and the terminal's. */
const everyOutput = (report: Report) => [toJson(report), toJUnit(report), renderReport(report)];
const holdings = () => ({
  images: server.state.images.size,
  variants: [...server.state.variants.keys()].sort(),
  keys: server.state.keys.map((k) => k.name).sort(),
});
const injected = (status: number, code: number, message: string) =>
  Response.json({ success: false, errors: [{ code, message }], messages: [], result: null }, { status });

async function api(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.baseUrl}/accounts/${server.accountId}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}` } });
  return (await response.json()).result;
}
async function withImage<T>(body: () => Promise<T>): Promise<T> {
  const form = new FormData();
  form.append('file', new Blob([PIXEL_PNG], { type: 'image/png' }), 'p.png');
  const uploaded = await api('/images/v1', { method: 'POST', body: form });
  try {
    return await body();
  } finally {
    await api(`/images/v1/${uploaded.id}`, { method: 'DELETE' });
  }
}
const keyValues = async (): Promise<string[]> => (await api('/images/v1/keys')).keys.map((k: { value: string }) => k.value);

describe('runContract against the local server', () => {
  it('read-only by default: passes and sends no write; on an empty account, what needs an image is not checked (never passed)', async () => {
    expect(server.state.images.size).toBe(0);
    const report = await runContract(target(), { maxExamples: 3 });
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.allowWrites).toBe(false);
    expect(report.cleanup).toBeUndefined();
    const called = report.operations.map((o) => o.operationId);
    expect(called.filter((id) => WRITES.includes(id))).toEqual([]);
    expect(called).toEqual(expect.arrayContaining(['listImagesV2', 'listSigningKeys', 'listVariants', 'getVariant', 'getImage']));
    // nothing to read: no availability outcome at all, and the only blob request is for an id never created
    expect(report.summaries.filter((s) => s.check === 'ensure_resource_availability' && s.operationId.includes('Image'))).toEqual([]);
    expect(report.operations.find((o) => o.operationId === 'getImageBlob')?.statuses).not.toContain(200);
    expect(report.summaries.find((s) => s.check === 'use_after_free' && s.operationId === 'getImageBlob')).toMatchObject({ passed: 1, failed: 0 });
  });

  it('read-only with an image: the existing resources scenario checks its details and blob', async () => {
    const report = await withImage(() => runContract(target(), { scenarios: [existingResources] }));
    expect(report.passed).toBe(true);
    expect(report.operations.find((o) => o.operationId === 'getImageBlob')?.statuses).toEqual(expect.arrayContaining([200, 404]));
    expect(report.summaries.filter((s) => s.check === 'ensure_resource_availability').map((s) => [s.operationId, s.passed, s.failed])).toEqual([
      ['getImage', 1, 0],
      ['getImageBlob', 1, 0],
      ['getVariant', 1, 0],
    ]);
  });

  it('with writes: every scenario passes, every operation and stateful check is exercised, and nothing is left behind', async () => {
    const before = holdings();
    const progress: string[] = [];
    const report = await runContract(target(), { allowWrites: true, maxExamples: 3, settleMs: SETTLE_MS, onProgress: (label) => progress.push(label) });
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.operations.map((o) => o.operationId).sort()).toEqual(Object.keys(operations).sort());
    const checked = new Set(report.summaries.filter((s) => s.passed > 0).map((s) => s.check));
    for (const check of new Set(SCENARIOS.flatMap((s) => s.checks))) expect(checked).toContain(check);
    expect(report.cleanup?.leftBehind).toEqual([]);
    expect(report.cleanup?.deleted).toBe(report.cleanup?.created);
    expect(holdings()).toEqual(before);
    for (const s of SCENARIOS) expect(progress).toContain(`stateful › ${s.name}`);
    expect(progress.at(-1)).toBe('cleanup');
  }, 60_000); // ~7 s alone; a loaded 2-core machine takes several times that

  it('sends what the chosen checks need: --checks ignored_auth runs the coverage probes only, no boundary case, no other phase', async () => {
    const report = await runContract(target(), { allowWrites: true, checks: ['ignored_auth'] });
    expect(report.phases).toEqual(['coverage']);
    expect(new Set(report.summaries.map((s) => s.check))).toEqual(new Set(['ignored_auth']));
    expect(
      report.summaries
        .filter((s) => s.passed > 0)
        .map((s) => s.operationId)
        .sort(),
    ).toEqual(Object.keys(operations).sort());
    // A probe per way of breaking the credentials per operation, the fixtures and their cleanup: no boundary case.
    const calls = report.operations.reduce((n, o) => n + o.calls, 0);
    expect(calls).toBeLessThanOrEqual(Object.keys(operations).length * (4 + nearMissesOf(target().apiToken).length) + 6);
    expect(report.passed).toBe(true);
  });

  it('reports a response that breaks the spec, naming the operation, check, pointer and value', async () => {
    const corrupt = breaking(async (seen, forward) =>
      seen.operationId === 'getImageStats' ? withJson(await forward(), (b) => void (b.result.count.current = 'many')) : forward(),
    );
    const report = await run({ allowWrites: true, scenarios: [stats], fetch: corrupt });
    expect(report.passed).toBe(false);
    expect(report.failures).toContainEqual(
      expect.objectContaining({
        check: 'response_schema_conformance',
        operationId: 'getImageStats',
        received: expect.objectContaining({ pointer: '/result/count/current', value: 'many' }),
      }),
    );
  });

  it('cleans up when a scenario cannot go on', async () => {
    const before = holdings();
    const failingEdit = breaking((seen, forward) => (seen.operationId === 'updateImage' ? injected(500, 10001, 'injected') : forward()));
    const report = await run({ allowWrites: true, scenarios: [edits], fetch: failingEdit });
    expect(report.passed).toBe(false);
    expect(report.failures).toContainEqual(
      expect.objectContaining({
        check: 'edits',
        label: edits.name,
        message: expect.stringMatching(/^the scenario could not go on: ImagesApiError: updateImage: HTTP 500: 10001 injected/),
      }),
    );
    expect(report.failures).toContainEqual(expect.objectContaining({ check: 'not_a_server_error', operationId: 'updateImage' }));
    expect(report.cleanup).toMatchObject({ leftBehind: [] });
    expect(holdings()).toEqual(before);
  });

  it('a failed cleanup is reported and fails the run', async () => {
    const failingDelete = breaking((seen, forward) => (seen.operationId === 'deleteImage' ? injected(500, 10002, 'injected delete failure') : forward()));
    const report = await run({ allowWrites: true, scenarios: [], fetch: failingDelete });
    try {
      expect(report.failures).toEqual([expect.objectContaining({ check: 'not_a_server_error', operationId: 'deleteImage', source: 'cleanup' })]);
      expect(report.cleanup?.leftBehind).toEqual([expect.stringMatching(/^deleteImage \{"image_id":"[^"]+"\} \(HTTP 500\)$/)]);
      expect(report.passed).toBe(false);
      expect(renderReport(report)).toMatch(/cleanup: 2\/3 created resources deleted; left behind: deleteImage .*\(HTTP 500\)\n.*FAIL/s);
      expect(server.state.images.size).toBe(1); // the fixture image the failed cleanup left behind
    } finally {
      for (const id of [...server.state.images.keys()]) await api(`/images/v1/${encodeURIComponent(id)}`, { method: 'DELETE' });
    }
  });

  it('cleanup counts what the server already no longer has as deleted, 404 or 410 alike', async () => {
    for (const status of [404, 410]) {
      // The image is deleted for real, then the answer says it was already gone.
      const goneAlready = breaking(async (seen, forward) =>
        seen.operationId === 'deleteImage' ? (await forward(), injected(status, 5404, 'Image not found')) : forward(),
      );
      const report = await run({ allowWrites: true, scenarios: [], fetch: goneAlready });
      expect(report.cleanup?.leftBehind, String(status)).toEqual([]);
      expect(report.cleanup?.deleted).toBe(report.cleanup?.created);
    }
  });

  it('reports a body that fails mid-read instead of rejecting', async () => {
    const resetBlob = breaking(async (seen, forward) => {
      const response = await forward();
      if (seen.operationId !== 'getImageBlob') return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent) return controller.error(new TypeError('terminated: other side closed'));
          sent = true;
          controller.enqueue(bytes.slice(0, 10));
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    });
    const report = await run({ allowWrites: true, scenarios: [availability], fetch: resetBlob });
    expect(report.passed).toBe(false);
    expect(report.failures).toContainEqual(
      expect.objectContaining({
        check: 'ensure_resource_availability',
        operationId: 'getImageBlob',
        message: 'the scenario could not go on: ImagesConnectionError: getImageBlob: terminated: other side closed',
      }),
    );
    expect(report.cleanup).toMatchObject({ leftBehind: [] });
  });

  it.each([
    // every signing-key response answers 500 with its success envelope: the violations are about the keys
    [
      'answer 500 with their success envelope',
      undefined,
      async (response: Response) => new Response(await response.text(), { status: 500, headers: response.headers }),
    ],
    // each key's value wrapped in an object: the violation's offending value holds the secret
    [
      'give each value as an object',
      '/result/keys/0/value',
      (response: Response) => withJson(response, (b) => b.result.keys.forEach((k: { value: unknown }) => void (k.value = { secret: k.value }))),
    ],
  ])('never puts a token or a signing-key value in its reports, also when the keys responses %s', async (_name, secretPointer, breakKeys) => {
    const keysBroken = breaking(async (seen, forward) => (/SigningKey/.test(seen.operationId ?? '') ? breakKeys(await forward()) : forward()));
    const report = await run({ allowWrites: true, scenarios: [signedDelivery], fetch: keysBroken });
    expect(report.passed).toBe(false);
    const keyFailures = report.failures.filter((f) => /SigningKey/.test(f.operationId));
    expect(keyFailures.map((f) => f.check)).toContain('response_schema_conformance');
    if (secretPointer)
      expect(keyFailures).toContainEqual(expect.objectContaining({ received: expect.objectContaining({ pointer: secretPointer, value: REDACTED }) }));
    const keys = await keyValues();
    expect(keys.length).toBeGreaterThan(0);
    for (const text of everyOutput(report)) {
      expect(text).not.toContain(TOKEN);
      for (const key of keys) expect(text).not.toContain(key);
    }
  });

  /** A fetch that rewrites the listSigningKeys body, remembering the key values it saw. */
  const breakingKeys = (status: number, rewrite: (body: string, value: string) => string, seen: string[]) =>
    breaking(async (request, forward) => {
      const response = await forward();
      if (request.operationId !== 'listSigningKeys') return response;
      const text = await response.text();
      const value: string = JSON.parse(text).result.keys[0].value;
      seen.push(value);
      return new Response(rewrite(text, value), { status, headers: response.headers });
    });

  it.each([
    ['truncated inside a value', 200, (body: string, value: string) => body.slice(0, body.indexOf(value) + 14)],
    ['with an unquoted value', 200, (body: string, value: string) => body.replace(`"${value}"`, value)],
    ['truncated inside a value, with an error status', 500, (body: string, value: string) => body.slice(0, body.indexOf(value) + 14)],
  ])('a keys body %s (HTTP %i): reported without any of the key value', async (_name, status, rewrite) => {
    const seen: string[] = [];
    // Fixtures and the existing-resources scenario read the keys; no other phase needs to run.
    const report = await runContract(target(), { phases: ['stateful'], settleMs: SETTLE_MS, fetch: breakingKeys(status, rewrite, seen) });
    expect(seen.length).toBeGreaterThan(0);
    for (const text of everyOutput(report)) for (const value of seen) for (let i = 0; i + 6 <= 14; i++) expect(text).not.toContain(value.slice(i, i + 6));
    expect(report.passed).toBe(false);
    expect(report.failures).toContainEqual(
      expect.objectContaining({
        operationId: 'listSigningKeys',
        check: 'response_schema_conformance',
        message: expect.stringMatching(/the body is not valid JSON \(\d+ bytes of application\/json\)/),
      }),
    );
  });

  it('never puts an API key in its reports (X-Auth-Email + X-Auth-Key credentials)', async () => {
    const apiKey = 'legacy-SECRET-api-key-0123456789abcdef';
    const legacy = await startImagesServer({ port: 0, apiEmail: 'contract@example.test', apiKey });
    try {
      const report = await runContract(
        { baseUrl: legacy.baseUrl, accountId: legacy.accountId, apiEmail: 'contract@example.test', apiKey },
        { allowWrites: true, phases: ['stateful'], settleMs: SETTLE_MS, scenarios: [stats, signedDelivery] },
      );
      expect(report.failures).toEqual([]);
      const broken = await runContract(
        { baseUrl: legacy.baseUrl, accountId: legacy.accountId, apiEmail: 'contract@example.test', apiKey },
        {
          allowWrites: true,
          phases: ['stateful'],
          settleMs: SETTLE_MS,
          scenarios: [stats],
          fetch: breaking(async (seen, forward) =>
            seen.operationId === 'getImageStats' ? withJson(await forward(), (b) => void (b.result.count.current = 0)) : forward(),
          ),
        },
      );
      expect(broken.failures.some((f) => f.request?.curl.includes('$CLOUDFLARE_API_KEY'))).toBe(true);
      for (const text of [...everyOutput(report), ...everyOutput(broken)]) expect(text).not.toContain(apiKey);
    } finally {
      await legacy.close();
    }
  });

  it('refuses a base URL with credentials in it, without repeating them', async () => {
    const error = await runContract({ ...target(), baseUrl: server.baseUrl.replace('http://', `http://user:${TOKEN}@`) }).catch((e) => e);
    expect(error).toBeInstanceOf(ImagesConfigError);
    expect(String(error)).not.toContain(TOKEN);
  });
});
