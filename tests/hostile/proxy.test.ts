// The validating proxy in front of a hostile upstream (tests/helpers/hostile-peer.ts), one proxy
// process per mode, run as CI runs it: an app request with canary credentials goes through, and
// the proxy keeps running, answers the app without resetting it, ends with a report that lists the
// exchange as a failure (never a pass) and exits 1 on SIGTERM without hanging; no canary reaches
// its output, log, JSON or JUnit; the other origin of a redirect gets nothing; its memory peak
// (VmHWM of its process) stays bounded.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contract/model/report.js';
import { CANARY, canariesIn, credentialHeadersIn, HOSTILE_MODES, startHostilePeer, type HostileMode } from '../helpers/hostile-peer.js';
import { peakRssOf, spawnNodeCommand } from '../proxy/command.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { envelope, proxiedScript, reportOf } from '../proxy/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'hostile-proxy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const IMAGE = 'hostile-image-1';
const PATH = `/accounts/${CANARY.accountId}/images/v1/${IMAGE}`;
const CREDENTIALS = { authorization: `Bearer ${CANARY.token}`, 'x-auth-email': CANARY.email, 'x-auth-key': CANARY.key };
/** --upstream-timeout per mode: short where the answer never completes, generous where a slow machine must not cut it. */
const TIMEOUT_S = (mode: HostileMode) => (mode === 'slow-drip' || mode === 'never-ending' ? 2 : 20);
/**
 * The proxy process's peak RSS under any mode, with the default bounds: its ~110 MB at rest, a JSON
 * body kept up to 32 MB and decoded within 32 MB, and room for the machine's noise. Measured:
 * README "Reliability".
 */
const PEAK_RSS_LIMIT = 300 * 1024 * 1024;

/** What the report says of each mode's exchange: the check that fails and why. */
const EXPECTED: Record<HostileMode, { check: string; message: RegExp; appStatus: number | number[] }> = {
  'cross-origin-redirect': {
    check: 'status_code_conformance',
    message: new RegExp(
      `^status 307 is not documented for getImage \\(documented: [^)]+\\): a redirect from http://127\\.0\\.0\\.1:\\d+/client/v4${PATH} to http://127\\.0\\.0\\.1:\\d+/client/v4${PATH} \\(another origin\\)$`,
    ),
    appStatus: 307,
  },
  'huge-body': {
    check: 'response_schema_conformance',
    message: /^not checked: the body is larger than 32 MB \(the bound on bodies read into memory\)/,
    appStatus: 200,
  },
  'gzip-bomb': {
    check: 'response_schema_conformance',
    message: /^not checked: the body is larger than 32 MB \(the bound on bodies read into memory\)$/,
    appStatus: 200,
  },
  'deep-json': { check: 'response_schema_conformance', message: /^not checked: the JSON is nested deeper than 1000 levels/, appStatus: 200 },
  'slow-drip': {
    check: 'response_schema_conformance',
    message: /^not checked: the upstream's answer did not complete within 2 s \(--upstream-timeout\)$/,
    appStatus: 504,
  },
  // Streaming once past 32 MB, then cut at the timeout; a machine too busy to get there by then answers 504.
  'never-ending': { check: 'response_schema_conformance', message: /did not complete within 2 s \(--upstream-timeout\)$/, appStatus: [200, 504] },
  'invalid-utf8': { check: 'response_schema_conformance', message: /^not checked: the body is not valid UTF-8/, appStatus: 200 },
  'huge-headers': {
    check: 'status_code_conformance',
    message: /^no readable answer: its response head is over 16 KB, the most the proxy reads \(HPE_HEADER_OVERFLOW\)$/,
    appStatus: 502,
  },
  'reset-mid-body': { check: 'response_schema_conformance', message: /^not checked: the body broke off/, appStatus: 502 },
};

interface AppResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
  sha256: string;
  /** Set when the connection broke before the body's end. */
  broken?: string;
}

