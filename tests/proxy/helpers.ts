// A local Images server with the validating proxy in front of it, and a scripted upstream that
// answers what a test tells it to (for deliberately wrong responses), both on 127.0.0.1:0.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect } from 'vitest';
import { startContractProxy, type ContractProxy, type ContractProxyOptions } from '../../src/contract/proxy/server.js';
import type { CheckedExchange } from '../../src/contract/traffic/traffic-log.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { PNG } from '../helpers/fake-fetch.js';

export const TOKEN = 'proxy-SECRET-token-4f1c';
export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const API = `/client/v4/accounts/${ACCOUNT}`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export interface ProxiedServer {
  server: ImagesServer;
  proxy: ContractProxy;
  exchanges: CheckedExchange[];
}

/** The local Images server (self-check on) behind the proxy; both closed after the test. */
export async function proxiedLocalServer(options: Omit<ContractProxyOptions, 'upstream'> = {}): Promise<ProxiedServer> {
  const server = await startImagesServer({ port: 0, apiToken: TOKEN, accountId: ACCOUNT });
  const exchanges: CheckedExchange[] = [];
  const proxy = await startContractProxy({ upstream: server.baseUrl, onExchange: (x) => exchanges.push(x), ...options });
  cleanups.push(async () => {
    await proxy.close();
    expect(server.selfCheckViolations).toEqual([]);
    await server.close();
  });
  return { server, proxy, exchanges };
}

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  size: number;
  sha256: string;
}

type Script = (req: IncomingMessage, res: ServerResponse, received: Received) => void;

/** An upstream that records what reaches it (sizes and hashes of bodies) and answers with `script`. */
async function scriptedUpstream(script: Script): Promise<{ baseUrl: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
    const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, size, sha256: hash.digest('hex') };
    received.push(entry);
    script(req, res, entry);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`, received };
}

/** A scripted upstream behind the proxy. */
export async function proxiedScript(script: Script, options: Omit<ContractProxyOptions, 'upstream'> = {}) {
  const upstream = await scriptedUpstream(script);
  const exchanges: CheckedExchange[] = [];
  const proxy = await startContractProxy({ upstream: upstream.baseUrl, onExchange: (x) => exchanges.push(x), ...options });
  cleanups.push(() => proxy.close());
  return { ...upstream, proxy, exchanges };
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const envelope = (result: unknown) => JSON.stringify({ success: true, errors: [], messages: [], result });

/** The proxy's report once every exchange so far is recorded. */
export async function reportOf(proxy: ContractProxy) {
  await proxy.settled();
  return proxy.log.report();
}

/** The entries of the x-cf-images-violations header (none: []). */
export function violationsOf(headers: Headers): { check: string; location: string; pointer: string; message: string }[] {
  const value = headers.get('x-cf-images-violations');
  return value ? JSON.parse(value) : [];
}

/** A PNG of `size` bytes: a 1×1 image, padded after its IEND chunk (decoders stop there). */
export function paddedPng(size: number): Uint8Array {
  const png = PNG;
  const out = new Uint8Array(size);
  out.set(png);
  for (let i = png.length; i < size; i++) out[i] = (i * 31) & 0xff;
  return out;
}
