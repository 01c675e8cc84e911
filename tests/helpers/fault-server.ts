import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: write whatever you like to `res` (or destroy the socket). */
export type Fault = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A loopback HTTP server that answers the n-th request with `script[n]` (the last entry repeats)
 * and records what it saw (method, URL, how many body bytes).
 */
export async function startFaultServer(script: Fault[]) {
  const seen: { method: string; url: string; bodyBytes: number }[] = [];
  const server = createServer((req, res) => {
    const request = { method: req.method!, url: req.url!, bodyBytes: 0 };
    seen.push(request);
    const n = seen.length - 1;
    req.on('data', (chunk: Buffer) => (request.bodyBytes += chunk.length));
    req.on('end', () => script[Math.min(n, script.length - 1)](req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/client/v4`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Fault =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

export const faults = {
  ok: (result: unknown) => json(200, { success: true, errors: [], messages: [], result }),
  html:
    (status: number): Fault =>
    (_req, res) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end(`<html><head><title>${status} Error</title></head><body><h1>${status}</h1></body></html>`);
    },
  status: (status: number, headers: Record<string, string> = {}) =>
    json(status, { success: false, errors: [{ code: 10000 + status, message: `status ${status}` }], messages: [], result: null }, headers),
  truncated: (): Fault => (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"success":true,"errors":[],"messages":[],"result":{"id":"ab');
  },
  notEnvelope: () => json(200, { id: 'abc', note: 'not an envelope' }),
  successFalse: () => json(200, { success: false, errors: [{ code: 5400, message: 'Bad request' }], messages: [], result: null }),
  resetMidBody: (): Fault => (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"success":true,"errors":[],"mes');
    setTimeout(() => res.socket?.destroy(), 5);
  },
  stall: (): Fault => () => {
    /* never answers */
  },
  resetBlobMidBody: (): Fault => (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': '100000' });
    res.write(Buffer.alloc(1000));
    setTimeout(() => res.socket?.destroy(), 5);
  },
  stallBlobMidBody: (): Fault => (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': '100000' });
    res.write(Buffer.alloc(1000));
  },
  textOnBlob: (): Fault => (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('not an image');
  },
};
