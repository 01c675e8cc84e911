import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const BENCH_TOKEN = 'bench-token';

/** The file inputs P4 measures (tests/bench/upload-memory.ts), then its baseline and peer. */
export const UPLOAD_KINDS = [
  'bytes',
  'arrayBuffer',
  'blob',
  'file',
  'stream',
  'nodeStream',
  'fileFromPath',
  'toWebStream',
  'rawFormData',
  'officialSdk',
] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const image = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  filename: `photo-${i}.jpg`,
  creator: i % 2 ? 'user-1' : null,
  meta: { index: i, tag: 'bench' },
  requireSignedURLs: false,
  uploaded: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  variants: [`https://imagedelivery.net/hash/00000000-0000-4000-8000-${String(i).padStart(12, '0')}/public`],
});

export const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });

/** A loopback server: `handler` answers each request; returns its base URL (`…/client/v4`). */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, body: string) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Serves v2 pages of `perPage` generated images, `pages` of them, after `latencyMs` each. */
export function pagedV2(pages: number, perPage: number, latencyMs: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url!, 'http://x');
    const page = Number(url.searchParams.get('continuation_token') ?? 0);
    const images = Array.from({ length: perPage }, (_, i) => image(page * perPage + i));
    const body = JSON.stringify(envelope({ images, continuation_token: page + 1 < pages ? String(page + 1) : null }));
    setTimeout(() => json(res, body), latencyMs);
  };
}
