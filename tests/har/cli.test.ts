// `npm run contract -- check-har <file.har>`: exit codes, the terminal table, --json and --junit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as checkHarMain } from '../../src/contract/har/cli.js';
import { createImagesClient } from '../../src/index.js';
import { startImagesServer } from '../../src/server/index.js';
import { runCommand, runMain } from '../proxy/command.js';
import { harRecorder } from './recorder.js';

const dir = mkdtempSync(join(tmpdir(), 'check-har-'));
const TOKEN = 'har-cli-SECRET-token';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const checkHar = (...args: string[]) => runCommand(['check-har', ...args]);

describe('npm run contract -- check-har', () => {
  it('checks a recorded file: 0 when it conforms, 1 when it does not, with the reports', async () => {
    const server = await startImagesServer({ port: 0, apiToken: TOKEN });
    const recorder = harRecorder();
    const cf = createImagesClient({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN, env: {}, fetch: recorder.fetch });
    await cf.images.v1.stats.get();
    await cf.images.v1.variants.list();
    await server.close();
    const har = JSON.parse(recorder.har());
    for (const entry of har.log.entries) entry.time = 25;
    har.log.entries.push({ ...har.log.entries[0], request: { method: 'GET', url: 'http://127.0.0.1/favicon.ico', headers: [] } });
    const good = join(dir, 'good.har');
    writeFileSync(good, JSON.stringify(har));
    const ok = await checkHar(good, '--json', join(dir, 'good.json'), '--junit', join(dir, 'good.xml'), '--html', join(dir, 'good.html'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 entries are not Images API calls and were left out');
    expect(ok.stdout).toMatch(/^Target: .*good\.har\nRun \w+: the traffic recorded in the HAR file$/m);
    expect(ok.stdout).toMatch(/^ {2}✓ request_conformance +2 passed on getImageStats, listVariants$/m);
    expect(ok.stdout).toMatch(/^ {2}○ prism_violations +not exercised/m);
    expect(ok.stdout).toMatch(/PASS: \d+ check outcomes over 2 exchanges/);
    expect(JSON.parse(readFileSync(join(dir, 'good.json'), 'utf8'))).toMatchObject({ mode: 'har', passed: true });
    const junit = readFileSync(join(dir, 'good.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite name="request_conformance" tests="2" failures="0">/);
    // Timed: every check judges every exchange of the operation, so each case takes the operation's recorded time.
    expect(junit).toContain('<testcase classname="request_conformance" name="getImageStats" time="0.025">');
    expect(readFileSync(join(dir, 'good.html'), 'utf8')).toMatch(/<tr data-check="request_conformance">.*data-operation="getImageStats"[^>]*>✓ 1</s);

    har.log.entries[0].response.status = 299;
    const bad = join(dir, 'bad.har');
    writeFileSync(bad, JSON.stringify(har));
    const failed = await checkHar(bad);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/✗ status_code_conformance · getImageStats/);
    for (const out of [ok.stdout, ok.stderr, failed.stdout, readFileSync(join(dir, 'good.json'), 'utf8')]) expect(out).not.toContain(TOKEN);
  }, 60_000);

  it('exits 2 for a file that is not HAR, or no file', async () => {
    const notHar = join(dir, 'not.har');
    writeFileSync(notHar, '{"hello":1}');
    const wrong = await checkHar(notHar);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/not\.har is not a HAR file the checks can read: the file has no log.entries array/);
    const none = await checkHar();
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("check-har takes one HAR file\nRun 'tsx src/contract/cli.ts check-har --help' for the options.\n");
  }, 60_000);
});

describe('check-har options: the bounds', () => {
  it.each([
    ['--max-body-bytes', '-1', /^Option '--max-body-bytes' argument is ambiguous/],
    ['--max-body-bytes', '268435457', /^--max-body-bytes must be a whole number from 1 to 268435456$/],
    ['--max-json-depth', '0', /^--max-json-depth must be a whole number from 1 to 1000$/],
    ['--max-parts', '1.5', /^--max-parts must be a whole number from 1 to 100000$/],
  ])('%s %s is a usage error (exit 2)', async (flag, value, message) => {
    const { code, stderr } = await runMain(checkHarMain, ['traffic.har', flag, value]);
    expect(code).toBe(2);
    expect(stderr.split('\n', 1)[0]).toMatch(message);
  });

  it('--help names each with its default', async () => {
    const { code, stdout } = await runMain(checkHarMain, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--max-body-bytes <n> .*\(default 33554432 = 32 MB\)/);
    expect(stdout).toMatch(/--max-json-depth <n> .*\(default and most: 1000\)/);
    expect(stdout).toMatch(/--max-parts <n> .*\(default 100\)/);
  });
});
