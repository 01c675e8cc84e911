import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/contract/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
const TOKEN = 'cli-SECRET-token';
let server: ImagesServer;

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string>) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLOUDFLARE_')));
  return { ...clean, ...extra };
};

describe('npm run contract', () => {
  it('by default starts the local server, runs every flow, prints a table, writes JSON and JUnit, exits 0', async () => {
    const { stdout } = await run(tsx, [cli, '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml')], { cwd: root, env: env({}) });
    expect(stdout).toMatch(/Target: http:\/\/127\.0\.0\.1:\d+\/client\/v4 {2}\(read and write flows/);
    expect(stdout).toMatch(/│ operation\s+│ calls\s+│ status/);
    for (const op of ['uploadImage', 'listImagesV2', 'createDirectUpload', 'deleteSigningKey']) expect(stdout).toContain(op);
    expect(stdout).toMatch(/(\d+)\/\1 steps passed, 0 conformance violations/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.passed).toBe(true);
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(/<testsuites name="images contract [^"]+" tests="(\d+)" failures="0"/);
    expect(junit).toContain('<testsuite name="direct upload"');
  }, 60_000);

  it('targets a given server read-only with credentials from the environment', async () => {
    const { stdout } = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
    });
    expect(stdout).toContain('(read-only;');
    expect(stdout).not.toContain('uploadImage');
    expect(stdout).not.toContain(TOKEN);
  }, 60_000);

  it('exits 1 when checks fail, without printing the secret', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--json', join(dir, 'bad.json')], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: 'wrong-SECRET' }),
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toMatch(/✗ read-only › stats: ImagesApiError: getImageStats: HTTP 401/);
    expect(failure.stdout + failure.stderr + readFileSync(join(dir, 'bad.json'), 'utf8')).not.toContain('wrong-SECRET');
  }, 60_000);

  it('exits 2 on bad usage', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl], { cwd: root, env: env({}) }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('--account-id (or CLOUDFLARE_ACCOUNT_ID) is required');
  }, 60_000);
});
