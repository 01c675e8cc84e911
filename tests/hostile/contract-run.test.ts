// `npm run contract` against a hostile peer (tests/helpers/hostile-peer.ts), one mode at a time:
// the command, in a child process with canary credentials, must end — no hang, no crash — with
// exit code 1 and a report whose failure names what the peer did; never send a credential to the
// origin a redirect points to; never print a canary (token, key, e-mail, signing-key value) to
// stdout, stderr, the JSON or the JUnit file; and stay within a stated peak RSS with bodies eight
// times the default --max-body-bytes, an endless one, and a gzip bomb.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contractCommand } from '../../src/contract/command/contract.js';
import { runContract } from '../../src/contract/command/run.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { CANARY, canariesIn, credentialHeadersIn, HOSTILE_MODES, rssGrowthDuring, startHostilePeer, type HostileMode } from '../helpers/hostile-peer.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'src/contract/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'hostile-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Peak RSS of the CLI with the default bounds against an endless body (measured: under 200 MB; read until the timeout, such a body takes it past 1 GB). */
const PEAK_RSS_LIMIT_MB = 320;

/** Writes the process's peak RSS (kB) to $PEAK_RSS_FILE when it exits. */
const PEAK_RSS_PRELOAD = `data:text/javascript,${encodeURIComponent("import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.PEAK_RSS_FILE,String(process.resourceUsage().maxRSS)))")}`;

/** --max-body-bytes of the in-process runs; the peer's bodies are 16 times as large, or endless. */
const BOUND = 4 * 2 ** 20;
const HUGE = 16 * BOUND;

/** What the report must say for each mode (the run's own words). */
const FAILURE: Record<HostileMode, RegExp> = {
  'cross-origin-redirect':
    /HTTP 307 redirect from GET http:\/\/127\.0\.0\.1:(\d+)\/client\/v4\/accounts\/\w+\/images\/v1\/keys to http:\/\/127\.0\.0\.1:(?!\1)\d+\/client\/v4\/accounts\/\w+\/images\/v1\/keys, a redirect listSigningKeys does not document: not followed/,
  'huge-body': /the body could not be read: the body is larger than (4|32) MB \(the bound on bodies read into memory\); --max-body-bytes sets it/,
  'gzip-bomb': /the body could not be read: the body is larger than (4|32) MB/,
  'deep-json': /the body could not be read: the JSON is nested deeper than 1000 levels \(the bound on JSON nesting\); --max-json-depth sets it/,
  'slow-drip': /no complete response: none within 0\.3 s/,
  'never-ending': /the body could not be read: the body is larger than (4|32) MB/,
  'invalid-utf8': /the body could not be read: the body is not valid UTF-8/,
  'huge-headers': /no complete response: TypeError: fetch failed \(Headers Overflow Error\)/,
  'reset-mid-body': /no complete response: TypeError: terminated \(other side closed\)/,
};

const ALL_CREDENTIALS = { CLOUDFLARE_API_TOKEN: CANARY.token, CLOUDFLARE_EMAIL: CANARY.email, CLOUDFLARE_API_KEY: CANARY.key };
const KEY_PAIR_ONLY = { CLOUDFLARE_EMAIL: CANARY.email, CLOUDFLARE_API_KEY: CANARY.key };

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  json: string;
  junit: string;
}

/**
 * The command's arguments against `baseUrl`: the fixtures' reads through the typed client, then one
 * operation's coverage phase (its boundary cases and every credential probe) over plain fetch;
 * reports to files.
 */
function argsFor(baseUrl: string, name: string, extra: readonly string[] = []) {
  const files = { json: join(dir, `${name}.json`), junit: join(dir, `${name}.xml`) };
  // Short for the drip (each request waits it out, three times for the typed client); elsewhere long enough for a loaded machine.
  const timeout = name === 'slow-drip' ? '0.3' : '5';
  const args = [
    '--base-url',
    baseUrl,
    '--account-id',
    CANARY.accountId,
    '--phases',
    'coverage',
    '--operations',
    'listSigningKeys',
    '--request-timeout',
    timeout,
    '--json',
    files.json,
    '--junit',
    files.junit,
    ...extra,
  ];
  return { args, files };
}

const readOr = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/** `npm run contract` in this process (the command the CLI runs), its output captured. */
async function contractInProcess(baseUrl: string, name: string, credentials: Record<string, string>): Promise<Outcome> {
  const { args, files } = argsFor(baseUrl, name, ['--max-body-bytes', String(BOUND)]);
  let stdout = '';
  let stderr = '';
  const code = await contractCommand(args, {
    env: credentials,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr, json: readOr(files.json), junit: readOr(files.junit) };
}

/** `npm run contract` as a child process (`node --import tsx src/contract/cli.ts`), with its peak RSS. */
function contractChild(baseUrl: string, name: string, credentials: Record<string, string>): Promise<Outcome & { peakRssMb: number }> {
  // Only the fixtures' reads: three 32 MB reads make the figure; more would only take time.
  const { args, files } = argsFor(baseUrl, name, ['--phases', 'examples']);
  const rssFile = join(dir, `${name}.rss`);
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLOUDFLARE_'))), ...credentials, PEAK_RSS_FILE: rssFile };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PEAK_RSS_PRELOAD, cli, ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b));
    child.stderr.on('data', (b: Buffer) => (stderr += b));
    const hang = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(hang);
      resolve({ code, stdout, stderr, json: readOr(files.json), junit: readOr(files.junit), peakRssMb: Number(readOr(rssFile)) / 1024 });
    });
  });
}

