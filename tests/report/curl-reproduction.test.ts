// A reproduction runs as printed: a POSIX shell runs the real curl against a loopback server. A v2
// filter's brackets (`meta.status[eq:string]`) are curl's URL globbing syntax without --globoff.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curlFor } from '../../src/contract/engine/curl.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'curl-repro-SECRET';
const sh = promisify(execFile);
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(() => server.close());

describe('curl reproductions, run by a shell', () => {
  it('send a v2 filter request with its brackets as they are (no "bad range in URL")', async () => {
    const url = `${server.baseUrl}/accounts/${server.accountId}/images/v2?meta.status[eq:string]=active&per_page=10`;
    const command = curlFor({ method: 'GET', url, headers: { authorization: `Bearer ${TOKEN}` }, ownCredentials: true });
    expect(command).not.toContain(TOKEN);
    const { stdout } = await sh('sh', ['-c', command], { env: { PATH: process.env.PATH, CLOUDFLARE_API_TOKEN: TOKEN } });
    expect(JSON.parse(stdout)).toMatchObject({ success: true, result: { images: [] } });
  });
});
