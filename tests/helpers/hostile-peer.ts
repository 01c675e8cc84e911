// A hostile Images API peer on loopback: one server whose every answer is one kind of attack
// (`mode`), and, for the redirect mode, a second origin that records what reached it. The client,
// the contract run, the proxy and check-har are all run against the same modes
// (tests/hostile/*.test.ts); canary credentials let a test grep every output for a leak.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';

/** Credentials and a signing-key value no output may ever contain. */
export const CANARY = {
  token: 'canaryTOKEN7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e',
  email: 'canary-owner@example.test',
  key: 'canaryKEY4b8d2f6a0c3e7b1d5f9a2c6e0b4d8f3a',
  signingKey: 'canarySIGNINGc9e1a7f3b5d2c8e4a6f0b9d7c5e3a1f2b4d6',
  accountId: 'c0ffee00c0ffee00c0ffee00c0ffee00',
} as const;

/** Every canary value found in `text` (an output, a report, a file): a test expects none. */
export const canariesIn = (text: string): string[] =>
  Object.entries(CANARY)
    .filter(([name, value]) => name !== 'accountId' && text.includes(value))
    .map(([name]) => name);

export const HOSTILE_MODES = [
  'cross-origin-redirect',
  'huge-body',
  'gzip-bomb',
  'deep-json',
  'slow-drip',
  'never-ending',
  'invalid-utf8',
  'huge-headers',
  'reset-mid-body',
] as const;
export type HostileMode = (typeof HOSTILE_MODES)[number];

export interface HostilePeerOptions {
  /** Size of the `huge-body` body, and the decompressed size of the `gzip-bomb` (default 256 MB). */
  hugeBytes?: number;
  /** Nesting of `deep-json` (default 20 000). */
  depth?: number;
  /** Pause between the bytes of `slow-drip` (default 200 ms). */
  dripMs?: number;
  /** Redirect status of `cross-origin-redirect` (default 307). */
  redirectStatus?: 301 | 302 | 303 | 307 | 308;
}

/** What a request that reached a peer carried (headers lower-cased). */
export interface Received {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface HostilePeer {
  mode: HostileMode;
  /** The API base URL to point a client at (`…/client/v4`). */
  baseUrl: string;
  /** Requests the hostile server got. */
  received: Received[];
  /** Requests the *other* origin got (the `cross-origin-redirect` target); credentials must never be here. */
  elsewhere: Received[];
  /** The other origin's base (only for `cross-origin-redirect`). */
  elsewhereUrl?: string;
  close(): Promise<void>;
}

const ENVELOPE_HEAD = '{"success":true,"errors":[],"messages":[],"result":';
const CHUNK = 64 * 1024;

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const closer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

const record = (req: IncomingMessage): Received => ({ method: req.method ?? '', url: req.url ?? '', headers: { ...req.headers } });

/** Writes `total` bytes of a JSON string value, chunk by chunk, honouring back-pressure; stops when the socket goes. */
function streamFiller(res: ServerResponse, total: number, fill = 0x61, end = '"}'): void {
  const chunk = Buffer.alloc(CHUNK, fill);
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      const n = Math.min(CHUNK, total - sent);
      sent += n;
      if (!res.write(n === CHUNK ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(end);
  };
  pump();
}

let bombCache: { size: number; bytes: Buffer } | undefined;
/** A gzip of an envelope whose result is `size` bytes of spaces (~1000:1): built once per process, streamed. */
async function gzipBomb(size: number): Promise<Buffer> {
  if (bombCache?.size === size) return bombCache.bytes;
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(ENVELOPE_HEAD + '"');
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = size; left > 0; left -= spaces.length) {
    if (!gzip.write(left >= spaces.length ? spaces : spaces.subarray(0, left))) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end('"}');
  await done;
  bombCache = { size, bytes: Buffer.concat(out) };
  return bombCache.bytes;
}

const tooDeep = (depth: number) => `${ENVELOPE_HEAD}{"metadata":${'['.repeat(depth)}${']'.repeat(depth)}}}`;

export async function startHostilePeer(mode: HostileMode, options: HostilePeerOptions = {}): Promise<HostilePeer> {
  const hugeBytes = options.hugeBytes ?? 256 * 1024 * 1024;
  const received: Received[] = [];
  const elsewhere: Received[] = [];
  const bomb = mode === 'gzip-bomb' ? await gzipBomb(hugeBytes) : undefined;
  const timers = new Set<ReturnType<typeof setInterval>>();

  let other: Server | undefined;
  let otherOrigin: string | undefined;
  if (mode === 'cross-origin-redirect') {
    // Answers like the API would, so a client that follows the redirect sees a plausible success.
    other = createServer((req, res) => {
      elsewhere.push(record(req));
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${ENVELOPE_HEAD}{"id":"elsewhere","images":[],"keys":[{"name":"default","value":"${CANARY.signingKey}"}]}}`);
    });
    otherOrigin = await listen(other);
  }

  const server = createServer((req, res) => {
    received.push(record(req));
    req.resume();
    res.on('error', () => {});
    switch (mode) {
      case 'cross-origin-redirect':
        res.writeHead(options.redirectStatus ?? 307, { location: `${otherOrigin}${req.url}` });
        return res.end();
      case 'huge-body':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(`${ENVELOPE_HEAD}{"id":"`);
        return streamFiller(res, hugeBytes);
      case 'gzip-bomb':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb!.length) });
        return res.end(bomb);
      case 'deep-json': {
        const body = tooDeep(options.depth ?? 20_000);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        return res.end(body);
      }
      case 'slow-drip': {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(ENVELOPE_HEAD);
        const timer = setInterval(() => (res.destroyed ? (clearInterval(timer), timers.delete(timer)) : res.write(' ')), options.dripMs ?? 200);
        timers.add(timer);
        return;
      }
      case 'never-ending':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(`${ENVELOPE_HEAD}{"id":"`);
        return streamFiller(res, Number.MAX_SAFE_INTEGER);
      case 'invalid-utf8': {
        const body = Buffer.concat([
          Buffer.from(`${ENVELOPE_HEAD}{"id":"`),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from('","meta":{}}}'),
        ]);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        return res.end(body);
      }
      case 'huge-headers': {
        // Past every HTTP client's header limit (undici and node:http: 16 KB by default).
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        for (let i = 0; i < 64; i++) headers[`x-filler-${i}`] = 'h'.repeat(8000);
        res.writeHead(200, headers);
        return res.end(`${ENVELOPE_HEAD}{}}`);
      }
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        res.write(`${ENVELOPE_HEAD}{"id":"abc`);
        return void setTimeout(() => res.socket?.destroy(), 5);
    }
  });
  const origin = await listen(server);
  const closeMain = closer(server);
  const closeOther = other ? closer(other) : async () => {};
  return {
    mode,
    baseUrl: `${origin}/client/v4`,
    received,
    elsewhere,
    elsewhereUrl: otherOrigin && `${otherOrigin}/client/v4`,
    async close() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([closeMain(), closeOther()]);
    },
  };
}

/** Credential headers among what a peer received (names only: a test fails on any). */
export const credentialHeadersIn = (requests: readonly Received[]): string[] =>
  requests.flatMap((r) => ['authorization', 'x-auth-key', 'x-auth-email'].filter((h) => r.headers[h] !== undefined));

/** Peak RSS growth of this process while `fn` runs, sampled every 5 ms (bytes). */
export async function rssGrowthDuring<T>(fn: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}
