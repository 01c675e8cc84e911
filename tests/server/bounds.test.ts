// The server's bounds as options (startImagesServer) and flags (the CLI): checked, applied, and
// the url download's deadline across redirects.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVER_BOUNDS } from '../../src/server/bounds.js';
import { DEFAULT_ACCOUNT_ID, startImagesServer } from '../../src/server/index.js';
import { runCli, startChildServer } from './child-server.js';
import { expectFailure, png, startTestServer, TOKEN } from './helpers.js';

const origins: Server[] = [];
afterEach(async () => {
  for (const origin of origins.splice(0)) {
    origin.closeAllConnections();
    await new Promise((resolve) => origin.close(resolve));
  }
});

/** A loopback origin: `/loop` redirects to itself, `/hop` redirects to `/drip`, which sends a byte every 50 ms forever. */
async function trickyOrigin(): Promise<string> {
  const timers = new Set<ReturnType<typeof setInterval>>();
  const origin = createServer((req, res) => {
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/hop') return res.writeHead(307, { location: '/drip' }).end();
    res.writeHead(200, { 'content-type': 'image/png' });
    const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('x')), 50);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  });
  origin.on('close', () => timers.forEach(clearInterval));
  origins.push(origin);
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
}

const formOf = (fields: Record<string, string | Blob>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe('bounds as options', () => {
  it('have documented defaults and refuse values that are not positive integers', async () => {
    expect(DEFAULT_SERVER_BOUNDS).toEqual({ maxJsonDepth: 1000, urlTimeoutMs: 10_000, maxFormParts: 64 });
    await expect(startImagesServer({ maxJsonDepth: 0 })).rejects.toThrow('maxJsonDepth must be a positive integer, got 0');
    await expect(startImagesServer({ urlTimeoutMs: 1.5 })).rejects.toThrow('urlTimeoutMs must be a positive integer');
    await expect(startImagesServer({ maxFormParts: -1 })).rejects.toThrow('maxFormParts must be a positive integer');
  });

  it('maxFormParts: a form of more parts is a 400, one of as many is read', async () => {
    const { call } = await startTestServer({ maxFormParts: 3 });
    const file = new Blob([png(1, 1)]);
    expectFailure(
      await call('uploadImage', 'v1', { body: formOf({ file, creator: 'a', id: 'x', metadata: '{}' }) }),
      400,
      5400,
      'Bad request: the form has more than 3 parts',
    );
    expect((await call('uploadImage', 'v1', { body: formOf({ file, creator: 'a', id: 'x' }) })).status).toBe(200);
  });

  it('urlTimeoutMs holds across redirects; a redirect loop is a 400 too', async () => {
    const origin = await trickyOrigin();
    const { call } = await startTestServer({ urlTimeoutMs: 800 });
    const started = performance.now();
    expectFailure(await call('uploadImage', 'v1', { body: formOf({ url: `${origin}/hop` }) }), 400, 5400, /did not finish within 0\.8 s/);
    expect(performance.now() - started).toBeLessThan(2500);
    const loop = await call('uploadImage', 'v1', { body: formOf({ url: `${origin}/loop` }) });
    expectFailure(loop, 400, 5400, /Failed to fetch the image from the URL: .*redirect/);
    expect(loop.json.errors[0].source).toEqual({ pointer: '/body/url' });
  });
});

describe('bounds as flags of the CLI', () => {
  it('--max-json-depth, --url-timeout and --max-form-parts apply; a bad value is a usage error', { timeout: 60_000 }, async () => {
    const origin = await trickyOrigin();
    const child = await startChildServer(['--api-token', TOKEN, '--max-json-depth', '2', '--url-timeout', '0.5', '--max-form-parts', '2']);
    try {
      const images = `${child.baseUrl}/accounts/${DEFAULT_ACCOUNT_ID}/images`;
      const headers = { authorization: `Bearer ${TOKEN}` };
      const deep = await fetch(`${images}/v1/variants/public`, {
        method: 'PATCH',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"options":{"a":[[1]]}}',
      });
      expect((await deep.json()).errors[0].message).toBe('body: the JSON is nested deeper than 2 levels (the bound on JSON nesting)');
      const slow = await (await fetch(`${images}/v1`, { method: 'POST', headers, body: formOf({ url: `${origin}/drip` }) })).json();
      expect(slow.errors[0].message).toBe('Failed to fetch the image from the URL: the download did not finish within 0.5 s');
      const parts = await (await fetch(`${images}/v1`, { method: 'POST', headers, body: formOf({ url: `${origin}/drip`, creator: 'a', id: 'b' }) })).json();
      expect(parts.errors[0].message).toBe('Bad request: the form has more than 2 parts');
    } finally {
      child.child.kill('SIGTERM');
      await child.exited;
    }
    for (const [flag, value, message] of [
      ['--max-json-depth', '0', '--max-json-depth must be a positive integer'],
      ['--url-timeout', 'soon', '--url-timeout must be a positive number of seconds'],
    ]) {
      const run = runCli([flag, value]);
      expect(await run.exited).toBe(2);
      expect(await run.stderr).toContain(message);
    }
  });
});
