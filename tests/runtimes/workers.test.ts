// The client inside Cloudflare Workers: tests/runtimes/worker-entry.ts is bundled with esbuild the
// way Wrangler would (ESM, `workerd`/`worker`/`browser` export conditions, no Node built-ins) and run
// in workerd through miniflare. From inside the isolate it lists, gets and reads the signing keys of
// a local Images server on 127.0.0.1, signs a delivery URL with Web Crypto and fetches it, and has a
// request refused by the generated validators, in a runtime that forbids `eval`/`new Function`.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagesClient, type Image } from '../../src/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { pixelPng } from './pixel.js';
import type { DirectUploadReport, FetchMode, WorkerReport } from './worker-entry.js';

const TOKEN = 'workers-runtime-token';
const PNG = pixelPng();
const ENTRY = fileURLToPath(new URL('./worker-entry.ts', import.meta.url));

/** Bundles the Worker as Wrangler does: one ES module, resolved with the Workers export conditions. */
async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('the client in Cloudflare Workers (workerd via miniflare)', () => {
  let server: ImagesServer;
  let mf: Miniflare | undefined;
  let uploaded: Image;
  let script: string;

  beforeAll(async () => {
    server = await startImagesServer({ port: 0, apiToken: TOKEN });
    const cf = createImagesClient({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN, env: {} });
    uploaded = await cf.images.v1.create({ file: PNG, filename: 'pixel.png', requireSignedURLs: true });
    script = await bundleWorker();
    mf = new Miniflare({
      host: '127.0.0.1',
      port: 0,
      modules: true,
      script,
      compatibilityDate: '2025-01-01', // no nodejs_compat: the client needs no Node APIs
      bindings: { IMAGES_BASE_URL: server.baseUrl, IMAGES_ACCOUNT_ID: server.accountId, IMAGES_API_TOKEN: TOKEN },
    });
    await mf.ready;
  }, 30_000);

  afterAll(async () => {
    await mf?.dispose();
    await server?.close();
  });

  it('bundles without Node built-ins and without code generation from strings', () => {
    // platform 'neutral' would have failed the build on any `node:` import; this is belt and braces.
    expect(script).not.toMatch(/from\s*["']node:/);
    expect(script).not.toMatch(/\bnew Function\(|\beval\(/);
  });

  /** Runs the Worker's one route and checks everything it saw. */
  async function expectFullFlow(mode: FetchMode): Promise<void> {
    const response = await mf!.dispatchFetch(`http://localhost/?fetch=${mode}`);
    const report = (await response.json()) as WorkerReport & { error?: { name: string; message: string; stack: string } };
    const hint = /Illegal invocation/.test(report.error?.message ?? '')
      ? ' (the client calls its fetch as a method, `options.fetch(request)` in src/core/transport.ts; workerd needs it called without a receiver, e.g. `(0, options.fetch)(request)`)'
      : '';
    expect(report.error, `the Worker threw (fetch: ${mode}): ${report.error?.stack}${hint}`).toBeUndefined();
    expect(response.status).toBe(200);

    // workerd really forbids compiling code from strings, so the validators that ran below are the
    // standalone generated ones.
    expect(report.codeGeneration.evalError).toMatch(/^EvalError: Code generation from strings disallowed/);
    expect(report.codeGeneration.newFunctionError).toMatch(/^EvalError: Code generation from strings disallowed/);

    expect(uploaded.requireSignedURLs).toBe(true);
    expect(report.listedIds).toEqual([uploaded.id]);
    expect(report.gotId).toBe(uploaded.id);
    expect(report.gotRequireSignedURLs).toBe(true);
    expect(report.responseValidatedId).toBe(uploaded.id);
    expect(report.keyNames).toEqual(['default']);

    // Outbound fetches from workerd reach the Node server on 127.0.0.1.
    expect(report.deliveryUrl).toBe(uploaded.variants[0]);
    expect(report.deliveryUrl.startsWith(`${server.url}/`)).toBe(true);
    expect(report.unsignedStatus).toBe(403);
    const signed = new URL(report.signedUrl);
    expect(signed.origin + signed.pathname).toBe(report.deliveryUrl);
    expect(signed.searchParams.get('sig')).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(signed.searchParams.get('exp'))).toBeGreaterThan(Date.now() / 1000);
    expect(report.signedStatus).toBe(200);
    expect(report.signedContentType).toBe('image/png');
    expect(report.signedBytesSha256).toBe(createHash('sha256').update(PNG).digest('hex'));

    expect(report.validation).toMatchObject({ name: 'ImagesValidationError', isImagesValidationError: true, pointer: '/query/per_page' });
    expect(server.selfCheckViolations).toEqual([]);
  }

  it('lists, gets, reads keys, signs and fetches from inside the Worker (fetch passed as an arrow function)', async () => {
    await expectFullFlow('wrapped');
  });

  // workerd's fetch throws "Illegal invocation" when it is called as a method of another object
  // (https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors), so
  // these two hold only if the client calls whatever fetch it was given without a receiver.
  it('works with the default fetch, as the README uses it', async () => {
    await expectFullFlow('default');
  });

  it('works with `fetch: globalThis.fetch` passed explicitly', async () => {
    await expectFullFlow('global');
  });

  // Last: it adds an image, and the tests above expect the uploaded one to be the only one listed.
  it('reserves a direct upload and posts the file with uploadToDirectUrl from inside the Worker', async () => {
    const response = await mf!.dispatchFetch('http://localhost/direct-upload');
    const report = (await response.json()) as DirectUploadReport & { error?: { stack: string } };
    expect(report.error, `the Worker threw: ${report.error?.stack}`).toBeUndefined();
    expect(report.uploadedId).toBe(report.reservedId);
    expect(report.draftBefore).toBe(true);
    expect(report.draftAfter).toBeUndefined();
    expect(report.blobSha256).toBe(createHash('sha256').update(PNG).digest('hex'));
    expect(server.state.images.get(report.reservedId)?.draft).toBeFalsy();
  });
});
