// The local server as the target of hostile clients and hostile `url` origins (loopback only):
// deep JSON, SVGs that lie about their size or carry scripts, origins that drip, never end, answer
// huge or reset, and a form of very many parts. Every attack ends in a documented 4xx (or, for a
// script SVG, bytes a browser will not run), never a 500, a hang or unbounded memory.
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { DEFAULT_BOUNDS } from '../../src/core/bounded.js';
import { launchLoopbackChromium, type LoopbackBrowser } from '../helpers/chromium.js';
import { HOSTILE_MODES, rssGrowthDuring, startHostilePeer, type HostileMode, type HostilePeer } from '../helpers/hostile-peer.js';
import { expectFailure, expectSchema, startTestServer, TOKEN, type Reply, type TestServer } from '../server/helpers.js';

const MB = 1024 * 1024;
const JSON_OPERATIONS = (Object.keys(operations) as OperationId[]).filter((id) => operations[id].requestBody?.contentType === 'application/json');
const FORM_OPERATIONS = (Object.keys(operations) as OperationId[]).filter(
  (id) =>
    operations[id].requestBody?.contentType === 'multipart/form-data' && (operations[id].requestBody?.fields as Record<string, string>).metadata !== undefined,
);

/** A JSON text nested `depth` deep: objects (`{"a":…}`) or arrays. */
const nested = (depth: number, kind: 'object' | 'array') =>
  kind === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A body for `operationId` whose every object field (metadata, options) is `deep`, the rest plausible. */
function deepBody(operationId: OperationId, deep: string): string {
  const fields = operations[operationId].requestBody!.fields as Record<string, string>;
  const parts = Object.entries(fields).map(([name, kind]) => `${JSON.stringify(name)}:${kind === 'object' ? deep : kind === 'boolean' ? 'false' : '"deep"'}`);
  return `{${parts.join(',')}}`;
}

