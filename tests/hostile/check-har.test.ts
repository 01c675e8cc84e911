// check-har over HAR files a hostile recording would hold, built from the hostile-peer modes: a body
// past the bound, a base64 bomb and a gzip bomb, JSON nested 20 000 deep (response and request),
// invalid UTF-8, a relative URL, thousands of multipart parts, a cross-origin redirect, a reset
// (no response) — all with canary credentials, and a canary signing key in a keys response. There is
// a report every time, each entry failed or not checked (never passed), the other entries checked,
// and no canary in any output.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHar } from '../../src/contract/har/check-har.js';
import type { HarEntry } from '../../src/contract/har/har-file.js';
import { responseExamples } from '../../src/contract/index.js';
import type { Report } from '../../src/contract/model/report.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { CANARY, canariesIn, rssGrowthDuring } from '../helpers/hostile-peer.js';
import { runCommand } from '../proxy/command.js';

const dir = mkdtempSync(join(tmpdir(), 'hostile-har-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const API = `https://api.cloudflare.com/client/v4/accounts/${CANARY.accountId}`;
const OTHER = 'https://elsewhere.example.test/client/v4';
const BOUND = 1024 * 1024; // --max-body-bytes of the command run: the bodies past it stay small
const ENVELOPE_HEAD = '{"success":true,"errors":[],"messages":[],"result":';
const credentials = [
  { name: 'authorization', value: `Bearer ${CANARY.token}` },
  { name: 'x-auth-email', value: CANARY.email },
  { name: 'x-auth-key', value: CANARY.key },
];

const example = (operationId: string): any => structuredClone(responseExamples().find((e) => e.operationId === operationId && e.status === '200')!.value);

interface EntryInit {
  method?: string;
  url: string;
  status?: number;
  responseHeaders?: { name: string; value: string }[];
  text?: string;
  encoding?: 'base64';
  postData?: NonNullable<HarEntry['request']['postData']>;
}

function entry({ method = 'GET', url, status = 200, responseHeaders = [], text, encoding, postData }: EntryInit): HarEntry {
  return {
    startedDateTime: new Date().toISOString(),
    time: 12,
    request: {
      method,
      url,
      headers: [...credentials, ...(postData?.mimeType ? [{ name: 'content-type', value: postData.mimeType }] : [])],
      ...(postData ? { postData } : { bodySize: 0 }),
    },
    response: {
      status,
      headers: [{ name: 'content-type', value: 'application/json' }, ...responseHeaders],
      content: { mimeType: 'application/json', ...(text === undefined ? {} : { text }), ...(encoding ? { encoding } : {}) },
    },
  };
}

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const parts = (n: number) => `${Array.from({ length: n }, (_, i) => `--b\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`).join('')}--b--\r\n`;
const keys = example('listSigningKeys');
keys.result.keys[0].value = CANARY.signingKey;
const badKeys = structuredClone(keys);
badKeys.result.keys[0].name = 'not ok!';

/** Each hostile entry, with what the report must say of it: a failure of `check` matching `message`, or not checked for `unchecked`. */
const HOSTILE: { name: string; entry: HarEntry; check?: string; message?: RegExp; unchecked?: RegExp }[] = [
  {
    name: 'huge text',
    entry: entry({ url: `${API}/images/v1/huge-text`, text: `${ENVELOPE_HEAD}{"id":"${'a'.repeat(BOUND)}"}}` }),
    check: 'response_schema_conformance',
    message: /^not checked: the body is larger than 1 MB/,
  },
  {
    name: 'base64 bomb',
    entry: entry({ url: `${API}/images/v1/base64-bomb`, text: Buffer.alloc(2 * BOUND, 0x20).toString('base64'), encoding: 'base64' }),
    check: 'response_schema_conformance',
    message: /^not checked: the body is larger than 1 MB/,
  },
  {
    name: 'gzip bomb',
    entry: entry({
      url: `${API}/images/v1/gzip-bomb`,
      responseHeaders: [{ name: 'content-encoding', value: 'gzip' }],
      text: gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 }).toString('base64'),
      encoding: 'base64',
    }),
    check: 'response_schema_conformance',
    message: /^not checked: the body is not valid UTF-8/,
  },
  {
    name: 'deep JSON response',
    entry: entry({ url: `${API}/images/v1/deep-json`, text: `${ENVELOPE_HEAD}{"meta":${deep(20_000)}}}` }),
    check: 'response_schema_conformance',
    message: /^not checked: the JSON is nested deeper than 1000 levels/,
  },
  {
    name: 'deep JSON request',
    entry: entry({
      method: 'PATCH',
      url: `${API}/images/v1/deep-request`,
      text: JSON.stringify(example('updateImage')),
      postData: { mimeType: 'application/json', text: `{"metadata":${deep(20_000)}}` },
    }),
    check: 'request_conformance',
    message: /^not checked: the JSON is nested deeper than 1000 levels/,
  },
  {
    name: 'invalid UTF-8',
    entry: entry({
      url: `${API}/images/v1/invalid-utf8`,
      text: Buffer.concat([Buffer.from(`${ENVELOPE_HEAD}{"id":"`), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}}')]).toString('base64'),
      encoding: 'base64',
    }),
    check: 'response_schema_conformance',
    message: /^not checked: the body is not valid UTF-8/,
  },
  {
    name: 'relative URL',
    entry: entry({ url: '/client/v4/accounts/x/images/v1/stats', text: JSON.stringify(example('getImageStats')) }),
    unchecked: /request\.url is not an absolute URL: the entry was not checked/,
  },
  {
    name: 'many multipart parts',
    entry: entry({
      method: 'POST',
      url: `${API}/images/v1`,
      text: JSON.stringify(example('uploadImage')),
      postData: { mimeType: 'multipart/form-data; boundary=b', text: parts(5000) },
    }),
    check: 'request_conformance',
    message: /^not checked: the form has more than 100 parts \(the bound on parts kept\)$/,
  },
  {
    name: 'cross-origin redirect',
    entry: entry({
      url: `${API}/images/v1/redirected`,
      status: 307,
      responseHeaders: [{ name: 'location', value: `${OTHER}/accounts/${CANARY.accountId}/images/v1/redirected?token=x` }],
    }),
    check: 'status_code_conformance',
    message: new RegExp(
      `^status 307 is not documented for getImage \\(documented: [^)]+\\): a redirect from ${API}/images/v1/redirected to ${OTHER}/accounts/${CANARY.accountId}/images/v1/redirected \\(another origin\\)$`,
    ),
  },
  { name: 'reset mid-body', entry: entry({ url: `${API}/images/v1/reset`, status: 0 }), unchecked: /no response \(status 0/ },
  {
    name: 'signing key in an invalid keys list',
    entry: entry({ url: `${API}/images/v1/keys`, text: JSON.stringify(badKeys) }),
    check: 'response_schema_conformance',
    message: /^must match pattern/,
  },
];
/** Entries that conform, among the hostile ones: checked and passed. */
const CONFORMING = [
  entry({ url: `${API}/images/v1/stats`, text: JSON.stringify(example('getImageStats')) }),
  entry({ url: `${API}/images/v1/keys`, text: JSON.stringify(keys) }),
];

const har = (entries: HarEntry[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'hostile', version: '1' }, entries } });
const labelOf = (e: HarEntry) => `${e.request.method} ${new URL(e.request.url, 'http://relative.invalid').pathname}`;

