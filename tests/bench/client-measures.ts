// P1–P4 of `npm run bench`: the client, each figure against a baseline measured in the same run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import { validators } from '../../generated/validators.js';
import { createImagesClient } from '../../src/index.js';
import type { Row } from './chart.js';
import { childMeasure, fixtureServer, interleaved, median } from './measure.js';
import { ACCOUNT, envelope, image, pagedV2, serve, UPLOAD_KINDS, type UploadKind } from './servers.js';

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const at = (op: '≤' | '≥', value: number, actual: number) => ({ target: { op, value }, met: op === '≤' ? actual <= value : actual >= value });

/** P1: one GET, median of 5000 interleaved calls each, against a server in its own process. */
export async function p1(calls = 5000): Promise<Row[]> {
  const server = await fixtureServer('image');
  const id = image(1).id;
  const url = `${server.baseUrl}/accounts/${ACCOUNT}/images/v1/${id}`;
  const options = { accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {} };
  const plain = createImagesClient(options);
  const validating = createImagesClient({ ...options, validate: { request: true, response: true } });
  const sdk = new Cloudflare({ apiToken: 't', baseURL: server.baseUrl, maxRetries: 0 });
  const bare = createClient<paths>({ baseUrl: server.baseUrl, headers: { authorization: 'Bearer t' } });
  const t = await interleaved(
    {
      fetch: async () => (await fetch(url, { headers: { authorization: 'Bearer t' } })).json(),
      openapiFetch: () => bare.GET('/accounts/{account_id}/images/v1/{image_id}', { params: { path: { account_id: ACCOUNT, image_id: id } } }),
      // What any per-attempt timeout costs openapi-fetch: an AbortSignal and a timer for each call.
      openapiFetchTimeout: () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        return bare
          .GET('/accounts/{account_id}/images/v1/{image_id}', { params: { path: { account_id: ACCOUNT, image_id: id } }, signal: controller.signal })
          .finally(() => clearTimeout(timer));
      },
      client: () => plain.images.v1.get(id),
      validating: () => validating.images.v1.get(id),
      sdk: () => sdk.images.v1.get(id, { account_id: ACCOUNT }),
    },
    calls,
  );
  await server.close();
  const of = (name: string) => `${us(t[name])} vs ${us(t.openapiFetch)}, medians of ${calls}`;
  return [
    {
      id: 'P1',
      what: 'client GET vs openapi-fetch alone (request validation on)',
      value: t.client / t.openapiFetch,
      unit: '×',
      ...at('≤', 1.03, t.client / t.openapiFetch),
      detail: of('client'),
    },
    {
      id: 'P1',
      what: 'client GET with response validation vs openapi-fetch alone',
      value: t.validating / t.openapiFetch,
      unit: '×',
      ...at('≤', 1.1, t.validating / t.openapiFetch),
      detail: of('validating'),
    },
    {
      id: 'P1',
      what: 'openapi-fetch + a per-call AbortSignal and setTimeout (a plain timeout)',
      value: t.openapiFetchTimeout / t.openapiFetch,
      unit: '×',
      peer: true,
      detail: of('openapiFetchTimeout'),
    },
    { id: 'P1', what: 'official cloudflare SDK GET vs openapi-fetch alone (peer)', value: t.sdk / t.openapiFetch, unit: '×', peer: true, detail: of('sdk') },
    {
      id: 'P1',
      what: 'openapi-fetch alone vs raw fetch (the floor under the client)',
      value: t.openapiFetch / t.fetch,
      unit: '×',
      peer: true,
      detail: `${us(t.openapiFetch)} vs ${us(t.fetch)}`,
    },
  ];
}

/** P2: the generated response validator on a 1000-image v2 list vs JSON.parse of the same body. */
export async function p2(): Promise<Row[]> {
  const text = JSON.stringify(envelope({ images: Array.from({ length: 1000 }, (_, i) => image(i)), continuation_token: 'next' }));
  const parsed = JSON.parse(text);
  const validate = validators['listImagesV2.response.200'];
  if (!validate(parsed)) throw new Error(`the bench body does not validate: ${JSON.stringify(validate.errors)}`);
  const t = await interleaved({ parse: () => JSON.parse(text), validate: () => validate(parsed) }, 1000);
  const value = t.validate / t.parse;
  return [
    {
      id: 'P2',
      what: 'validate a 1000-image v2 list vs JSON.parse of it',
      value,
      unit: '×',
      ...at('≤', 0.5, value),
      detail: `${us(t.validate)} vs ${us(t.parse)} (${(text.length / 1024).toFixed(0)} KB)`,
    },
  ];
}

