// The Redoc page (out/docs/api.html), looked at as a person would: built with the same function
// `npm run docs` uses, served on loopback, opened in headless Chromium with every request that
// leaves 127.0.0.1 blocked, and every operation reached from its link until its summary shows.
// The page is fully offline: it attempts no request beyond 127.0.0.1 (none blocked by the route,
// none refused by its Content-Security-Policy), and the badge's logo shows from the page itself.
//
// Chromium comes with npm install (@sparticuz/chromium, see tests/helpers/chromium.ts); without a
// working browser this test fails — it does not skip.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { API_PAGE, DOCS_DIR, buildApiPage } from '../../scripts/docs.js';
import { operations as manifest } from '../../generated/operations.js';
import { launchLoopbackChromium, type LoopbackBrowser } from '../helpers/chromium.js';

const SCREENSHOT = join(DOCS_DIR, 'api.png');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Every operation of the spec (generated/operations.ts), with the summary its heading shows. */
const operations = Object.values(manifest).map((op) => ({ operationId: op.operationId as string, summary: op.summary as string }));

/** A static file server for out/docs/ on 127.0.0.1, port 0. */
function serveDocs(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(join(DOCS_DIR, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)));
    if (path !== DOCS_DIR && !path.startsWith(DOCS_DIR + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('out/docs/api.html', () => {
  let server: Server | undefined;
  let browser: LoopbackBrowser | undefined;

  beforeAll(async () => {
    await buildApiPage();
    server = await serveDocs();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('is a self-contained file', async () => {
    const html = await readFile(API_PAGE, 'utf8');
    // Scripts and styles are inlined: nothing in the page loads code or CSS from elsewhere.
    expect(html).not.toMatch(/<script[^>]+\bsrc=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+\bhref=["']https?:/i);
    expect(html).toContain('<script type="module">');
    // Nothing is loaded from elsewhere, even what a script would add later: the policy allows no network source.
    expect(html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/)?.[0]).toMatch(/content="default-src 'none';/);
    expect(html.includes('cdn.redoc.ly'), 'the page names cdn.redoc.ly').toBe(false);
  });

  it('renders every operation offline in Chromium', async () => {
    browser = await launchLoopbackChromium({ viewport: { width: 1280, height: 900 } });
    const { page, blocked, pageErrors } = browser;
    // A request the page's policy refuses never reaches the route that records `blocked`: count it too.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });

    const { port } = server!.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/api.html`, { waitUntil: 'load' });
    // Rendered (hydrated) once the overview lists a link to each operation.
    await page.waitForFunction((n) => document.querySelectorAll('a[href^="#/"]').length >= n, operations.length, { timeout: 15_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain(`${spec.info.title} (${spec.info.version})`);
    const links = await page.$$eval('a[href^="#/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);

    // Each operation from its link: its section renders, and its summary is a visible heading.
    for (const op of operations) {
      const href = links.find((h) => h.toLowerCase().endsWith(`/${op.operationId.toLowerCase()}`));
      expect(href, `a link to ${op.operationId}`).toBeDefined();
      await page.evaluate((hash) => (location.hash = hash), href!);
      await page.getByRole('heading', { name: op.summary }).first().waitFor({ state: 'visible', timeout: 10_000 });
      if (op.operationId === 'uploadImage') await page.screenshot({ path: SCREENSHOT });
    }
    expect(pageErrors).toEqual([]);
    // Redoc's "API docs by Redocly" badge mounts its logo last (it loaded it from cdn.redoc.ly):
    // wait until it shows, or until a request for it was blocked or refused.
    const logo = page.locator('img[alt="redocly logo"]').first();
    await expect.poll(async () => blocked.length + refused.length > 0 || (await logo.isVisible()), { timeout: 10_000 }).toBe(true);
    // Not one request tried to leave 127.0.0.1: none the route blocked, none the policy refused.
    expect(blocked).toEqual([]);
    expect(refused).toEqual([]);
    expect(blocked.length + refused.length).toBe(0);
    // And the logo shows, from the page itself.
    expect(await logo.evaluate((img: HTMLImageElement) => ({ inline: img.src.startsWith('data:'), loaded: img.complete && img.naturalWidth > 0 }))).toEqual({
      inline: true,
      loaded: true,
    });
    expect(existsSync(SCREENSHOT)).toBe(true);
  }, 60_000);
});