function expectEveryEntryReported(report: Report): void {
  for (const { name, entry: e, check, message, unchecked } of HOSTILE) {
    if (unchecked) expect(report.unchecked, name).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(unchecked) }));
    else
      expect(report.failures, name).toContainEqual(
        expect.objectContaining({ check, label: expect.stringContaining(labelOf(e)), message: expect.stringMatching(message!) }),
      );
  }
  // The conforming entries were checked, and passed.
  expect(report.summaries).toContainEqual({ check: 'response_schema_conformance', operationId: 'getImageStats', passed: 1, failed: 0 });
  expect(report.summaries).toContainEqual(
    expect.objectContaining({ check: 'response_schema_conformance', operationId: 'listSigningKeys', passed: 1, failed: 1 }),
  );
  expect(report.passed).toBe(false);
}

describe('check-har over hostile recordings', () => {
  it('the command: a report every time (JSON, JUnit, terminal), each hostile entry failed or not checked, exit 1, no canary', async () => {
    const file = join(dir, 'hostile.har');
    writeFileSync(file, har([...HOSTILE.map((h) => h.entry), ...CONFORMING]));
    const [json, junit] = [join(dir, 'hostile.json'), join(dir, 'hostile.xml')];
    const run = await runCommand(['check-har', file, '--max-body-bytes', String(BOUND), '--json', json, '--junit', junit]);
    expect(run.code).toBe(1);
    const report: Report = JSON.parse(readFileSync(json, 'utf8'));
    expectEveryEntryReported(report);
    expect(run.stdout).toMatch(
      /○ \(not read\) · log\.entries\[6\]: GET \/client\/v4\/accounts\/x\/images\/v1\/stats: not checked: log\.entries\[6\]\.request\.url is not an absolute URL/,
    );
    expect(run.stdout).toMatch(/^FAIL: /m);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="request_conformance" tests="\d+" failures="2">/);
    expect(canariesIn([run.stdout, run.stderr, readFileSync(json, 'utf8'), readFileSync(junit, 'utf8')].join('\n'))).toEqual([]);
  }, 60_000);

  it('in process, with the default bounds: no crash, bounded memory (a gzip bomb is never inflated), no canary in any rendering', async () => {
    const entries = [...HOSTILE.map((h) => h.entry), ...CONFORMING];
    entries[0] = entry({ url: `${API}/images/v1/huge-text`, text: `${ENVELOPE_HEAD}{"id":"${'a'.repeat(40 * 1024 * 1024)}"}}` }); // past the default 32 MB
    entries[1] = entry({ url: `${API}/images/v1/base64-bomb`, text: Buffer.alloc(40 * 1024 * 1024, 0x20).toString('base64'), encoding: 'base64' });
    const { result, growth } = await rssGrowthDuring(() => checkHar(entries, { target: 'hostile.har' }));
    expect(result.report.failures).toContainEqual(
      expect.objectContaining({
        label: 'GET /client/v4/accounts/c0ffee00c0ffee00c0ffee00c0ffee00/images/v1/huge-text',
        message: expect.stringMatching(/larger than 32 MB/),
      }),
    );
    expect(result.report.failures).toContainEqual(
      expect.objectContaining({ label: expect.stringContaining('base64-bomb'), message: expect.stringMatching(/larger than 32 MB/) }),
    );
    expect(growth).toBeLessThan(64 * 1024 * 1024);
    console.info(`check-har RSS growth over the hostile entries: ${Math.round(growth / (1024 * 1024))} MB`);
    for (const text of [toJson(result.report), toJUnit(result.report), renderReport(result.report)]) expect(canariesIn(text)).toEqual([]);
  }, 30_000);

  it('JSON nested 20 000 deep: a failure naming the bound, not a stack overflow', async () => {
    const { report } = await checkHar([entry({ url: `${API}/images/v1/deep-json`, text: `${ENVELOPE_HEAD}{"meta":${deep(20_000)}}}` })], {
      target: 'deep.har',
    });
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'response_schema_conformance',
        message: 'not checked: the JSON is nested deeper than 1000 levels (the bound on JSON nesting)',
      }),
    ]);
    expect(report.summaries.find((s) => s.check === 'envelope_consistency')).toBeUndefined(); // not walked, so not passed either
  });

  it('an entry with a relative URL is listed as not checked; the others are checked', async () => {
    const entries = [entry({ url: '/client/v4/accounts/x/images/v1/stats' }), ...CONFORMING];
    const { report } = await checkHar(entries, { target: 'relative.har' });
    expect(report.unchecked).toEqual([
      {
        operationId: '(not read)',
        label: 'log.entries[0]: GET /client/v4/accounts/x/images/v1/stats',
        reason: 'log.entries[0].request.url is not an absolute URL: the entry was not checked',
      },
    ]);
    expect(report.operations.map((o) => o.operationId)).toEqual(['getImageStats', 'listSigningKeys']);
    expect(report.passed).toBe(true);
  });
});