/** The app's request as its HTTP client sends it: no redirect followed, no decompression, the body read to its end. */
function appRequest(url: string): Promise<AppResult> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: CREDENTIALS, timeout: 20_000 }, (res) => {
      const hash = createHash('sha256');
      let bytes = 0;
      const done = (broken?: string) =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, sha256: hash.digest('hex'), ...(broken ? { broken } : {}) });
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      res.once('end', () => done());
      res.once('error', (error) => done((error as NodeJS.ErrnoException).code ?? error.message));
    });
    req.once('timeout', () => req.destroy(new Error('the app got no answer in 20 s')));
    req.once('error', reject);
    req.end();
  });
}

interface ProxyRun {
  app: AppResult;
  code: number | null;
  stdout: string;
  stderr: string;
  json: string;
  junit: string;
  report: Report;
  peakRss: number;
  /** Whether the proxy process was still running once the exchange was over. */
  aliveAfterExchange: boolean;
}

/** The proxy command in front of `upstream`, one app request through it, then SIGTERM. */
async function throughProxy(mode: HostileMode, upstream: string): Promise<ProxyRun> {
  const [jsonFile, junitFile] = [join(dir, `${mode}.json`), join(dir, `${mode}.xml`)];
  const child = spawnNodeCommand(['proxy', '--upstream', upstream, '--upstream-timeout', String(TIMEOUT_S(mode)), '--json', jsonFile, '--junit', junitFile]);
  const output = { stdout: '', stderr: '' };
  child.stderr!.on('data', (d) => (output.stderr += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output.stdout += d;
      const url = /proxy listening on (\S+)/.exec(output.stdout)?.[1];
      if (url) resolve(url);
    });
    void exit.then((code) => reject(new Error(`the proxy exited (${code}) before listening: ${output.stderr}`)));
  });
  try {
    const app = await appRequest(`${baseUrl}${PATH}`);
    const aliveAfterExchange = child.exitCode === null && child.signalCode === null;
    const peakRss = await peakRssOf(child.pid!);
    child.kill('SIGTERM');
    const code = await Promise.race([
      exit,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the proxy did not stop within 15 s of SIGTERM')), 15_000)),
    ]);
    const [json, junit] = [readFileSync(jsonFile, 'utf8'), readFileSync(junitFile, 'utf8')];
    return { app, code, ...output, json, junit, report: JSON.parse(json), peakRss, aliveAfterExchange };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); // a proxy that hung is not left behind
  }
}

describe('the proxy with a hostile upstream', () => {
  it.concurrent.each(HOSTILE_MODES)(
    '%s: a failure in the report, an answer for the app, no canary, bounded memory',
    async (mode) => {
      // The body past the 32 MB bound; the gzip bomb inflates to 256 MB from about 256 KB.
      const peer = await startHostilePeer(mode, mode === 'huge-body' ? { hugeBytes: 48 * 1024 * 1024 } : {});
      try {
        const run = await throughProxy(mode, peer.baseUrl);
        const expected = EXPECTED[mode];
        expect(run.aliveAfterExchange).toBe(true);
        expect(run.code).toBe(1);
        expect(run.report.passed).toBe(false);
        expect(run.report.failures).toContainEqual(
          expect.objectContaining({ check: expected.check, operationId: 'getImage', message: expect.stringMatching(expected.message) }),
        );
        expect(run.report.summaries.find((s) => s.check === expected.check && s.operationId === 'getImage')).toMatchObject({ passed: 0, failed: 1 });
        expect(run.stderr).toMatch(new RegExp(`proxy: GET /client/v4${PATH} → \\S+( \\S+)? ✗ \\d+ violations \\(.*${expected.check}`));
        expect(run.stdout).toMatch(/^FAIL: /m);
        expect(run.junit).toMatch(new RegExp(`<testsuite name="${expected.check}" tests="1" failures="1">`));

        // The app gets an answer: the upstream's, or the proxy's envelope; only a never-ending body is cut (at the timeout).
        expect([expected.appStatus].flat()).toContain(run.app.status);
        if (mode === 'never-ending' && run.app.status === 200) expect(run.app.broken).toBeDefined();
        else expect(run.app.broken).toBeUndefined();
        if (mode === 'gzip-bomb') expect(run.app.bytes).toBe(Number(run.app.headers['content-length'])); // the gzip bytes as they came
        if (mode === 'cross-origin-redirect') expect(run.app.headers.location).toBe(`${peer.elsewhereUrl}${PATH}`);
        if (run.app.status >= 502) expect(run.app.headers['x-cf-images-violations']).toContain(expected.check);

        // The credentials went to the upstream the app chose, and nowhere else; no output holds them.
        expect(peer.received).toHaveLength(1);
        expect(credentialHeadersIn(peer.received)).toEqual(['authorization', 'x-auth-key', 'x-auth-email']);
        expect(peer.elsewhere).toEqual([]);
        expect(credentialHeadersIn(peer.elsewhere)).toEqual([]);
        expect(canariesIn([run.stdout, run.stderr, run.json, run.junit].join('\n'))).toEqual([]);

        expect(run.peakRss).toBeLessThan(PEAK_RSS_LIMIT);
        console.info(`proxy peak RSS, ${mode}: ${Math.round(run.peakRss / (1024 * 1024))} MB`);
      } finally {
        await peer.close();
      }
    },
    60_000,
  );
});

