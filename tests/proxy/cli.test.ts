// `npm run contract -- proxy` as a CI job runs it: started in the background, the app's traffic
// sent to the printed URL, stopped by SIGTERM or after idle seconds, reports written — and the
// token in none of its output.
import type { ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main as proxyMain } from '../../src/contract/proxy/cli.js';
import { createImagesClient } from '../../src/index.js';
import { startImagesServer } from '../../src/server/index.js';
import { commandEnv, runCommand, runMain, spawnCommand } from './command.js';
import { ACCOUNT, paddedPng, TOKEN } from './helpers.js';

const sh = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'proxy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  baseUrl: string;
  output: { stdout: string; stderr: string };
  exit: Promise<number | null>;
}

const env = commandEnv({ CLOUDFLARE_API_TOKEN: TOKEN });

/** Starts the proxy command and resolves once it prints the URL to use. */
function startProxy(args: string[]): Promise<Running> {
  const child = spawnCommand(['proxy', ...args], env);
  const output = { stdout: '', stderr: '' };
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => (output.stderr += d));
    child.stdout!.on('data', (d) => {
      output.stdout += d;
      const url = /proxy listening on (\S+)/.exec(output.stdout)?.[1];
      if (url) resolve({ child, baseUrl: url, output, exit });
    });
    void exit.then((code) => reject(new Error(`the proxy exited (${code}) before listening: ${output.stderr}`)));
  });
}

const clientFor = (baseUrl: string) => createImagesClient({ baseUrl, accountId: ACCOUNT, apiToken: TOKEN, env: {}, maxRetries: 0 });

describe('npm run contract -- proxy', () => {
  it('in front of the embedded server: checks the traffic, exits after idle seconds, writes the reports', async () => {
    const [json, junit, html] = [join(dir, 'idle.json'), join(dir, 'idle.xml'), join(dir, 'idle.html')];
    const running = await startProxy(['--port', '0', '--exit-after', '1', '--json', json, '--junit', junit, '--html', html]);
    expect(running.output.stdout).toMatch(/embedded local Images server: account [0-9a-f]{32}/);
    const cf = clientFor(running.baseUrl);
    const image = await cf.images.v1.create({ file: paddedPng(4096) });
    await cf.images.v1.get(image.id);
    await fetch(`${running.baseUrl}/accounts/${ACCOUNT}/images/v1?per_page=5`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await running.exit).toBe(1);
    const { stdout, stderr } = running.output;
    expect(stdout).toMatch(
      /^Target: the embedded local Images server \(http:\/\/127\.0\.0\.1:\d+\/client\/v4\), behind the proxy — pass --upstream to check your own$/m,
    );
    expect(stdout).toMatch(/│ operation\s+│ calls\s+│ statuses\s+│ checks passed\s+│ checks failed\s+│ responses exercised\s+│ median ms/);
    expect(stdout).toMatch(/✗ request_conformance · listImages/);
    expect(stderr).toMatch(/proxy: GET \/client\/v4\/accounts\/[0-9a-f]+\/images\/v1 → 400 ✗ 1 violations \(request_conformance\)/);
    expect(stderr).toContain('proxy: stopping (1 s without traffic)');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ mode: 'proxy', embedded: true, passed: false });
    // The embedded server stopped with the proxy: reproductions send to $CLOUDFLARE_BASE_URL, and the report says so.
    const upstream = /embedded local Images server \((http:\/\/127\.0\.0\.1:\d+\/client\/v4)\)/.exec(stdout)![1];
    const curl: string = report.failures.find((f: { operationId: string }) => f.operationId === 'listImages').request.curl;
    expect(curl).toMatch(/ "\$CLOUDFLARE_BASE_URL"'\/accounts\/[0-9a-f]+\/images\/v1\?per_page=5'$/);
    expect(stdout + readFileSync(json, 'utf8')).not.toContain(`'${upstream}`);
    expect(stdout).toContain('Note: the upstream was the embedded local Images server, stopped with the proxy: the curl lines send to $CLOUDFLARE_BASE_URL;');
    // …and run as printed against a server that is there.
    const again = await startImagesServer({ port: 0, accountId: ACCOUNT, apiToken: TOKEN });
    try {
      const { stdout: answer } = await sh('sh', ['-c', curl], {
        env: { PATH: process.env.PATH, CLOUDFLARE_BASE_URL: again.baseUrl, CLOUDFLARE_API_TOKEN: TOKEN },
      });
      expect(JSON.parse(answer)).toMatchObject({ success: false, errors: [expect.objectContaining({ message: expect.stringContaining('per_page') })] });
    } finally {
      await again.close();
    }
    expect(readFileSync(html, 'utf8')).toContain('<article class="failure" data-check="request_conformance" data-operation="listImages">');
    expect(report.operations.map((o: { operationId: string }) => o.operationId)).toEqual(['getImage', 'listImages', 'uploadImage']);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuite name="request_conformance" tests="3" failures="1">/);
    for (const text of [stdout, stderr, readFileSync(json, 'utf8'), xml]) expect(text).not.toContain(TOKEN);
  }, 60_000);

  it('stops on SIGTERM, and passes when all traffic conformed', async () => {
    const running = await startProxy(['--fail-on-violation', '--quiet']);
    await clientFor(running.baseUrl).images.v1.stats.get();
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
    expect(running.output.stdout).toMatch(/PASS: \d+ check outcomes over 1 exchanges/);
    expect(running.output.stderr).toBe('proxy: stopping (SIGTERM)\n');
  }, 60_000);

  it('refuses an upstream URL with credentials in it, without echoing them: the message and where the help is', async () => {
    const { code, stderr } = await runCommand(['proxy', '--upstream', 'https://user:hunter2@api.example.test/client/v4'], env);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "--upstream must not contain credentials; the app's own requests carry them\nRun 'tsx src/contract/cli.ts proxy --help' for the options.\n",
    );
    expect(stderr).not.toContain('hunter2');
  }, 60_000);
});

describe('proxy options: bounds and the upstream timeout', () => {
  it.each([
    ['--max-body-bytes', '0', '--max-body-bytes must be a whole number from 1 to 268435456'],
    ['--max-body-bytes', '32MB', '--max-body-bytes must be a whole number from 1 to 268435456'],
    ['--max-json-depth', '1001', '--max-json-depth must be a whole number from 1 to 1000'],
    ['--max-parts', '0', '--max-parts must be a whole number from 1 to 100000'],
    ['--upstream-timeout', '0', '--upstream-timeout must be a positive number of seconds up to 3600, e.g. 30'],
    ['--upstream-timeout', 'soon', '--upstream-timeout must be a positive number of seconds up to 3600, e.g. 30'],
  ])('%s %s is a usage error (exit 2), nothing started', async (flag, value, message) => {
    const { code, stdout, stderr } = await runMain(proxyMain, ['--upstream', 'http://127.0.0.1:9/client/v4', flag, value]);
    expect(code).toBe(2);
    expect(stderr.split('\n', 1)[0]).toBe(message);
    expect(stdout).toBe('');
  });

  it('--help names each with its default', async () => {
    const { code, stdout } = await runMain(proxyMain, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--upstream-timeout <s> .*\n.*\(default 30\)/);
    expect(stdout).toMatch(/--max-body-bytes <n> .*\(default 33554432 = 32 MB\)/);
    expect(stdout).toMatch(/--max-json-depth <n> .*\(default and most: 1000\)/);
    expect(stdout).toMatch(/--max-parts <n> .*\(default 100\)/);
  });
});
