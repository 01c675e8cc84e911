// Upload bodies through the runtime's own fetch (streamed, with a Content-Length) against a
// loopback server that records each request as received.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagesClient, ImagesValidationError, type ImageSource } from '../../src/index.js';
import { fileFromPath } from '../../src/node/index.js';
import { ACCOUNT, image, PNG } from '../helpers/fake-fetch.js';

type Received = { headers: IncomingHttpHeaders; body: Buffer };
const received: Received[] = [];
let failFirst = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push({ headers: req.headers, body: Buffer.concat(chunks) });
    const fail = failFirst > 0 && failFirst--;
    const body = JSON.stringify(
      fail
        ? { success: false, errors: [{ code: 10503, message: 'busy' }], messages: [], result: null }
        : { success: true, errors: [], messages: [], result: image('abc') },
    );
    res.writeHead(fail ? 503 : 200, { 'content-type': 'application/json' }).end(body);
  });
});
let baseUrl = '';
const dir = mkdtempSync(join(tmpdir(), 'cf-images-upload-'));
// A PNG a little over 2.5 MiB, so a body is sent as several views of the caller's bytes.
const big = new Uint8Array(2.5 * 2 ** 20 + 7).map((_, i) => (i * 31) & 0xff);
big.set(PNG.subarray(0, 8));
const bigPath = join(dir, 'big.png');
writeFileSync(bigPath, big);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
});
const handles: Awaited<ReturnType<typeof open>>[] = [];
const opened = async (path: string) => {
  handles.push(await open(path));
  return handles.at(-1)!;
};
afterAll(async () => {
  await Promise.all(handles.map((h) => h.close()));
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const client = () => createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl, env: {}, maxRetryDelayMs: 50 });

/** The file part's bytes in a received multipart body. */
function filePart({ headers, body }: Received): Buffer {
  const boundary = Buffer.from(`--${String(headers['content-type']).match(/boundary=(.+)$/)![1]}`);
  const start = body.indexOf('\r\n\r\n', body.indexOf(boundary)) + 4;
  return body.subarray(start, body.indexOf(boundary, start) - 2);
}

describe('uploads through the runtime fetch', () => {
  const sources: [string, () => ImageSource | Promise<ImageSource>][] = [
    ['bytes', () => big],
    ['an ArrayBuffer', () => big.slice().buffer],
    ['a Blob', () => new Blob([big], { type: 'image/png' })],
    ['a ReadableStream', () => new Blob([big]).stream()],
    ['a Node stream (async iterable)', () => Readable.from([big.subarray(0, 1000), big.subarray(1000)])],
    ['a file handle web stream (ArrayBuffer chunks)', async () => (await opened(bigPath)).readableWebStream() as ReadableStream<Uint8Array>],
    ['fileFromPath', () => fileFromPath(bigPath)],
  ];

  it.each(sources)('%s: the exact bytes, with a Content-Length and no chunked encoding', async (_name, source) => {
    received.length = 0;
    await expect(client().images.v1.create({ file: await source() })).resolves.toMatchObject({ id: 'abc' });
    const [request] = received;
    expect(request.headers['transfer-encoding']).toBeUndefined();
    expect(Number(request.headers['content-length'])).toBe(request.body.length);
    expect(filePart(request).equals(Buffer.from(big))).toBe(true);
  });

  it('a retried upload sends the same bytes again (a fresh stream each attempt)', async () => {
    received.length = 0;
    failFirst = 1;
    await expect(client().images.v1.create({ file: Readable.from([big]), id: 'products/big' })).resolves.toMatchObject({ id: 'abc' });
    expect(received).toHaveLength(2);
    expect(received.map((r) => filePart(r).equals(Buffer.from(big)))).toEqual([true, true]);
  });

  it('a stream over the size limit is refused once the limit is passed, without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(pulled === 1 ? big.subarray(0, 2 ** 20) : new Uint8Array(2 ** 20));
      },
    });
    const error = await client()
      .images.v1.create({ file: endless })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.message).toMatch(/\/body\/file is more than 10485760 bytes; at most 10485760 are allowed/);
    expect(pulled).toBeLessThanOrEqual(12);
  });

  it('a file on disk that is gone by the time it is read is a typed error', async () => {
    const path = join(dir, 'gone.png');
    writeFileSync(path, big.subarray(0, 100));
    const file = await fileFromPath(path);
    rmSync(path);
    const error = await client()
      .images.v1.create({ file })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe('/body/file');
    expect(error.message).toMatch(/could not be read/);
  });
});
