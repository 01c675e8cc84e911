// The engine under the phases: how cases are sent, judged, paced, retried, cleaned up and
// reported, against the local server and against loopback servers that misbehave on purpose.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_CHECKS } from '../../src/contract/checks/registry.js';
import type { Case } from '../../src/contract/model/case.js';
import { curlFor } from '../../src/contract/engine/curl.js';
import { PIXEL_PNG } from '../../src/contract/engine/fixtures.js';
import { judge } from '../../src/contract/engine/judge.js';
import { RequestTimeout } from '../../src/contract/engine/fetch-whole.js';
import { NoResponse, Session, WriteRefused, type ContractTarget } from '../../src/contract/engine/session.js';
import { deliver, notServed } from '../../src/contract/scenarios/urls.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'engine-SECRET-token-123456';
let server: ImagesServer;
let target: ContractTarget;

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  target = { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN };
});
afterAll(() => server.close());

const session = (options: Partial<ConstructorParameters<typeof Session>[0]> = {}) =>
  new Session({ target, allowWrites: true, checks: new Set(RUN_CHECKS), runId: 'test', basePath: '/client/v4', ...options });

const negative = (c: Partial<Case>): Case => ({
  operationId: 'listImages',
  phase: 'coverage',
  purpose: 'negative',
  label: 'per_page = 9',
  query: { per_page: 9 },
  pointer: '/query/per_page',
  ...c,
});

