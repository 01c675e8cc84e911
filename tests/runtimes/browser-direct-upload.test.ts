// Direct creator upload from a real browser: the server side (Node, the typed client) reserves a
// one-time upload URL on the local Images server; a page served from a second loopback server (a
// different origin, so the upload is a cross-origin request that CORS must allow) runs
// tests/runtimes/browser-entry.ts, bundled with esbuild, which posts a PNG with `uploadToDirectUrl`
// in headless Chromium. Every request that leaves 127.0.0.1 is blocked.
//
// Chromium comes with npm install (@sparticuz/chromium, see tests/helpers/chromium.ts); without a
// working browser this test fails — it does not skip.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagesClient, type DirectUpload, type ImagesClient } from '../../src/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import type { BrowserResult } from './browser-entry.js';
import { pixelPng } from './pixel.js';
import { launchLoopbackChromium, type LoopbackBrowser } from '../helpers/chromium.js';

const TOKEN = 'browser-runtime-token';
const ENTRY = fileURLToPath(new URL('./browser-entry.ts', import.meta.url));

async function bundlePageScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The page's own origin: `/` is the page, `/page.js` its script; on 127.0.0.1, port 0. */
function servePage(script: string): Promise<Server> {
  const html = '<!doctype html><meta charset="utf-8"><title>direct upload</title><script src="/page.js"></script>';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else if (path === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    else res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('uploadToDirectUrl in a browser (headless Chromium)', () => {
  let images: ImagesServer | undefined;
  let pageServer: Server | undefined;
  let browser: LoopbackBrowser | undefined;
  let cf: ImagesClient;
  let reserved: DirectUpload;

  beforeAll(async () => {
    images = await startImagesServer({ port: 0, apiToken: TOKEN });
    cf = createImagesClient({ baseUrl: images.baseUrl, accountId: images.accountId, apiToken: TOKEN, env: {} });
    reserved = await cf.images.v2.directUploads.create();
    pageServer = await servePage(await bundlePageScript());
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (pageServer ? pageServer.close(() => resolve()) : resolve()));
    await images?.close();
  });

  it('posts the file cross-origin, once, and the image is complete with the exact bytes', async () => {
    // Reserved, not yet uploaded: a draft.
    expect((await cf.images.v1.get(reserved.id)).draft).toBe(true);
    const uploadUrl = new URL(reserved.uploadURL);
    expect(uploadUrl.origin).toBe(images!.url);

    browser = await launchLoopbackChromium();
    const { page, blocked, pageErrors } = browser;
    const consoleErrors: string[] = [];
    page.on('console', (message) => (message.type() === 'error' ? consoleErrors.push(message.text()) : undefined));
    const uploads: { method: string; origin: string | null; cookie: string | null; contentType: string | null; status: number; allowOrigin: string | null }[] =
      [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (!request.url().startsWith(reserved.uploadURL)) return;
      pending.push(
        (async () => {
          const headers = await request.allHeaders();
          uploads.push({
            method: request.method(),
            origin: headers.origin ?? null,
            cookie: headers.cookie ?? null,
            contentType: headers['content-type'] ?? null,
            status: response.status(),
            allowOrigin: await response.headerValue('access-control-allow-origin'),
          });
        })(),
      );
    });

    const pageOrigin = `http://127.0.0.1:${(pageServer!.address() as AddressInfo).port}`;
    expect(pageOrigin).not.toBe(images!.url);
    await page.goto(`${pageOrigin}/?upload=${encodeURIComponent(reserved.uploadURL)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 10_000 });
    const result = (await page.evaluate(() => (window as unknown as { __result: unknown }).__result)) as BrowserResult;
    await Promise.all(pending);

    expect(result.origin).toBe(pageOrigin);
    // The first post succeeds and returns the reserved id, complete.
    expect(result.first).toMatchObject({ ok: true, id: reserved.id, filename: 'pixel.png' });
    expect(result.first.ok && result.first.draft).toBeFalsy();
    expect(result.first.ok && result.first.variants.length).toBeGreaterThan(0);
    // The URL is one-time: the second post is refused, and the error is readable cross-origin.
    expect(result.second).toMatchObject({ ok: false, name: 'ImagesApiError', status: 409 });

    // Both were real cross-origin POSTs from the page's origin, without credentials, that CORS let
    // the page read (a multipart POST is a simple request: no preflight).
    expect(uploads).toHaveLength(2);
    for (const upload of uploads) {
      expect(upload).toMatchObject({ method: 'POST', origin: pageOrigin, cookie: null, allowOrigin: '*' });
      expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    }
    expect(uploads.map((u) => u.status).sort()).toEqual([200, 409]);
    expect(pageErrors).toEqual([]);
    // Chromium logs the 409 as a failed resource load; nothing else may go wrong.
    expect(consoleErrors.filter((m) => !/status of 409/.test(m))).toEqual([]);
    expect(blocked).toEqual([]);

    // Server side, through the typed client: complete, listed, byte-exact.
    const image = await cf.images.v1.get(reserved.id);
    expect(image.draft).toBeUndefined();
    expect(image.filename).toBe('pixel.png');
    const blob = await cf.images.v1.blobs.get(reserved.id);
    expect(blob.contentType).toBe('image/png');
    expect(Buffer.from(await blob.bytes()).equals(Buffer.from(pixelPng()))).toBe(true);
    expect((await cf.images.v1.list()).images.map((i) => i.id)).toContain(reserved.id);
    expect(images!.selfCheckViolations).toEqual([]);
  }, 30_000);
});
