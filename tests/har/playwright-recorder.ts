// A HAR recorded the way an app's browser tests record one: Playwright's `recordHar` in headless
// Chromium (tests/helpers/chromium.ts), a page whose own origin forwards /client/v4/* to the local
// Images server (same origin: no CORS in the way), and a script run in that page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { browserBinary } from '../helpers/chromium.js';

/** The app's origin: `/` is an empty page, anything else is forwarded to `upstream` (the Images server's origin). */
async function appOrigin(upstream: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    if (req.url === '/')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><title>app</title>');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<
      string,
      string
    >;
    const answer = await fetch(`${upstream}${req.url}`, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    const body = Buffer.from(await answer.arrayBuffer());
    res
      .writeHead(
        answer.status,
        Object.fromEntries([...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding'].includes(name))),
      )
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Runs `script` in a page of the app while Playwright records a HAR (bodies embedded) to `harPath`. */
export async function recordWithPlaywright(upstream: string, harPath: string, script: (page: Page) => Promise<void>): Promise<void> {
  const server = await appOrigin(upstream);
  const binary = await browserBinary();
  const browser = await chromium.launch({ executablePath: binary.executablePath, args: binary.args, headless: true });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await script(page);
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
