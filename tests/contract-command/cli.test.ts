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
    expect(stdout).toMatch(/│ operation\s+│ calls\s+│ status\s+│ exchanges passed\s+│ exchanges failed\s+│ median ms/);
    for (const op of ['uploadImage', 'listImagesV2', 'createDirectUpload', 'deleteSigningKey']) expect(stdout).toContain(op);
    // the embedded server is seeded with a sample image, so the read-only flow skips nothing
    expect(stdout).not.toContain('○ read-only');
    const [, ran, skipped] = /(\d+)\/\1 steps passed, 0 conformance violations, (\d+) skipped/.exec(stdout)!;
    expect(Number(skipped)).toBe(0);
    const total = Number(ran) + Number(skipped);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.passed).toBe(true);
    expect(report.operations[0]).toEqual(expect.objectContaining({ exchangesPassed: expect.any(Number), exchangesFailed: 0 }));
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(new RegExp(`<testsuites name="images contract [^"]+" tests="${total}" failures="0" skipped="0"`));
    expect(junit).toContain('<testsuite name="direct upload"');
  }, 60_000);

  it('targets a given server read-only with credentials from the environment', async () => {
    const { stdout } = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--junit', join(dir, 'ro.xml')], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
    });
    expect(stdout).toContain('(read-only;');
    // this account is empty: what needs an image is reported as skipped, never as passed
    expect(stdout).toContain('○ read-only › details of the first image: skipped: the account has no images');
    expect(readFileSync(join(dir, 'ro.xml'), 'utf8')).toContain('<skipped message="the account has no images"/>');
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

  it.each([
    ['a malformed URL', `http://user:${TOKEN}@[::1`, '--base-url is not an absolute URL'],
    ['a URL with a password', () => server.baseUrl.replace('http://', `http://user:${TOKEN}@`), '--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN'],
    ['a URL with a user name', () => server.baseUrl.replace('http://', `http://${TOKEN}@`), '--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN'],
    ['a URL that is not http', `ftp://example.com/${TOKEN}`, '--base-url must be an http or https URL'],
  ])('refuses --base-url with %s: usage error, exit 2, the URL is not echoed', async (_name, url, message) => {
    const baseUrl = typeof url === 'function' ? url() : url;
    const failure = await run(tsx, [cli, '--base-url', baseUrl, '--account-id', server.accountId], { cwd: root, env: env({ CLOUDFLARE_API_TOKEN: 'x' }) }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(message);
    expect(failure.stderr).toContain('Usage: npm run contract');
    expect(failure.stdout + failure.stderr).not.toContain(TOKEN);
    expect(failure.stderr).not.toMatch(/ERR_INVALID_URL|ImagesConfigError|\n\s+at /);
  }, 60_000);

  it('an unexpected error is one line on stderr and exit 1, no stack trace', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--json', '/dev/null/r.json'], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/^contract: Error: E[A-Z]+: [^\n]*mkdir '\/dev\/null'\n$/);
  }, 60_000);

  it('exits 2 on bad usage', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl], { cwd: root, env: env({}) }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('--account-id (or CLOUDFLARE_ACCOUNT_ID) is required');
  }, 60_000);
});