describe('a request the proxy cannot walk', () => {
  it('JSON nested 20 000 deep in a request body: a request_conformance failure naming the bound, the app answered, nothing missing', async () => {
    const { proxy, received } = await proxiedScript((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ id: IMAGE })));
    const deep = `{"metadata":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const response = await fetch(`${proxy.baseUrl}${PATH}`, { method: 'PATCH', headers: { ...CREDENTIALS, 'content-type': 'application/json' }, body: deep });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(received).toEqual([expect.objectContaining({ method: 'PATCH', size: deep.length })]);
    const report = await reportOf(proxy);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'request_conformance',
        operationId: 'updateImage',
        message: 'not checked: the JSON is nested deeper than 1000 levels (the bound on JSON nesting)',
        received: { pointer: '/body' },
      }),
    ]);
    expect(report.operations).toEqual([expect.objectContaining({ operationId: 'updateImage', calls: 1, statuses: [200] })]);
    expect(report.passed).toBe(false);
  });
});

describe('an upstream that echoes the credentials it was sent', () => {
  it('in a redirect, a header and a field: the report names the violations without the values', async () => {
    const { proxy } = await proxiedScript((req, res) => {
      const token = String(req.headers.authorization).replace('Bearer ', '');
      if (req.url!.endsWith('/stats'))
        return res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': token })
          .end(JSON.stringify({ success: false, errors: [{ code: 971, message: 'slow' }], messages: [], result: null }));
      if (req.url!.endsWith('/keys'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ keys: [{ name: String(req.headers['x-auth-key']), value: 'v' }] }));
      res.writeHead(302, { location: `https://elsewhere.example.test/${token}/${req.headers['x-auth-email']}` }).end();
    });
    for (const path of ['/images/v1/stats', '/images/v1/keys', `/images/v1/${IMAGE}`]) {
      const response = await fetch(`${proxy.baseUrl}/accounts/${CANARY.accountId}${path}`, { headers: CREDENTIALS, redirect: 'manual' });
      await response.arrayBuffer();
    }
    const report = await reportOf(proxy);
    expect(report.failures.map((f) => [f.check, f.operationId])).toEqual(
      expect.arrayContaining([
        ['response_headers_conformance', 'getImageStats'],
        ['response_schema_conformance', 'listSigningKeys'],
        ['status_code_conformance', 'getImage'],
      ]),
    );
    expect(report.failures.find((f) => f.operationId === 'getImage')!.message).toMatch(
      /a redirect from \S+ to https:\/\/elsewhere\.example\.test\/\[redacted\]\/\[redacted\] \(another origin\)$/,
    );
    for (const text of [toJson(report), toJUnit(report), renderReport(report)]) expect(canariesIn(text)).toEqual([]);
  });
});