/** A loopback server answering every request with `answer`, counting what it got. */
async function fakeServer(
  answer: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<{ server: Server; url: string; seen: { at: number; url: string }[] }> {
  const seen: { at: number; url: string }[] = [];
  const srv = createServer((req, res) => {
    seen.push({ at: performance.now(), url: req.url ?? '' });
    req.resume();
    req.on('end', () => answer(req, res, seen.length));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { server: srv, url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/client/v4`, seen };
}

const envelope = (result: unknown) => JSON.stringify({ success: true, errors: [], messages: [], result });

describe('judging a case', () => {
  it('a negative case refused with a documented 4xx passes; the same case answered 200 fails, naming the pointer', async () => {
    const s = session();
    expect(judge(s, await s.send(negative({})))).toBe(true);
    const lenient = await fakeServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ images: [] })));
    try {
      const broken = session({ target: { ...target, baseUrl: lenient.url } });
      expect(judge(broken, await broken.send(negative({})))).toBe(false);
      const failure = broken.outcomes.find((o) => !o.passed)!;
      expect(failure).toMatchObject({ check: 'negative_data_rejection', operationId: 'listImages', received: { status: 200, pointer: '/query/per_page' } });
      expect(failure.request?.curl).toContain('per_page=9');
    } finally {
      lenient.server.close();
    }
  });

  it('a 404 rejects an invalid path parameter, but not an invalid query', async () => {
    const notFound = await fakeServer((_req, res) =>
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ success: false, errors: [{ code: 7003, message: 'No route' }], messages: [], result: null })),
    );
    try {
      const s = session({ target: { ...target, baseUrl: notFound.url } });
      expect(judge(s, await s.send(negative({ operationId: 'getImage', path: { image_id: '/x' }, query: undefined, pointer: '/path/image_id' })))).toBe(true);
      expect(judge(s, await s.send(negative({})))).toBe(false);
    } finally {
      notFound.server.close();
    }
  });

  it('a positive case refused with 400 fails positive_data_acceptance', async () => {
    const s = session();
    const x = await s.send({ operationId: 'listImages', phase: 'coverage', purpose: 'positive', label: 'per_page = 10', query: { per_page: 10 } });
    expect(judge(s, x)).toBe(true);
    const refusing = await fakeServer((_req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ success: false, errors: [{ code: 5400, message: 'no' }], messages: [], result: null })),
    );
    try {
      const broken = session({ target: { ...target, baseUrl: refusing.url } });
      expect(
        judge(
          broken,
          await broken.send({ operationId: 'listImages', phase: 'coverage', purpose: 'positive', label: 'per_page = 10', query: { per_page: 10 } }),
        ),
      ).toBe(false);
      expect(broken.outcomes.find((o) => !o.passed)?.check).toBe('positive_data_acceptance');
    } finally {
      refusing.server.close();
    }
  });
});

describe('sending', () => {
  it('never sends a write without allowWrites', async () => {
    await expect(
      session({ allowWrites: false }).send({ operationId: 'deleteImage', phase: 'coverage', purpose: 'positive', label: 'x', path: { image_id: 'x' } }),
    ).rejects.toBeInstanceOf(WriteRefused);
  });

  it('honours 429 with Retry-After and records only the answer that counts', async () => {
    const limited = await fakeServer((_req, res, n) =>
      n === 1
        ? res
            .writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' })
            .end(JSON.stringify({ success: false, errors: [{ code: 10429, message: 'slow down' }], messages: [], result: null }))
        : res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ count: { allowed: 1, current: 0 } })),
    );
    try {
      const s = session({ target: { ...target, baseUrl: limited.url } });
      const x = await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' });
      expect(x.status).toBe(200);
      expect(limited.seen).toHaveLength(2);
      expect(s.exchanges).toHaveLength(1);
    } finally {
      limited.server.close();
    }
  });

  it('reports a 429 whose Retry-After is longer than a case waits, without waiting', async () => {
    const limited = await fakeServer((_req, res) =>
      res
        .writeHead(429, { 'content-type': 'application/json', 'retry-after': '3600' })
        .end(JSON.stringify({ success: false, errors: [{ code: 10429, message: 'slow down' }], messages: [], result: null })),
    );
    try {
      const s = session({ target: { ...target, baseUrl: limited.url } });
      const x = await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' });
      expect(x.status).toBe(429);
      expect(limited.seen).toHaveLength(1);
    } finally {
      limited.server.close();
    }
  });

  it.each([
    ['no answer at all', (res: ServerResponse) => void res],
    ['headers, then a body that never ends', (res: ServerResponse) => void res.writeHead(200, { 'content-type': 'application/json' }).write('{"success":')],
  ])('reports %s after --request-timeout as not_a_server_error, and the session goes on', async (_what, stall) => {
    const stalling = await fakeServer((req, res, n) =>
      n === 1 ? stall(res) : res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ count: { allowed: 1, current: 0 } })),
    );
    try {
      const s = session({ target: { ...target, baseUrl: stalling.url }, requestTimeoutMs: 1000 });
      await expect(s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' })).rejects.toBeInstanceOf(NoResponse);
      expect(s.outcomes.at(-1)).toMatchObject({ check: 'not_a_server_error', passed: false, message: 'no complete response: none within 1 s' });
      expect((await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' })).status).toBe(200);
      await expect(s.client.images.v1.stats.get()).resolves.toMatchObject({ count: { current: 0 } });
    } finally {
      stalling.server.closeAllConnections();
      stalling.server.close();
    }
  });

  it('gives up on a URL outside the API (a delivery URL) that does not answer in time, with a RequestTimeout', async () => {
    const silent = await fakeServer(() => undefined);
    try {
      const s = session({ requestTimeoutMs: 150 });
      const error = await s.fetchWhole(`${silent.url}/delivery`, { method: 'GET' }).catch((e) => e);
      expect(error).toBeInstanceOf(RequestTimeout);
      expect(error.message).toBe('none within 0.15 s');
    } finally {
      silent.server.closeAllConnections();
      silent.server.close();
    }
  });

  it("does not count the wait for the request's turn (--rate-limit) against --request-timeout", async () => {
    // Each request waits 800 ms for its turn, longer than the 600 ms a request may take.
    const s = session({ rateLimit: 1.25, requestTimeoutMs: 600 });
    for (let i = 0; i < 3; i++)
      expect((await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' })).status).toBe(200);
    await expect(s.client.images.v1.stats.get()).resolves.toMatchObject({ count: expect.any(Object) });
    expect(s.outcomes.filter((o) => !o.passed)).toEqual([]);
  });

  it('paces requests to --rate-limit', async () => {
    const starts: number[] = [];
    const recording: typeof fetch = (input, init) => {
      starts.push(performance.now());
      return fetch(input, init);
    };
    const s = session({ rateLimit: 20, fetch: recording });
    for (let i = 0; i < 4; i++) await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' });
    await s.client.images.v1.stats.get();
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    // 20 per second, raw cases and the typed client alike: each start 50 ms after the previous one, as
    // the pacer reads its clock (tests/contract-engine/pacer.test.ts holds that exactly, with a fake
    // clock). Measured here at the fetch call, a loaded machine can pause the process between the
    // pacer's reading and the call, which moves one start later and shortens only the gap after it:
    // the span of four gaps holds (200 ms, less 5 for a pause at the first start), and no gap halves.
    expect(gaps).toHaveLength(4);
    expect(starts[4] - starts[0]).toBeGreaterThanOrEqual(195);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);
  });
});

describe('cleanup', () => {
  it("finds what a 2xx created through the spec's links and deletes it, also after a wrongly accepted negative request", async () => {
    const s = session();
    const image = await s.client.images.v1.create({ file: PIXEL_PNG });
    const wronglyAccepted = await s.send({
      operationId: 'uploadImage',
      phase: 'fuzz',
      purpose: 'negative',
      label: 'valid upload posing as negative',
      body: { kind: 'multipart', fields: { file: { filename: 'p.png', contentType: 'image/png', bytes: PIXEL_PNG } } },
      pointer: '/body',
    });
    const createdId = (wronglyAccepted.json as { result: { id: string } }).result.id;
    expect(s.resources.pending.map((p) => p.path.image_id).sort()).toEqual([image.id, createdId].sort());
    const summary = await s.resources.cleanup();
    expect(summary).toEqual({ created: 2, deleted: 2, leftBehind: [] });
    expect(server.state.images.has(image.id)).toBe(false);
    expect(server.state.images.has(createdId)).toBe(false);
  });

  it('reports what it could not delete', async () => {
    const failing = await fakeServer((req, res) =>
      req.method === 'POST'
        ? res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(envelope({ id: 'kept', requireSignedURLs: false, uploaded: '2026-01-01T00:00:00Z', variants: [] }))
        : res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ success: false, errors: [{ code: 10001, message: 'boom' }], messages: [], result: null })),
    );
    try {
      const s = session({ target: { ...target, baseUrl: failing.url } });
      await s.send({
        operationId: 'uploadImage',
        phase: 'coverage',
        purpose: 'positive',
        label: 'upload',
        body: { kind: 'multipart', fields: { file: { filename: 'p.png', contentType: 'image/png', bytes: PIXEL_PNG } } },
      });
      const summary = await s.resources.cleanup();
      expect(summary.leftBehind).toEqual([expect.stringMatching(/^deleteImage \{"image_id":"kept"\} \(HTTP 500\)$/)]);
    } finally {
      failing.server.close();
    }
  });
});

describe('secrets', () => {
  it('curl reproductions carry $CLOUDFLARE_API_TOKEN, never the token', async () => {
    const s = session();
    const x = await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' });
    expect(x.request.curl).toContain('"authorization: Bearer $CLOUDFLARE_API_TOKEN"');
    expect(x.request.curl).not.toContain(TOKEN);
    const withKey = curlFor({
      method: 'GET',
      url: 'http://127.0.0.1/x',
      headers: { 'X-Auth-Email': 'me@example.com', 'X-Auth-Key': 'k-SECRET' },
      ownCredentials: true,
    });
    expect(withKey).toContain('"x-auth-key: $CLOUDFLARE_API_KEY"');
    expect(withKey).not.toContain('k-SECRET');
  });

  it('scrubs the token and every signing-key value seen from whatever would be reported', async () => {
    const s = session();
    const { keys } = await s.client.images.v1.keys.list();
    const scrubbed = s.secrets.scrub({ message: `token ${TOKEN} and key ${keys[0].value}` });
    expect(scrubbed.message).toBe('token [redacted] and key [redacted]');
  });
});

describe('redirects (never followed) and bounds', () => {
  /** A server answering every request with a 307 to `elsewhere`, and the other origin counting what reaches it. */
  async function redirecting() {
    const other = await fakeServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ count: { allowed: 1, current: 0 } })),
    );
    const redirect = await fakeServer((req, res) => res.writeHead(307, { location: `${other.url.replace('/client/v4', '')}${req.url}` }).end());
    return { redirect, other, close: () => Promise.all([redirect.server.close(), other.server.close()]) };
  }

  it('a raw request redirected to another origin: not followed, nothing sent there, a status_code_conformance failure naming both URLs', async () => {
    const { redirect, other, close } = await redirecting();
    try {
      const s = session({ target: { ...target, baseUrl: redirect.url, apiEmail: 'me@example.test', apiKey: 'real-key-0123456789' } });
      const x = await s.send({ operationId: 'getImageStats', phase: 'coverage', purpose: 'probe', label: 'stats with the key pair', auth: 'key-pair' });
      expect(x.status).toBe(307);
      expect(other.seen).toEqual([]);
      const failure = s.outcomes.find((o) => !o.passed && o.check === 'status_code_conformance');
      expect(failure?.message).toBe(
        `HTTP 307 redirect from GET ${redirect.url}/accounts/${target.accountId}/images/v1/stats to ${other.url}/accounts/${target.accountId}/images/v1/stats, a redirect getImageStats does not document: not followed (the run never sends credentials after a redirect)`,
      );
    } finally {
      await close();
    }
  });

  it('a valid request redirected is not accepted (positive_data_acceptance), even to the same origin', async () => {
    const same = await fakeServer((req, res) =>
      req.url?.includes('moved')
        ? res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ count: { allowed: 1, current: 0 } }))
        : res.writeHead(302, { location: '/moved' }).end(),
    );
    try {
      const s = session({ target: { ...target, baseUrl: same.url } });
      const x = await s.send({ operationId: 'getImageStats', phase: 'examples', purpose: 'positive', label: 'stats' });
      expect(judge(s, x)).toBe(false);
      expect(same.seen.map((r) => r.url)).not.toContain('/moved');
      expect(s.outcomes.find((o) => o.check === 'positive_data_acceptance')).toMatchObject({
        passed: false,
        message: 'a valid request was redirected (not followed)',
      });
    } finally {
      same.server.close();
    }
  });

  it('the typed client: the redirect is recorded as the same failure and the call fails; nothing reaches the other origin', async () => {
    const { redirect, other, close } = await redirecting();
    try {
      const s = session({ target: { baseUrl: redirect.url, accountId: target.accountId, apiEmail: 'me@example.test', apiKey: 'real-key-0123456789' } });
      await expect(s.client.images.v1.stats.get()).rejects.toThrow(/redirect/);
      expect(other.seen).toEqual([]);
      expect(s.outcomes.find((o) => !o.passed && o.check === 'status_code_conformance')?.message).toMatch(
        /^HTTP 307 redirect from GET http:\/\/127\.0\.0\.1:\d+\/client\/v4\/accounts\/\w+\/images\/v1\/stats to http:\/\/127\.0\.0\.1:\d+\/client\/v4\//,
      );
    } finally {
      await close();
    }
  });

  it('a URL outside the API (delivery) that redirects: not followed, its problem names both URLs', async () => {
    const { redirect, other, close } = await redirecting();
    try {
      const s = session();
      const ctx = { session: s } as unknown as Parameters<typeof deliver>[0];
      const answer = await deliver(ctx, `${redirect.url}/hash/id/public`);
      expect(answer.status).toBe(307);
      expect(other.seen).toEqual([]);
      expect(notServed(answer)?.message).toBe(
        `HTTP 307 redirect from GET ${redirect.url}/hash/id/public to ${other.url}/hash/id/public: not followed (the run never sends credentials after a redirect)`,
      );
    } finally {
      await close();
    }
  });

  it('a body past --max-body-bytes, JSON past --max-json-depth, JSON that is not UTF-8: response_schema_conformance failures that say which bound, never handed to the checker', async () => {
    const bodies: Record<string, () => Buffer> = {
      large: () => Buffer.from(envelope({ count: { allowed: 1, current: 0 }, pad: 'x'.repeat(4096) })),
      deep: () => Buffer.from(`{"success":true,"errors":[],"messages":[],"result":${'['.repeat(50)}${']'.repeat(50)}}`),
      latin1: () =>
        Buffer.concat([
          Buffer.from('{"success":true,"errors":[],"messages":[],"result":{"count":{"allowed":1,"current":0},"x":"'),
          Buffer.from([0xe9]),
          Buffer.from('"}}'),
        ]),
    };
    const srv = await fakeServer((req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[(req.url ?? '').split('/').pop()!.split('?')[0]]?.() ?? '{}'),
    );
    try {
      const s = session({ target: { ...target, baseUrl: srv.url }, bounds: { maxBodyBytes: 1024, maxJsonDepth: 20 } });
      const messages: string[] = [];
      for (const kind of Object.keys(bodies)) {
        const before = s.outcomes.length;
        await s.send({ operationId: 'getImage', phase: 'coverage', purpose: 'probe', label: kind, path: { image_id: kind } });
        messages.push(s.outcomes.slice(before).find((o) => !o.passed && o.check === 'response_schema_conformance')?.message ?? '');
      }
      expect(messages).toEqual([
        'the body could not be read: the body is larger than 1 KB (the bound on bodies read into memory); --max-body-bytes sets it',
        'the body could not be read: the JSON is nested deeper than 20 levels (the bound on JSON nesting); --max-json-depth sets it',
        'the body could not be read: the body is not valid UTF-8 (JSON must be)',
      ]);
    } finally {
      srv.server.close();
    }
  });
});