/** P3: paging with prefetch vs the ideal N·max(L, W); and RSS over 100k images, each run in a fresh process. */
export async function p3(runs = 3): Promise<Row[]> {
  const [pages, latency, work] = [20, 50, 50];
  const server = await serve(pagedV2(pages, 10, latency));
  const client = createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl: server.baseUrl, env: {} });
  const consume = () => new Promise((r) => setTimeout(r, work));
  const ideal = pages * Math.max(latency, work);
  const sdk = new Cloudflare({ apiToken: 't', baseURL: server.baseUrl, maxRetries: 0 });
  const clientPass = async () => {
    for await (const _page of client.images.v2.list({ per_page: 10 }).pages()) await consume();
  };
  const sdkPass = async () => {
    let token: string | undefined;
    do {
      const page: any = await sdk.images.v2.list({ account_id: ACCOUNT, per_page: 10, ...(token ? { continuation_token: token } : {}) });
      await consume();
      token = page.continuation_token ?? undefined;
    } while (token);
  };
  /** Median of three timed passes, after one to warm up (a cold process's first page is not what prefetch is about). */
  const timed = async (pass: () => Promise<void>) => {
    await pass();
    const times: number[] = [];
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      await pass();
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const prefetch = await timed(clientPass);
  const sdkTime = await timed(sdkPass);
  await server.close();

  const lists = await fixtureServer('pages', '100', '1000', '0');
  const kinds = ['client', 'raw', 'officialSdk'];
  const passes: Record<string, number[][][]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let r = 0; r < runs; r++)
    for (const kind of kinds) passes[kind].push((await childMeasure<{ passes: number[][] }>('list-memory', [kind, lists.baseUrl])).passes);
  await lists.close();
  /** Per run, the RSS spread (MB) of one pass after its first 10k images (a sample every 1000). */
  const spreads = (kind: string, pass: number) => passes[kind].map((run) => (Math.max(...run[pass].slice(10)) - Math.min(...run[pass].slice(10))) / 2 ** 20);
  const spread = (kind: string, pass = 1) => median(spreads(kind, pass));
  const runsOf = (kind: string, pass = 1) =>
    `median of ${runs} processes: ${spreads(kind, pass)
      .map((v) => `${v.toFixed(1)} MB`)
      .join(', ')}`;
  return [
    {
      id: 'P3',
      what: 'iterate pages with prefetch vs ideal N·max(L,W)',
      value: prefetch / ideal,
      unit: '×',
      ...at('≤', 1.15, prefetch / ideal),
      detail: `${prefetch.toFixed(0)} ms, median of 3; ${pages} pages, L=${latency} ms, W=${work} ms, ideal ${ideal} ms`,
    },
    {
      id: 'P3',
      what: 'official SDK paging (a manual token loop) vs ideal (peer)',
      value: sdkTime / ideal,
      unit: '×',
      peer: true,
      detail: `${sdkTime.toFixed(0)} ms`,
    },
    {
      id: 'P3',
      what: 'RSS spread over 100k images after the first 10k (a second pass)',
      value: spread('client'),
      unit: 'MB',
      ...at('≤', 10, spread('client')),
      detail: runsOf('client'),
    },
    { id: 'P3', what: '… raw fetch + JSON.parse, one page at a time (baseline)', value: spread('raw'), unit: 'MB', peer: true, detail: runsOf('raw') },
    { id: 'P3', what: '… official SDK, a manual token loop (peer)', value: spread('officialSdk'), unit: 'MB', peer: true, detail: runsOf('officialSdk') },
    {
      id: 'P3',
      what: "the first pass of a fresh process (with V8's heap warm-up): client",
      value: spread('client', 0),
      unit: 'MB',
      peer: true,
      detail: runsOf('client', 0),
    },
    { id: 'P3', what: '… raw fetch + JSON.parse (baseline)', value: spread('raw', 0), unit: 'MB', peer: true, detail: runsOf('raw', 0) },
  ];
}

const P4_WHAT: Record<UploadKind, string> = {
  bytes: 'upload a 10 MB Uint8Array: peak RSS growth vs file size',
  arrayBuffer: '… an ArrayBuffer',
  blob: '… a Blob',
  file: '… a File',
  stream: '… a ReadableStream (FileHandle.readableWebStream)',
  nodeStream: '… a Node stream (fs.createReadStream), as an async iterable',
  fileFromPath: '… fileFromPath(path)',
  toWebStream: '… Readable.toWeb(createReadStream) — Node copies each chunk',
  rawFormData: 'raw fetch + FormData of the bytes (baseline: the runtime alone)',
  officialSdk: 'official cloudflare SDK, toFile(bytes) (peer)',
};

/** P4: peak RSS growth uploading a 10 MB file, per input kind, each in a fresh process (median of `runs`). */
export async function p4(runs = 3): Promise<Row[]> {
  const size = 10 * 2 ** 20 - 1024;
  const photo = new Uint8Array(size).map((_, i) => (i * 2654435761) >>> 24);
  photo.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync('.bench/photo.png', photo);
  const sink = spawn(process.execPath, ['tests/bench/sink-server.mjs'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await once(sink.stdout!, 'data')) as [Buffer];
  const baseUrl = `http://127.0.0.1:${line.toString().trim()}/client/v4`;
  const rows: Row[] = [];
  let method = '';
  for (const kind of UPLOAD_KINDS) {
    const growths: number[] = [];
    for (let r = 0; r < runs; r++) {
      const result = await childMeasure<{ growth: number; method: string }>(
        'upload-memory',
        [kind, baseUrl, '.bench/photo.png'],
        ['--expose-gc', '--liftoff-only'],
      );
      growths.push(result.growth);
      method = result.method;
    }
    const value = median(growths) / size;
    const counted = !['toWebStream', 'rawFormData', 'officialSdk'].includes(kind);
    rows.push({
      id: 'P4',
      what: P4_WHAT[kind],
      value,
      unit: '×',
      ...(counted ? at('≤', 1.5, value) : { peer: true }),
      detail: `${mb(median(growths))} (${growths.map(mb).join(', ')}; ${method === 'hwm' ? 'VmHWM' : 'sampled RSS'})`,
    });
  }
  sink.stdin!.end();
  return rows;
}
