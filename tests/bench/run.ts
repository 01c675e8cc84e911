/**
 * `npm run bench`: performance as ratios against a baseline measured in the same run, on loopback.
 * Prints a table and writes the figures to .bench/results.json (git-ignored).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Table from 'cli-table3';
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { validators } from '../../generated/validators.js';
import { createImagesClient } from '../../src/index.js';
import { ACCOUNT, envelope, image, json, pagedV2, serve } from './servers.js';

type Row = { id: string; what: string; ratio: number; target?: string; met?: boolean; detail: string };
const rows: Row[] = [];
const ms = (n: number) => `${n.toFixed(3)} ms`;

async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < runs; i++) await fn();
  return (performance.now() - start) / runs;
}

/** Interleaves rounds of each candidate and keeps each one's best round, to even out machine noise. */
async function compare(candidates: Record<string, () => Promise<unknown> | unknown>, runs: number, rounds = 7): Promise<Record<string, number>> {
  const best: Record<string, number> = Object.fromEntries(Object.keys(candidates).map((k) => [k, Infinity]));
  for (const fn of Object.values(candidates)) await time(Math.ceil(runs / 5), fn); // warm-up
  for (let r = 0; r < rounds; r++) for (const [name, fn] of Object.entries(candidates)) best[name] = Math.min(best[name], await time(runs, fn));
  return best;
}

async function p1() {
  const body = JSON.stringify(envelope(image(1)));
  const server = await serve((_req, res) => json(res, body));
  const url = `${server.baseUrl}/accounts/${ACCOUNT}/images/v1/${image(1).id}`;
  const plain = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {} });
  const validating = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {}, validate: { request: true, response: true } });
  const sdk = new Cloudflare({ apiToken: 't', baseURL: server.baseUrl, maxRetries: 0 });
  const bare = createClient<paths>({ baseUrl: server.baseUrl, headers: { authorization: 'Bearer t' } });
  const t = await compare(
    {
      fetch: async () => (await fetch(url, { headers: { authorization: 'Bearer t' } })).json(),
      openapiFetch: () => bare.GET('/accounts/{account_id}/images/v1/{image_id}', { params: { path: { account_id: ACCOUNT, image_id: image(1).id } } }),
      client: () => plain.images.v1.get(image(1).id),
      validating: () => validating.images.v1.get(image(1).id),
      sdk: () => sdk.images.v1.get(image(1).id, { account_id: ACCOUNT }),
    },
    300,
  );
  await server.close();
  rows.push({ id: 'P1', what: 'client GET vs raw fetch (no response validation)', ratio: t.client / t.fetch, target: '≤ 1.05×', met: t.client / t.fetch <= 1.05, detail: `${ms(t.client)} vs ${ms(t.fetch)}` });
  rows.push({ id: 'P1', what: 'openapi-fetch alone (the floor under the client) vs raw fetch', ratio: t.openapiFetch / t.fetch, detail: `${ms(t.openapiFetch)} vs ${ms(t.fetch)}` });
  rows.push({ id: 'P1', what: 'client GET with response validation vs raw fetch', ratio: t.validating / t.fetch, detail: `${ms(t.validating)} vs ${ms(t.fetch)}` });
  rows.push({ id: 'P5', what: 'official cloudflare SDK GET vs raw fetch', ratio: t.sdk / t.fetch, detail: `${ms(t.sdk)} vs ${ms(t.fetch)}` });
}

async function p2() {
  const text = JSON.stringify(envelope({ images: Array.from({ length: 1000 }, (_, i) => image(i)), continuation_token: 'next' }));
  const parsed = JSON.parse(text);
  const validate = validators['listImagesV2.response.200'];
  if (!validate(parsed)) throw new Error(`the bench body does not validate: ${JSON.stringify(validate.errors)}`);
  const t = await compare({ parse: () => JSON.parse(text), validate: () => validate(parsed) }, 200);
  rows.push({ id: 'P2', what: 'validate a 1000-image v2 list vs JSON.parse of it', ratio: t.validate / t.parse, target: '≤ 0.5×', met: t.validate / t.parse <= 0.5, detail: `${ms(t.validate)} vs ${ms(t.parse)} (${(text.length / 1024).toFixed(0)} KB)` });
}

