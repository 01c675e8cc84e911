// Deliberately wrong requests (to the local server) and deliberately wrong upstream responses (from
// a scripted upstream): each is named in x-cf-images-violations and spelled out in the report;
// secrets (the token, a signing-key value) appear in neither.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startContractProxy } from '../../src/contract/proxy/server.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { API, envelope, proxiedLocalServer, proxiedScript, reportOf, TOKEN, violationsOf } from './helpers.js';

const auth = { authorization: `Bearer ${TOKEN}` };
const IMAGE = '2cdc28f0-017a-49c4-9ed7-87056c83901a';

describe('a deliberately wrong request', () => {
  const json = { ...auth, 'content-type': 'application/json' };
  const cases: [string, string, RequestInit, string, RegExp][] = [
    [
      'no credentials',
      `${API}/images/v1/stats`,
      {},
      '/header/authorization',
      /no credentials of an accepted scheme: send Authorization: Bearer <token>, or X-Auth-Email and X-Auth-Key$/,
    ],
    ['half the legacy pair', `${API}/images/v1/stats`, { headers: { 'x-auth-email': 'a@example.com' } }, '/header/authorization', /\(sent: X-Auth-Email/],
    ['an unknown sort order', `${API}/images/v2?sort_order=up`, { headers: auth }, '/query/sort_order', /must be one of asc, desc/],
    ['a bad metadata filter', `${API}/images/v2?meta.a[like]=x`, { headers: auth }, '/query/meta/meta.a[like]', /is not a valid key/],
    ['a body that is not JSON', `${API}/images/v1/${IMAGE}`, { method: 'PATCH', headers: json, body: '{"creator":' }, '/body', /is not valid JSON/],
    [
      'a JSON body sent as text',
      `${API}/images/v1/${IMAGE}`,
      { method: 'PATCH', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' },
      '/header/content-type',
      /text\/plain is not the media type/,
    ],
    [
      'an unknown field',
      `${API}/images/v1/${IMAGE}`,
      { method: 'PATCH', headers: json, body: JSON.stringify({ colour: 'red' }) },
      '/body/colour',
      /is not allowed/,
    ],
    [
      'metadata over 1024 bytes (x-cf-max-serialized-bytes)',
      `${API}/images/v1/${IMAGE}`,
      { method: 'PATCH', headers: json, body: JSON.stringify({ metadata: { big: 'é'.repeat(600) } }) },
      '/body/metadata',
      /is 1210 bytes when serialized; at most 1024/,
    ],
  ];

  it.each(cases)('%s', async (_name, path, init, pointer, message) => {
    const { proxy } = await proxiedLocalServer();
    const response = await fetch(`${proxy.url}${path}`, init);
    await response.arrayBuffer();
    const entries = violationsOf(response.headers);
    expect(entries).toEqual([{ check: 'request_conformance', location: 'request', pointer, message: expect.stringMatching(message) }]);
    const report = await reportOf(proxy);
    expect(report.failures).toEqual([
      expect.objectContaining({ check: 'request_conformance', received: { pointer }, message: expect.stringMatching(message) }),
    ]);
    expect(report.passed).toBe(false);
  });

  it('multipart forms: a direct upload expiring in a minute (x-cf-expiry-window), an upload with both file and url', async () => {
    const { proxy } = await proxiedLocalServer();
    const direct = new FormData();
    direct.append('expiry', new Date(Date.now() + 60_000).toISOString());
    const first = await fetch(`${proxy.url}${API}/images/v2/direct_upload`, { method: 'POST', headers: auth, body: direct });
    expect(violationsOf(first.headers)).toEqual([
      expect.objectContaining({
        pointer: '/body/expiry',
        message: expect.stringMatching(/^must be between 120 s and 21600 s after the request \(it is (59|60) s after\)$/),
      }),
    ]);
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');
    upload.append('url', 'https://example.com/a.png');
    const second = await fetch(`${proxy.url}${API}/images/v1`, { method: 'POST', headers: auth, body: upload });
    expect(violationsOf(second.headers)).toEqual([
      expect.objectContaining({ pointer: '/body', message: "The form needs exactly one of 'file' (a file part) and 'url'." }),
    ]);
  });

  it('a call to no documented operation is forwarded and listed as unchecked', async () => {
    const { proxy } = await proxiedLocalServer();
    const response = await fetch(`${proxy.url}${API}/images/v3`, { headers: auth });
    expect(response.status).toBe(404);
    expect(violationsOf(response.headers)).toEqual([]);
    expect((await reportOf(proxy)).unchecked).toEqual([
      { operationId: '(no operation)', label: `GET ${API}/images/v3`, reason: expect.stringContaining('no operation of the spec') },
    ]);
  });
});

describe('an upstream that cannot be reached', () => {
  it('is a 502 envelope for the app and an unchecked exchange in the report', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const proxy = await startContractProxy({ upstream: `http://127.0.0.1:${port}/client/v4` });
    try {
      const response = await fetch(`${proxy.url}${API}/images/v1/stats`, { headers: auth });
      expect(response.status).toBe(502);
      expect((await response.json()).errors[0].message).toBe('The contract proxy could not reach the upstream API (ECONNREFUSED)');
      const report = await reportOf(proxy);
      expect(report.unchecked).toEqual([expect.objectContaining({ operationId: 'getImageStats', reason: 'the upstream could not be reached (ECONNREFUSED)' })]);
      expect(report.summaries).toEqual([{ check: 'request_conformance', operationId: 'getImageStats', passed: 1, failed: 0 }]);
    } finally {
      await proxy.close();
    }
  });
});

describe('a deliberately wrong upstream response', () => {
  const KEY_VALUE = 'SIGNING-KEY-VALUE-9f8e7d';

  it('is named in the header and in the report: schema, envelope, content type, headers', async () => {
    const { proxy } = await proxiedScript((req, res) => {
      if (req.url!.endsWith('/keys'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ keys: [{ name: 'not ok!', value: KEY_VALUE }] }));
      if (req.url!.endsWith('/stats')) return res.writeHead(500, { 'content-type': 'application/json' }).end(envelope({ count: { allowed: 1, current: 0 } }));
      if (req.url!.endsWith('/variants'))
        return res
          .writeHead(429, { 'content-type': 'application/json' })
          .end(JSON.stringify({ success: false, errors: [{ code: 971, message: 'slow down' }], messages: [], result: null }));
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>oops</html>');
    });
    const call = async (path: string) => {
      const response = await fetch(`${proxy.url}${API}${path}`, { headers: auth });
      return { body: await response.text(), entries: violationsOf(response.headers) };
    };
    const keys = await call('/images/v1/keys');
    expect(keys.body).toContain(KEY_VALUE); // the app gets the upstream's answer unchanged
    expect(keys.entries).toEqual([
      expect.objectContaining({ check: 'response_schema_conformance', location: 'response.body', pointer: '/result/keys/0/name' }),
    ]);
    const stats = await call('/images/v1/stats');
    expect(stats.entries.map((e) => e.check)).toEqual(expect.arrayContaining(['envelope_consistency', 'response_schema_conformance']));
    const variants = await call('/images/v1/variants');
    expect(variants.entries.map((e) => [e.check, e.pointer])).toEqual(
      expect.arrayContaining([
        ['response_headers_conformance', '/retry-after'],
        ['response_schema_conformance', '/errors/0/code'],
      ]),
    );
    const image = await call(`/images/v1/${IMAGE}`);
    expect(image.entries.map((e) => e.check)).toEqual(['content_type_conformance', 'response_schema_conformance']);

    const report = await reportOf(proxy);
    expect(new Set(report.failures.map((f) => f.check))).toEqual(
      new Set(['response_schema_conformance', 'envelope_consistency', 'content_type_conformance', 'response_headers_conformance']),
    );
    expect(report.failures.find((f) => f.received?.pointer === '/result/keys/0/name')).toMatchObject({
      operationId: 'listSigningKeys',
      received: { status: 200 },
    });
    for (const text of [toJson(report), toJUnit(report), renderReport(report)]) {
      expect(text).not.toContain(KEY_VALUE);
      expect(text).not.toContain(TOKEN);
    }
  });

  it('a gzip-encoded body is checked decoded and reaches the app as sent', async () => {
    const { gzipSync } = await import('node:zlib');
    const body = gzipSync(envelope({ id: IMAGE, variants: 'not a list' }));
    const { proxy } = await proxiedScript((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length }).end(body),
    );
    const response = await fetch(`${proxy.url}${API}/images/v1/${IMAGE}`, { headers: auth });
    expect((await response.json()).result.variants).toBe('not a list');
    expect(violationsOf(response.headers)).toEqual([expect.objectContaining({ check: 'response_schema_conformance', pointer: '/result/variants' })]);
  });
});
