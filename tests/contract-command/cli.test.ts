import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  it('by default starts the local server, says so first, runs every phase, prints the seed, a table and each check by name, writes JSON, JUnit and HTML, exits 0', async () => {
    const { stdout, stderr } = await run(
      tsx,
      [cli, '--max-examples', '3', '--json', join(dir, 'r.json'), '--junit', join(dir, 'r.xml'), '--html', join(dir, 'r.html')],
      { cwd: root, env: env({}) },
    );
    const [first, second] = stdout.split('\n');
    expect(first).toMatch(/^Target: the embedded local Images server \(http:\/\/127\.0\.0\.1:\d+\/client\/v4\) — pass --base-url to check your own$/);
    expect(second).toMatch(/^Run \w+: reads and writes; phases examples, coverage, fuzz, stateful, model; --seed -?\d+$/);
    expect(stdout).toMatch(/│ operation\s+│ calls\s+│ statuses\s+│ checks passed\s+│ checks failed\s+│ responses exercised\s+│ median ms/);
    // Compact: one rule under the head, none between the rows.
    expect(stdout.split('\n').filter((l) => l.startsWith('├'))).toHaveLength(1);
    // Which documented responses were not exercised, by key.
    expect(stdout).toMatch(/│ getImageStats\s+│.*│ \d+\/\d+ \(not: [^)]*429[^)]*\)\s+│/);
    // Each check by name, with its outcome.
    expect(stdout).toMatch(/^Checks:$/m);
    expect(stdout).toMatch(/^ {2}✓ response_schema_conformance +\d+ passed on 17 operations$/m);
    expect(stdout).toMatch(/^ {2}✓ pagination +\d+ passed on listImages, listImagesV2$/m);
    expect(stdout).toMatch(/^PASS: \d+ check outcomes over \d+ exchanges; 0 check × operation pairs failed/m);
    expect(stdout).toMatch(/cleanup: (\d+)\/\1 created resources deleted/);
    // Not a terminal: the target first, then a line per phase with the requests so far and the time.
    const progress = stderr.split('\n');
    expect(progress[0]).toBe(first);
    for (const phase of ['fixtures', 'examples', 'coverage', 'fuzz', 'stateful', 'model', 'cleanup'])
      expect(stderr).toMatch(new RegExp(`^contract: \\[\\d+\\.\\d s\\] ${phase} \\(\\d+ requests so far\\)$`, 'm'));
    expect(progress.at(-2)).toMatch(/^contract: \[\d+\.\d s\] done: \d+ requests$/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report).toMatchObject({ mode: 'run', embedded: true, passed: true, allowWrites: true, failures: [], cleanup: { leftBehind: [] } });
    expect(Number.isInteger(report.seed)).toBe(true);
    expect(report.summaries.length).toBeGreaterThan(0);
    const junit = readFileSync(join(dir, 'r.xml'), 'utf8');
    expect(junit).toMatch(new RegExp(`<testsuites name="images contract [^"]+" tests="${report.summaries.length + 1}" failures="0"`));
    expect(junit).toMatch(/<testsuite name="cleanup" tests="1" failures="0">/);
    expect(junit).toContain('<testsuite name="response_schema_conformance"');
    // Each check × operation timed: the latencies of the exchanges it judged.
    const time = (check: string, op: string) => Number(new RegExp(`<testcase classname="${check}" name="${op}" time="([0-9.]+)"`).exec(junit)?.[1]);
    expect(time('response_schema_conformance', 'uploadImage')).toBeGreaterThan(0);
    expect(time('pagination', 'listImagesV2')).toBeGreaterThan(0);
    expect(time('pagination', 'listImagesV2')).toBeLessThan(time('response_schema_conformance', 'listImagesV2'));
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<tr data-check="pagination">');
  }, 120_000);

  it('targets a given server read-only with credentials from the environment: no write is sent', async () => {
    const { stdout } = await run(
      tsx,
      [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--max-examples', '2', '--json', join(dir, 'ro.json')],
      {
        cwd: root,
        env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
      },
    );
    expect(stdout).toMatch(/^Target: http:\/\/127\.0\.0\.1:\d+\/client\/v4\nRun \w+: read-only; phases /);
    const report = JSON.parse(readFileSync(join(dir, 'ro.json'), 'utf8'));
    // Every operation the run called (the per-operation table counts each exchange) is a read.
    const called: string[] = report.operations.map((o: { operationId: string }) => o.operationId);
    expect(called.length).toBeGreaterThan(5);
    expect(called.filter((op) => operations[op as OperationId].method !== 'GET')).toEqual([]);
    expect(report.cleanup).toBeUndefined();
    expect(stdout).not.toContain(TOKEN);
  }, 120_000);

  it('stops at the first refused valid request when the credentials are wrong: exit 2, one line, nothing else sent', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--json', join(dir, 'bad.json')], {
      cwd: root,
      env: env({ CLOUDFLARE_API_TOKEN: 'wrong-SECRET' }),
    }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe('');
    expect(failure.stderr).toMatch(
      /^contract: the target refused the run's credentials \(HTTP 401 to GET http:\/\/127\.0\.0\.1:\d+\/client\/v4\/accounts\/\w+\/images\/v2\?per_page=10: \d+ [^)]+\): check CLOUDFLARE_API_TOKEN \(or CLOUDFLARE_EMAIL \+ CLOUDFLARE_API_KEY\) \/ --account-id$/m,
    );
    expect(failure.stderr).not.toMatch(/✗|examples|coverage/);
    expect(failure.stdout + failure.stderr).not.toContain('wrong-SECRET');
    expect(existsSync(join(dir, 'bad.json'))).toBe(false);
  }, 60_000);

  it('sends no more than the refused request and the reachability probe to a target that refuses the credentials', async () => {
    let requests = 0;
    const refusing = createServer((req, res) => {
      requests++;
      res
        .writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ success: false, errors: [{ code: 10000, message: 'Authentication error' }], messages: [], result: null }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/client/v4`;
      const failure = await run(tsx, [cli, '--base-url', base, '--account-id', server.accountId, '--allow-writes', '--quiet'], {
        cwd: root,
        env: env({ CLOUDFLARE_API_TOKEN: TOKEN }),
      }).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toMatch(
        /^contract: the target refused the run's credentials \(HTTP 403 to POST http:\/\/127\.0\.0\.1:\d+\/client\/v4\/accounts\/\w+\/images\/v1: 10000 Authentication error\): check CLOUDFLARE_API_TOKEN/,
      );
      expect(failure.stderr.trim().split('\n')).toHaveLength(1);
      expect(requests).toBe(2);
    } finally {
      await new Promise((resolve) => refusing.close(resolve));
    }
  }, 60_000);

  it('--checks sends what the chosen checks need: no phase that records only others, only the operations it called', async () => {
    const { stdout } = await run(tsx, [cli, '--checks', 'pagination', '--json', join(dir, 'pagination.json'), '--quiet'], { cwd: root, env: env({}) });
    const report = JSON.parse(readFileSync(join(dir, 'pagination.json'), 'utf8'));
    expect(report.phases).toEqual(['stateful']);
    expect(new Set(report.summaries.map((s: { check: string }) => s.check))).toEqual(new Set(['pagination']));
    const calls = report.operations.reduce((n: number, o: { calls: number }) => n + o.calls, 0);
    expect(calls).toBeLessThan(120);
    expect(report.operations.map((o: { operationId: string }) => o.operationId)).not.toContain('getImageStats');
    expect(stdout).toMatch(/^ {2}✓ pagination +\d+ passed on listImages, listImagesV2$/m);
    expect(stdout).toContain('phases stateful;');
  }, 60_000);

  it('exits 2 when the target cannot be reached, saying why', async () => {
    const closed = await startImagesServer({ port: 0 });
    const url = closed.baseUrl;
    await closed.close();
    const failure = await run(tsx, [cli, '--base-url', url, '--account-id', server.accountId], { cwd: root, env: env({ CLOUDFLARE_API_TOKEN: TOKEN }) }).catch(
      (e) => e,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(
      /^contract: cannot reach the target http:\/\/127\.0\.0\.1:\d+: the connection was refused \(nothing listens on that port\)\n$/,
    );
  }, 60_000);

  it('bad usage is exit 2 with the message and one line pointing to --help (as invoked), and never echoes a URL', async () => {
    const url = server.baseUrl.replace('http://', `http://user:${TOKEN}@`);
    const failure = await run(tsx, [cli, '--base-url', url, '--account-id', server.accountId], { cwd: root, env: env({ CLOUDFLARE_API_TOKEN: 'x' }) }).catch(
      (e) => e,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe(
      "--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)\nRun 'tsx src/contract/cli.ts --help' for the options.\n",
    );
    expect(failure.stdout + failure.stderr).not.toContain(TOKEN);
    // Under npm, it is named as npm runs it.
    const npm = { cwd: root, env: env({ npm_lifecycle_event: 'contract', npm_lifecycle_script: 'tsx src/contract/cli.ts' }) };
    const unknown = await run(tsx, [cli, '--nope'], npm).catch((e) => e);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown option '--nope'.*\nRun 'npm run contract -- --help' for the options\.\n$/);
    const help = await run(tsx, [cli, '--help'], npm);
    expect(help.stdout).toContain('Usage: npm run contract -- [options]\n       npm run contract -- proxy --help');
  }, 60_000);

  it('an unexpected error is one line on stderr and exit 1, no stack trace', async () => {
    const failure = await run(tsx, [cli, '--base-url', server.baseUrl, '--account-id', server.accountId, '--quiet', '--json', '/dev/null/r.json'], {
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
    const command = parseRunCommand(
      [
        '--phases',
        'coverage,stateful',
        '--checks',
        'pagination',
        '--operations',
        'getImage,listImagesV2',
        '--max-examples',
        '7',
        '--seed=-3',
        '--rate-limit',
        '2.5/s',
        '--request-timeout',
        '1.5',
        '--base-url',
        'https://api.example.com/client/v4',
        '--json',
        'r.json',
      ],
      {
        CLOUDFLARE_API_TOKEN: 't',
        CLOUDFLARE_ACCOUNT_ID: account,
      },
    );
    expect(command).toMatchObject({
      help: false,
      target: { baseUrl: 'https://api.example.com/client/v4', accountId: account, apiToken: 't' },
      options: {
        phases: ['coverage', 'stateful'],
        checks: ['pagination'],
        operations: ['getImage', 'listImagesV2'],
        maxExamples: 7,
        seed: -3,
        rateLimit: 2.5,
        requestTimeoutMs: 1500,
        allowWrites: false,
      },
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
