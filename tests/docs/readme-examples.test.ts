// The README's TypeScript examples, run as written against the local server: the client examples
// with the conventional environment variables pointing at it, the local-server example as is.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { PNG as png } from '../helpers/fake-fetch.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'readme-examples-'));
const TOKEN = 'readme-token';

const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
/** Imports of the package as the source files they resolve to. */
const resolvePackage = (code: string) =>
  code
    .replace(/from 'cf-images-kit\/(\w+)'/g, (_m, sub) => `from '${join(root, 'src', sub, 'index.ts')}'`)
    .replace(/from 'cf-images-kit'/g, `from '${join(root, 'src/index.ts')}'`);

// What the examples leave to the reader: the bytes of an image, and a file input of a page.
const PRELUDE = `
const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const fileInput = { files: [new File([bytes], 'pixel.png', { type: 'image/png' })] };
`;

let server: ImagesServer;
beforeAll(async () => {
  // The examples upload from https://example.com/…: the server "downloads" it here, never from the internet.
  const offline = (async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname !== 'example.com') throw new TypeError(`no network in tests: ${url.hostname}`);
    return new Response(png, { headers: { 'content-type': 'image/png' } });
  }) as typeof fetch;
  server = await startImagesServer({ port: 0, apiToken: TOKEN, fetch: offline });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runModule(name: string, code: string, env: Record<string, string> = {}) {
  const file = join(dir, `${name}.mts`);
  writeFileSync(file, code);
  return run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), file], { env: { ...process.env, ...env }, cwd: dir });
}

describe('README examples', () => {
  const client = blocks.filter((b) => !b.includes('startImagesServer'));
  const localServer = blocks.filter((b) => b.includes('startImagesServer'));

  it('are there: the client, signing, direct upload and local-server examples', () => {
    expect(client.length).toBeGreaterThanOrEqual(3);
    expect(localServer).toHaveLength(1);
  });

  it('the client examples run as written against the local server', async () => {
    const code = `${PRELUDE}\n${client.map(resolvePackage).join('\n')}\nconsole.log(JSON.stringify({ image: image.id, blob: blob.contentType, firstPage: firstPage.images.length, url, uploaded: uploaded.id }));\n`;
    const { stdout } = await runModule('client', code, {
      CLOUDFLARE_ACCOUNT_ID: server.accountId,
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_BASE_URL: server.baseUrl,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.blob).toBe('image/png');
    expect(result.firstPage).toBe(2); // the file and the URL upload; the direct upload comes later
    expect(new URL(result.url).searchParams.get('sig')).toMatch(/^[0-9a-f]{64}$/);
    expect((await fetch(result.url)).status).toBe(200);
    expect(server.state.images.get(result.uploaded)?.draft).toBeFalsy();
  }, 60_000);

  it('the local-server example runs as written', async () => {
    await expect(runModule('server', resolvePackage(localServer[0]))).resolves.toBeTruthy();
  }, 60_000);
});
