import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { DEFAULT_BOUNDS } from '../../src/core/bounded.js';
import { UsageError } from '../../src/contract/command/options.js';
import { parseRunCommand } from '../../src/contract/command/run-args.js';
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
  it('by default starts the local server, runs every phase, prints the seed and a table, writes JSON and JUnit, exits 0', async () => {
    const { stdout } = await run(tsx, [cli, '--max-examples', '3', '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml')], { cwd: root, env: env({}) });
    expect(stdout).toMatch(/Target: http:\/\/127\.0\.0\.1:\d+\/client\/v4 {2}\(run; reads and writes; phases examples,coverage,fuzz,stateful,model; run \w+; --seed -?\d+\)/);
    expect(stdout).toMatch(/│ operation\s+│ calls\s+│ statuses\s+│ checks passed\s+│ checks failed\s+│ responses exercised\s+│ median ms/);
    expect(stdout).toMatch(/^PASS: \d+ check outcomes over \d+ exchanges; 0 check × operation pairs failed/m);
    expect(stdout).toMatch(/cleanup: (\d+)\/\1 created resources deleted/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report).toMatchObject({ mode: 'run', passed: true, allowWrites: true, failures: [], cleanup: { leftBehind: [] } });
    expect(Number.isInteger(report.seed)).toBe(true);
    expect(report.summaries.length).toBeGreaterThan(0);
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(new RegExp(`<testsuites name="images contract [^"]+" tests="${report.summaries.length + 1}" failures="0"`));
    expect(junit).toMatch(/<testsuite name="cleanup" tests="1" failures="0">/);
    expect(junit).toContain('<testsuite name="response_schema_conformance"');
    expect(junit).toContain('<testcase classname="response_schema_conformance" name="uploadImage"');
  }, 120_000);

  it('targets a given server read-only with credentials from the environment: no write is sent', async () => {
    const { stdout } = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--max-examples', '2', '--json', join(dir, 'ro.json')], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
    });
    expect(stdout).toContain('(run; read-only;');
    const report = JSON.parse(readFileSync(join(dir, 'ro.json'), 'utf8'));
    // Every operation the run called (the per-operation table counts each exchange) is a read.
    const called: string[] = report.operations.map((o: { operationId: string }) => o.operationId);
    expect(called.length).toBeGreaterThan(5);
    expect(called.filter((op) => operations[op as OperationId].method !== 'GET')).toEqual([]);
    expect(report.cleanup).toBeUndefined();
    expect(stdout).not.toContain(TOKEN);
  }, 120_000);

  it('exits 1 when checks fail, without printing the secret', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--phases', 'examples', '--json', join(dir, 'bad.json')], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: 'wrong-SECRET' }),
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toMatch(/✗ ensure_resource_availability · listImagesV2/);
    expect(failure.stdout).toMatch(/HTTP 401/);
    expect(failure.stdout + failure.stderr + readFileSync(join(dir, 'bad.json'), 'utf8')).not.toContain('wrong-SECRET');
  }, 60_000);

  it('exits 2 when the target cannot be reached', async () => {
    const closed = await startImagesServer({ port: 0 });
    const url = closed.baseUrl;
    await closed.close();
    const failure = await run(tsx, [cli, '--base-url', url, '--account-id', server.accountId], { cwd: root, env: env({ CLOUDFLARE_API_TOKEN: TOKEN }) }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('cannot reach the target http://127.0.0.1:');
  }, 60_000);

  it('bad usage is exit 2 with the message and the help, and never echoes a URL', async () => {
    const url = server.baseUrl.replace('http://', `http://user:${TOKEN}@`);
    const failure = await run(tsx, [cli, '--base-url', url, '--account-id', server.accountId], { cwd: root, env: env({ CLOUDFLARE_API_TOKEN: 'x' }) }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN');
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
});

describe('the run command line', () => {
  const account = '023e105f4ecef8ad9ca31a8372d0c353';
  it.each([
    [['--phases', 'examples,bogus'], '--phases: unknown "bogus"'],
    [['--checks', 'pagination,nope'], '--checks: unknown "nope"'],
    [['--operations', 'getImage,getImages'], '--operations: unknown "getImages"'],
    [['--max-examples', '0'], '--max-examples must be at least 1'],
    [['--seed', 'abc'], '--seed must be an integer'],
    [['--rate-limit', 'fast'], '--rate-limit must be a positive number'],
    [['--request-timeout', '0'], '--request-timeout must be a positive number of seconds'],
    [['--max-body-bytes', '0'], '--max-body-bytes must be a whole number from 1 to 268435456'],
    [['--max-body-bytes', '32MB'], '--max-body-bytes must be a whole number from 1 to 268435456'],
    [['--max-body-bytes=-1'], '--max-body-bytes must be a whole number from 1 to 268435456'],
    [['--max-body-bytes', '1073741824'], '--max-body-bytes must be a whole number from 1 to 268435456'],
    [['--max-json-depth', '0'], '--max-json-depth must be a whole number from 1 to 1000'],
    [['--max-json-depth', '1001'], '--max-json-depth must be a whole number from 1 to 1000'],
    [['--max-json-depth', '2.5'], '--max-json-depth must be a whole number from 1 to 1000'],
    [['--nope'], "Unknown option '--nope'"],
    [['--base-url', 'http://127.0.0.1:1/client/v4'], '--account-id (or CLOUDFLARE_ACCOUNT_ID) is required'],
    [['--base-url', `http://user:${TOKEN}@[::1`, '--account-id', account], '--base-url is not an absolute URL'],
    [['--base-url', `http://${TOKEN}@127.0.0.1/client/v4`, '--account-id', account], '--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN'],
    [['--base-url', `ftp://example.com/${TOKEN}`, '--account-id', account], '--base-url must be an http or https URL'],
  ])('refuses %j', (args, message) => {
    let error: unknown;
    try {
      parseRunCommand(args, { CLOUDFLARE_API_TOKEN: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('reads phases, checks, limits and a live target with credentials from the environment', () => {
    const command = parseRunCommand(['--phases', 'coverage,stateful', '--checks', 'pagination', '--operations', 'getImage,listImagesV2', '--max-examples', '7', '--seed=-3', '--rate-limit', '2.5/s', '--request-timeout', '1.5', '--base-url', 'https://api.example.com/client/v4', '--json', 'r.json'], {
      CLOUDFLARE_API_TOKEN: 't',
      CLOUDFLARE_ACCOUNT_ID: account,
    });
    expect(command).toMatchObject({
      help: false,
      target: { baseUrl: 'https://api.example.com/client/v4', accountId: account, apiToken: 't' },
      options: { phases: ['coverage', 'stateful'], checks: ['pagination'], operations: ['getImage', 'listImagesV2'], maxExamples: 7, seed: -3, rateLimit: 2.5, requestTimeoutMs: 1500, allowWrites: false },
      files: { json: 'r.json' },
    });
    expect(parseRunCommand([], {}).target).toBeUndefined();
  });

  it('reads the body bounds, with the shared defaults (32 MB, 1000 levels) when they are not given', () => {
    expect(parseRunCommand(['--max-body-bytes', '1048576', '--max-json-depth', '64'], {}).options).toMatchObject({ maxBodyBytes: 1048576, maxJsonDepth: 64 });
    expect(parseRunCommand([], {}).options).toMatchObject({ maxBodyBytes: DEFAULT_BOUNDS.maxBodyBytes, maxJsonDepth: DEFAULT_BOUNDS.maxJsonDepth });
    expect(DEFAULT_BOUNDS).toEqual({ maxBodyBytes: 32 * 2 ** 20, maxJsonDepth: 1000 });
  });
});