/** The path of `operationId` (under images/) with an existing image and the default variant. */
const pathOf = (operationId: OperationId, imageId: string) =>
  operations[operationId].path
    .replace(/^\/accounts\/\{account_id\}\/images\//, '')
    .replace('{image_id}', encodeURIComponent(imageId))
    .replace('{variant_id}', 'public');

const svgBytes = (root: string, inner = '<rect width="1" height="1"/>') =>
  new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"${root}>${inner}</svg>`);

// Taken from the spec, so a test that loops over none of them cannot pass on nothing.
if (JSON_OPERATIONS.length < 3 || !['uploadImage', 'createDirectUpload'].every((id) => FORM_OPERATIONS.includes(id as OperationId)))
  throw new Error(`the spec's JSON operations (${JSON_OPERATIONS}) or metadata forms (${FORM_OPERATIONS}) are not what this file expects`);

describe('deep JSON', () => {
  for (const operationId of JSON_OPERATIONS)
    it(`${operationId}: a body nested 5,000 and 20,000 deep is a 400 saying so (never a 500)`, async () => {
      const t = await startTestServer();
      const image = (await t.upload()).json.result.id;
      for (const depth of [5_000, 20_000])
        for (const kind of ['object', 'array'] as const) {
          const reply = await t.call(operationId, pathOf(operationId, image), {
            body: deepBody(operationId, nested(depth, kind)),
            headers: { 'content-type': 'application/json' },
          });
          expectFailure(reply, 400, 5400, `body: the JSON is nested deeper than ${DEFAULT_BOUNDS.maxJsonDepth} levels (the bound on JSON nesting)`);
          expect(reply.json.errors[0].source).toEqual({ pointer: '/body' });
        }
      // Within the bound it is only as valid as its fields are.
      const shallow = await t.call(operationId, pathOf(operationId, image), {
        body: deepBody(operationId, `{"a":${nested(20, 'object')}}`),
        headers: { 'content-type': 'application/json' },
      });
      expect(shallow.status).not.toBe(500);
    });

  for (const operationId of FORM_OPERATIONS)
    it(`${operationId}: a metadata field nested past the configured depth is a 400 on /body/metadata`, async () => {
      const t = await startTestServer({ maxJsonDepth: 8 });
      const form = (metadata: string) => {
        const body = new FormData();
        if (operationId === 'uploadImage') body.append('file', new Blob([svgBytes('')]), 'a.svg');
        body.append('metadata', metadata);
        return body;
      };
      const path = operationId === 'uploadImage' ? 'v1' : 'v2/direct_upload';
      const deep = await t.call(operationId, path, { body: form(`{"a":${nested(20, 'array')}}`) });
      expectFailure(deep, 400, 5400, 'metadata: the JSON is nested deeper than 8 levels (the bound on JSON nesting)');
      expect(deep.json.errors[0].source).toEqual({ pointer: '/body/metadata' });
      expect((await t.call(operationId, path, { body: form(`{"a":${nested(6, 'array')}}`) })).status).toBe(200);
    });
});

describe('SVG sizes', () => {
  const big = 'x'.repeat(70 * 1024);
  const lies: [string, Uint8Array, RegExp][] = [
    ['a width of 99999 with a tiny viewBox', svgBytes(' width="99999" viewBox="0 0 1 1"'), /dimensions too large: 99999x99999 px/],
    [
      'a root tag past 64 KB',
      svgBytes(` data-pad="${big}" width="99999" height="99999"`),
      /the SVG cannot be read: the root <svg> tag does not end within the first 64 KB/,
    ],
    ['a width in inches', svgBytes(' width="200in" height="1in"'), /dimensions too large: 19200x96 px/],
    ['a height derived from the viewBox aspect ratio', svgBytes(' width="12000" viewBox="0 0 1 100"'), /dimensions too large: 12000x1200000 px/],
    ['a viewBox alone', svgBytes(' viewBox="0,0,100000,100000"'), /100000x100000 px \(the SVG's viewBox\)/],
    ['a size in character references', svgBytes(' width="&#57;&#x39;999" height="1"'), /dimensions too large: 99999x1 px/],
    ['an area over the pixel limit', svgBytes(' width="11000px" height="11000"'), /Image too large: 121000000 pixels/],
    [
      'entities from an internal DTD subset',
      new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY w "99999">]><svg xmlns="http://www.w3.org/2000/svg" width="&w;"/>'),
      /.*/,
    ],
  ];

  it('refuses every SVG that declares a size past the limits, or hides its root tag, and stores none of them', async () => {
    const t = await startTestServer();
    for (const [what, bytes, message] of lies) {
      const reply = await t.upload({}, bytes as Uint8Array<ArrayBuffer>, 'lie.svg');
      expect(reply.status, what).toBe(400);
      expect(reply.json.errors[0].message, what).toMatch(message);
    }
    expect((await t.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(0);
    expect((await t.upload({}, svgBytes(' width="12000" height="8000" viewBox="0 0 12000 8000"'), 'fits.svg')).status).toBe(200);
  });
});

describe('SVGs with scripts', () => {
  const SCRIPTED = svgBytes(
    ` width="40" height="100" onload="this.setAttribute('data-onload','ran')"`,
    `<script>document.documentElement.setAttribute('data-script','ran')</script>` +
      `<a href="javascript:document.documentElement.setAttribute('data-href','ran')"><rect id="link" width="40" height="40"/></a>` +
      `<foreignObject y="50" width="40" height="40"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>`,
  );
  let browser: LoopbackBrowser;
  beforeAll(async () => {
    browser = await launchLoopbackChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  it('are stored as uploaded but served, delivery and blob, under a CSP that runs nothing and as no other type', async () => {
    const t = await startTestServer();
    const image = (await t.upload({}, SCRIPTED, 'active.svg')).json.result;
    const delivered = await fetch(t.server.deliveryUrl(image.id, 'public'));
    const blob = await t.call('getImageBlob', `v1/${image.id}/blob`);
    for (const headers of [delivered.headers, blob.headers]) {
      expect(headers.get('content-type')).toBe('image/svg+xml');
      expect(headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(delivered.headers.get('access-control-allow-origin')).toBe('*');
    expect(new Uint8Array(await delivered.arrayBuffer())).toEqual(SCRIPTED);

    // Opened from the server's origin in a real browser: no script, handler or javascript: URL runs.
    const { page } = browser;
    await page.goto(t.server.deliveryUrl(image.id, 'public'));
    await page.mouse.click(20, 20); // on the javascript: link
    await page.waitForTimeout(300);
    const root = page.locator('svg').first();
    expect({
      script: await root.getAttribute('data-script'),
      onload: await root.getAttribute('data-onload'),
      href: await root.getAttribute('data-href'),
    }).toEqual({ script: null, onload: null, href: null });
  }, 60_000);
});

describe('hostile url origins', () => {
  const TIMEOUT_MS = 1500;
  let peer: HostilePeer | undefined;
  afterEach(async () => {
    await peer?.close();
    peer = undefined;
  });

  async function uploadFrom(t: TestServer, url: string): Promise<{ reply: Reply; ms: number }> {
    const form = new FormData();
    form.append('url', url);
    const started = performance.now();
    const reply = await t.call('uploadImage', 'v1', { body: form });
    return { reply, ms: performance.now() - started };
  }

  it('every mode of the hostile peer: a documented 400 on /body/url by the deadline, nothing stored', async () => {
    const t = await startTestServer({ urlTimeoutMs: TIMEOUT_MS });
    for (const mode of HOSTILE_MODES) {
      peer = await startHostilePeer(mode as HostileMode, { hugeBytes: 64 * MB, dripMs: 50 });
      const { reply, ms } = await uploadFrom(t, `${peer.baseUrl}/images/photo.png`);
      expect.soft(reply.status, `${mode}: ${JSON.stringify(reply.json)}`).toBe(400);
      expect.soft(reply.json.errors[0].source, mode).toEqual({ pointer: '/body/url' });
      expect.soft(ms, mode).toBeLessThan(TIMEOUT_MS + 1500);
      await peer.close();
      peer = undefined;
    }
    expect((await t.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(0);
  }, 60_000);

  it('slow-drip: says the download did not finish in time', async () => {
    peer = await startHostilePeer('slow-drip', { dripMs: 50 });
    const t = await startTestServer({ urlTimeoutMs: TIMEOUT_MS });
    expectFailure((await uploadFrom(t, peer.baseUrl)).reply, 400, 5400, 'Failed to fetch the image from the URL: the download did not finish within 1.5 s');
  }, 10_000);

  it('holds the deadline even with a fetch that ignores its signal', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    for (const fetcher of [() => new Promise<Response>(() => undefined), async () => new Response(never)]) {
      const t = await startTestServer({ urlTimeoutMs: 500, fetch: fetcher as typeof fetch });
      const { reply, ms } = await uploadFrom(t, 'https://images.example.test/never.png');
      expectFailure(reply, 400, 5400, /did not finish within 0\.5 s/);
      expect(ms).toBeLessThan(2500);
    }
  }, 10_000);
});

describe('a form of very many parts', () => {
  /** An 11 MB multipart body of empty file parts (~170,000 of them), sent with node:http (no client-side copies). */
  function manyParts(url: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
    const boundary = 'hostileBoundary';
    const part = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="f"\r\n\r\n\r\n`);
    const count = Math.floor((11 * MB - 200) / part.length);
    const body = Buffer.concat([...Array<Buffer>(count).fill(part), Buffer.from(`--${boundary}--\r\n`)]);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        { method: 'POST', headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  it('is refused before it is parsed, on the API and on a one-time upload URL, with memory bounded', async () => {
    const t = await startTestServer();
    const api = `${t.server.baseUrl}/accounts/${t.server.accountId}/images/v1`;
    const reservation = new FormData();
    reservation.append('creator', 'hostile');
    const direct = (await t.call('createDirectUpload', 'v2/direct_upload', { body: reservation })).json.result.uploadURL;
    for (const [url, headers] of [
      [api, { authorization: `Bearer ${TOKEN}` }],
      [direct, {}],
    ] as const) {
      globalThis.gc?.();
      const { result, growth } = await rssGrowthDuring(() => manyParts(url, headers));
      expect(result.status).toBe(400);
      expectSchema('Failure', result.json);
      expect(result.json.errors[0].message).toBe('Bad request: the form has more than 64 parts');
      // The body itself is 11 MB, held twice at most while read; parsing it held 430 MB before the bound.
      expect(growth / MB).toBeLessThan(64);
    }
  }, 30_000);
});
