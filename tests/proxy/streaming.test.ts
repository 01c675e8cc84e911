// Bodies stream through the proxy: the upstream has the start of an upload before the app has sent
// the rest, and the app has the start of a blob before the upstream has sent the rest — and the
// bytes arrive unchanged, while the checks still see the whole form and the blob's size.
import { createHash } from 'node:crypto';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startContractProxy, type ContractProxy } from '../../src/contract/proxy/server.js';
import { API, envelope, paddedPng, reportOf, sha256, TOKEN } from './helpers.js';

const IMAGE = '2cdc28f0-017a-49c4-9ed7-87056c83901a';
const signal = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const within = <T>(promise: Promise<T>, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: the proxy held the body back`)), 5000))]);

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function proxyFor(handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void): Promise<ContractProxy> {
  const upstream = createServer(handler);
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const proxy = await startContractProxy({ upstream: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/client/v4` });
  closers.push(
    () => proxy.close(),
    () => upstream.closeAllConnections(),
    () => new Promise((r) => upstream.close(r)),
  );
  return proxy;
}

describe('streaming through the proxy', () => {
  it('an upload reaches the upstream while the app is still sending it, unchanged, and its form is checked', async () => {
    const file = paddedPng(4 * 1024 * 1024);
    const boundary = 'cfimagesboundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{"sku":"1"}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const [first, rest] = [Buffer.concat([head, file.subarray(0, 1024 * 1024)]), Buffer.concat([file.subarray(1024 * 1024), tail])];
    const firstArrived = signal();
    let upstreamHash = '';
    const proxy = await proxyFor(async (req, res) => {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        hash.update(chunk);
        size += chunk.length;
        if (size >= first.length) firstArrived.resolve();
      }
      upstreamHash = hash.digest('hex');
      res.writeHead(200, { 'content-type': 'application/json' }).end(envelope({ id: IMAGE }));
    });
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(
        `${proxy.url}${API}/images/v1`,
        { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': `multipart/form-data; boundary=${boundary}` } },
        resolve,
      );
      req.on('error', reject);
      req.write(first);
      within(firstArrived.promise, 'upload')
        .then(() => req.end(rest))
        .catch((error) => req.destroy(error));
    });
    const res = await response;
    res.resume();
    await new Promise((r) => res.on('end', r));
    expect(res.statusCode).toBe(200);
    expect(upstreamHash).toBe(sha256(Buffer.concat([first, rest])));
    const report = await reportOf(proxy);
    expect(report.failures).toEqual([]);
    expect(report.summaries).toContainEqual(expect.objectContaining({ check: 'request_conformance', operationId: 'uploadImage', passed: 1, failed: 0 }));
  });

  it('a blob reaches the app while the upstream is still sending it, unchanged, and its size is checked', async () => {
    const blob = paddedPng(6 * 1024 * 1024);
    const appHasStart = signal();
    let appended = false;
    const proxy = await proxyFor(async (req, res) => {
      if (req.url!.endsWith('/empty/blob')) return res.writeHead(200, { 'content-type': 'image/png' }).end();
      res.writeHead(200, { 'content-type': 'image/png' }); // no content-length: chunked
      res.write(blob.subarray(0, 512 * 1024));
      await within(appHasStart.promise, 'blob').catch(() => undefined);
      appended = true;
      res.end(blob.subarray(512 * 1024));
    });
    const response = await fetch(`${proxy.url}${API}/images/v1/${IMAGE}/blob`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks.push(next.value);
      received += next.value.length;
      if (received >= 512 * 1024 && !appended) appHasStart.resolve();
    }
    expect(appended).toBe(true);
    expect(sha256(Buffer.concat(chunks))).toBe(sha256(blob));

    await (await fetch(`${proxy.url}${API}/images/v1/empty/blob`, { headers: { authorization: `Bearer ${TOKEN}` } })).arrayBuffer();
    const report = await reportOf(proxy);
    expect(report.failures).toEqual([
      expect.objectContaining({ check: 'response_schema_conformance', message: 'the binary body is empty', received: expect.objectContaining({ value: 0 }) }),
    ]);
    expect(report.operations).toEqual([expect.objectContaining({ operationId: 'getImageBlob', calls: 2, statuses: [200] })]);
  });
});