/** What every run against a hostile peer must show, whatever the mode. */
function expectFailedSafely(r: Outcome, mode: HostileMode): void {
  expect(r.stderr).not.toMatch(/RangeError|Cannot create a string|stack size|\n\s+at /);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toMatch(/^FAIL: /m);
  expect(r.stdout).not.toMatch(/^PASS: /m);
  const report = JSON.parse(r.json);
  expect(report.passed).toBe(false);
  expect(report.failures.map((f: { message?: string }) => f.message ?? '').join('\n')).toMatch(FAILURE[mode]);
  expect(r.stdout).toMatch(FAILURE[mode]);
  expect(r.junit).toMatch(/<testsuites [^>]* failures="[1-9]/);
  expect(canariesIn([r.stdout, r.stderr, r.json, r.junit].join('\n'))).toEqual([]);
}

/** RSS growth allowed for one in-process run (a 4 MB bound); a 64 MB body read whole and decoded takes it past 128 MB. */
const RSS_GROWTH_LIMIT_MB = 64;

describe('npm run contract against a hostile peer', () => {
  const measured: string[] = [];
  afterAll(() => console.info(`RSS growth per mode (MB): ${measured.join(', ')}`));

  it.each(HOSTILE_MODES)(
    '%s: exit 1 with the failure in every report, no credential elsewhere, no canary anywhere, bounded memory',
    async (mode) => {
      const peer = await startHostilePeer(mode, { redirectStatus: 307, hugeBytes: HUGE });
      try {
        const { result: run, growth } = await rssGrowthDuring(() => contractInProcess(peer.baseUrl, mode, ALL_CREDENTIALS));
        expectFailedSafely(run, mode);
        if (mode === 'cross-origin-redirect') {
          // Without a token the typed client sends the key pair too: the redirect must not take it along either.
          expectFailedSafely(await contractInProcess(peer.baseUrl, `${mode}-key-pair`, KEY_PAIR_ONLY), mode);
        }
        expect(peer.received.length).toBeGreaterThan(0);
        expect(credentialHeadersIn(peer.elsewhere)).toEqual([]);
        // Nothing is followed at all: the other origin never hears of the run.
        expect(peer.elsewhere).toEqual([]);
        measured.push(`${mode} ${(growth / 2 ** 20).toFixed(0)}`);
        expect(growth / 2 ** 20).toBeLessThan(RSS_GROWTH_LIMIT_MB);
      } finally {
        await peer.close();
      }
    },
    60_000,
  ); // slow-drip: every request waits out its timeout, and the typed client's fixture reads retry with backoff

  it('the CLI itself, against an endless body: exit 1, the report, no canary, and a bounded peak RSS', async () => {
    const peer = await startHostilePeer('never-ending');
    try {
      const run = await contractChild(peer.baseUrl, 'cli-never-ending', ALL_CREDENTIALS);
      expectFailedSafely(run, 'never-ending');
      console.info(`CLI against never-ending: peak RSS ${run.peakRssMb.toFixed(0)} MB`);
      expect(run.peakRssMb).toBeGreaterThan(0);
      expect(run.peakRssMb).toBeLessThan(PEAK_RSS_LIMIT_MB);
    } finally {
      await peer.close();
    }
  }, 30_000);
});

describe('a signing-key value outside the place the spec gives it', () => {
  const V = CANARY.signingKey;
  const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });
  /** Wrong shapes of the keys operations' answers, each with the canary signing-key value somewhere the spec does not put it. */
  const SHAPES: [string, { status?: number; contentType?: string; body: unknown }][] = [
    ['keys as a name→value map', { body: envelope({ keys: { default: V } }) }],
    ['the list as the result itself', { body: envelope([{ name: 'default', value: V }]) }],
    ['keys as [name, value] pairs', { body: envelope({ keys: [['default', V]] }) }],
    ['the value as a property name', { body: envelope({ keys: { [V]: 'default' } }) }],
    ['keys as one string', { body: envelope({ keys: V }) }],
    ['a map, labelled text/plain', { contentType: 'text/plain', body: envelope({ keys: { default: V } }) }],
    [
      'a map in an error answer (HTTP 500)',
      { status: 500, body: { success: false, errors: [{ code: 1000, message: 'failed' }], messages: [], result: { keys: { default: V } } } },
    ],
  ];

  /** Answers the keys operations (list, create, delete) in `shape`; anything else is a 404 envelope. */
  async function keysServer(shape: { status?: number; contentType?: string; body: unknown }) {
    const server = createServer((req, res) => {
      req.resume();
      if (/\/images\/v1\/keys(\/|$|\?)/.test(req.url ?? ''))
        return void res.writeHead(shape.status ?? 200, { 'content-type': shape.contentType ?? 'application/json' }).end(JSON.stringify(shape.body));
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ success: false, errors: [{ code: 7003, message: 'No route' }], messages: [], result: null }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  it.each(SHAPES)('%s: the run fails, and no report (terminal, JSON, JUnit) shows the value', async (_name, shape) => {
    const server = await keysServer(shape);
    try {
      const target = { baseUrl: server.baseUrl, accountId: CANARY.accountId, apiToken: CANARY.token };
      const report = await runContract(target, {
        phases: ['examples', 'coverage'],
        operations: ['listSigningKeys', 'createSigningKey', 'deleteSigningKey'],
        allowWrites: true,
        requestTimeoutMs: 5000,
      });
      expect(report.passed).toBe(false);
      // The keys answers were checked, and their failures reported.
      expect(report.failures.filter((f) => /SigningKey/.test(f.operationId)).length).toBeGreaterThan(0);
      const outputs = [toJson(report), toJUnit(report), renderReport(report)].join('\n');
      expect(canariesIn(outputs)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
