// Loopback servers in their own processes, so their work and heap never count against what is
// measured. Each prints one JSON line (`{"port":…}` and what it serves), then runs until its stdin closes.
//   image                     GET of one image envelope (bench P1)
//   pages <n> <perPage> <ms>  v2 pages of generated images (bench P3)
//   bare <file>               every request answered with the bytes of <file> as JSON (bench P7)
//   local <selfCheck on|off> [dataDir]
//                             the local Images server with one image, in memory or persisted in dataDir;
//                             prints the path of its GET (bench P7, P9)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createImagesClient } from '../../src/index.js';
import { startImagesServer } from '../../src/server/index.js';
import { BENCH_TOKEN, envelope, image, json, pagedV2 } from './servers.js';
import { PNG as png } from '../helpers/fake-fetch.js';

async function listen(handler: Parameters<typeof createServer>[1]) {
  const server = createServer(handler);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function start(mode: string, args: string[]): Promise<Record<string, unknown>> {
  if (mode === 'image') {
    const body = JSON.stringify(envelope(image(1)));
    return { port: await listen((_req, res) => json(res, body)) };
  }
  if (mode === 'pages') {
    const [pages, perPage, latencyMs] = args.map(Number);
    return { port: await listen(pagedV2(pages, perPage, latencyMs)) };
  }
  if (mode === 'bare') {
    const body = readFileSync(args[0]);
    return { port: await listen((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body)) };
  }
  if (mode === 'local') {
    const server = await startImagesServer({ port: 0, apiToken: BENCH_TOKEN, selfCheck: args[0] !== 'off', dataDir: args[1] });
    const client = createImagesClient({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: BENCH_TOKEN, env: {} });
    const { id } = await client.images.v1.create({ file: png, metadata: { bench: true } });
    return { port: server.port, path: `/client/v4/accounts/${server.accountId}/images/v1/${id}` };
  }
  throw new Error(`unknown fixture server mode ${mode}`);
}

const [mode, ...args] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await start(mode, args))}\n`);
process.stdin.on('end', () => process.exit(0)).resume();