async function p3() {
  const pages = 20;
  const latency = 50;
  const work = 50;
  const server = await serve(pagedV2(pages, 10, latency));
  const client = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {} });
  const consume = () => new Promise((r) => setTimeout(r, work));
  const ideal = pages * Math.max(latency, work);

  let start = performance.now();
  for await (const _page of client.images.v2.list({ per_page: 10 }).pages()) await consume();
  const prefetch = performance.now() - start;

  start = performance.now();
  let token: string | undefined;
  do {
    const page = await client.images.v2.list({ per_page: 10, ...(token ? { continuation_token: token } : {}) });
    await consume();
    token = page.continuation_token ?? undefined;
  } while (token);
  const sequential = performance.now() - start;

  const sdk = new Cloudflare({ apiToken: 't', baseURL: server.baseUrl, maxRetries: 0 });
  start = performance.now();
  token = undefined;
  do {
    const page: any = await sdk.images.v2.list({ account_id: ACCOUNT, per_page: 10, ...(token ? { continuation_token: token } : {}) });
    await consume();
    token = page.continuation_token ?? undefined;
  } while (token);
  const sdkTime = performance.now() - start;
  await server.close();

  const detail = `${pages} pages, L=${latency} ms, W=${work} ms, ideal ${ideal} ms`;
  rows.push({ id: 'P3', what: 'iterate pages with prefetch vs ideal N·max(L,W)', ratio: prefetch / ideal, target: '≤ 1.15×', met: prefetch / ideal <= 1.15, detail: `${prefetch.toFixed(0)} ms; ${detail}` });
  rows.push({ id: 'P3', what: 'iterate pages without prefetch vs ideal', ratio: sequential / ideal, detail: `${sequential.toFixed(0)} ms` });
  rows.push({ id: 'P5', what: 'official cloudflare SDK v2 pagination (manual token loop) vs ideal', ratio: sdkTime / ideal, detail: `${sdkTime.toFixed(0)} ms` });
}

async function p3Memory() {
  const server = await serve(pagedV2(100, 1000, 0));
  const client = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {} });
  const samples: number[] = [];
  let count = 0;
  for await (const _img of client.images.v2.list({ per_page: 1000 })) {
    if (++count % 1000 === 0) samples.push(process.memoryUsage().rss);
  }
  await server.close();
  const settled = samples.slice(10);
  const spread = (Math.max(...settled) - Math.min(...settled)) / 2 ** 20;
  rows.push({ id: 'P3', what: `RSS spread over ${count} images (after the first 10k)`, ratio: spread / 10, target: '≤ 10 MB', met: spread <= 10, detail: `${spread.toFixed(1)} MB` });
}

/** Starts tests/bench/sink-server.mjs in its own process; it exits when our stdin pipe closes. */
async function sinkServer() {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./sink-server.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { baseUrl: `http://127.0.0.1:${line.toString().trim()}/client/v4`, close: () => child.stdin!.end() };
}

async function uploadGrowth(size: number, upload: (file: Uint8Array, baseUrl: string) => Promise<unknown>) {
  const server = await sinkServer();
  const file = new Uint8Array(size);
  file.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  await upload(file, server.baseUrl);
  peak = Math.max(peak, process.memoryUsage().rss);
  clearInterval(sampler);
  server.close();
  globalThis.gc?.();
  return peak - before;
}

async function p4() {
  const size = 10 * 1024 * 1024 - 1024;
  const raw = await uploadGrowth(size, async (file, baseUrl) => {
    const form = new FormData();
    form.append('file', new Blob([file as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'image.png');
    await (await fetch(`${baseUrl}/accounts/${ACCOUNT}/images/v1`, { method: 'POST', body: form })).text();
  });
  const client = await uploadGrowth(size, (file, baseUrl) =>
    createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl, env: {} }).images.v1.create({ file, contentType: 'image/png' }),
  );
  const blobInput = await uploadGrowth(size, (file, baseUrl) =>
    createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl, env: {} }).images.v1.create({ file: new Blob([file as Uint8Array<ArrayBuffer>], { type: 'image/png' }) }),
  );
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  rows.push({ id: 'P4', what: 'upload a 10 MB file: peak RSS growth vs file size', ratio: client / size, target: '≤ 1.5×', met: client / size <= 1.5, detail: `${mb(client)} for ${mb(size)}` });
  rows.push({ id: 'P4', what: 'upload the same file given as a Blob (as fileFromPath gives it)', ratio: blobInput / size, detail: `${mb(blobInput)}, including the Blob itself` });
  rows.push({ id: 'P4', what: 'raw fetch + FormData of the same file: RSS growth vs file size', ratio: raw / size, detail: `${mb(raw)} (the runtime's own cost)` });
}

// P4 first: RSS is only meaningful before other measures have grown and freed the heap.
await p4();
await p1();
await p2();
await p3();
await p3Memory();

const table = new Table({ head: ['', 'measure', 'ratio', 'target', 'met', 'detail'] });
for (const r of rows) table.push([r.id, r.what, `${r.ratio.toFixed(3)}×`, r.target ?? '-', r.met === undefined ? '-' : r.met ? 'yes' : 'NO', r.detail]);
console.log(table.toString());
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2)}\n`);
console.log('figures written to .bench/results.json');
