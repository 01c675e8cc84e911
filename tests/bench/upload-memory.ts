/**
 * One P4 measure, in a fresh process so no earlier heap counts: the peak RSS growth while one
 * 10 MB file is uploaded to the sink server (its own process), the file already in the form the
 * caller has it (bytes, a Blob, a File, a stream, a path) before the baseline. Peak RSS is the
 * kernel's high-water mark (VmHWM, reset through /proc/self/clear_refs), so a copy is seen however
 * briefly it lives; file-backed pages (code of the node binary paged in) are not counted. Elsewhere
 * it falls back to sampling every millisecond. Run with --liftoff-only, or undici's HTTP parser
 * (WebAssembly) is recompiled in the background during the measure, ~10 MB that are not the file's.
 *
 *   node --expose-gc --liftoff-only .bench/bin/upload-memory.mjs <kind> <sink base URL> <file path>
 * prints `{"kind":…,"growth":<bytes>,"size":<bytes>,"method":"hwm"|"sampled"}`.
 */
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createImagesClient, type ImageSource } from '../../src/index.js';
import { fileFromPath } from '../../src/node/index.js';
import { ACCOUNT, type UploadKind } from './servers.js';

const statusKb = (field: string) => Number(readFileSync('/proc/self/status', 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN) * 1024;

/** Resets the peak; `stop()` gives the growth of anonymous memory since, at its peak. */
function peakMeter() {
  let hwm = true;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    hwm = false;
  }
  const before = hwm ? statusKb('VmRSS') : process.memoryUsage().rss;
  const fileBefore = hwm ? statusKb('RssFile') : 0;
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 1);
  return {
    hwm,
    stop() {
      clearInterval(sampler);
      if (!hwm) return Math.max(sampled, process.memoryUsage().rss) - before;
      return statusKb('VmHWM') - before - (statusKb('RssFile') - fileBefore);
    },
  };
}

async function upload(kind: UploadKind, source: unknown, baseUrl: string) {
  if (kind === 'rawFormData') {
    const form = new FormData();
    form.append('file', new Blob([source as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'photo.png');
    await (await fetch(`${baseUrl}/accounts/${ACCOUNT}/images/v1`, { method: 'POST', body: form })).text();
  } else if (kind === 'officialSdk') {
    const { default: Cloudflare, toFile } = await import('cloudflare');
    const sdk = new Cloudflare({ apiToken: 't', baseURL: baseUrl, maxRetries: 0 });
    await sdk.images.v1.create({ account_id: ACCOUNT, file: await toFile(source as Uint8Array, 'photo.png', { type: 'image/png' }) });
  } else {
    await createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl, env: {} }).images.v1.create({ file: source as ImageSource });
  }
}

async function main(kind: UploadKind, baseUrl: string, path: string) {
  const size = readFileSync(path).length;
  const sources: Record<UploadKind, () => unknown> = {
    bytes: () => new Uint8Array(readFileSync(path)),
    arrayBuffer: () => new Uint8Array(readFileSync(path)).buffer,
    blob: () => new Blob([readFileSync(path)], { type: 'image/png' }),
    file: () => new File([readFileSync(path)], 'photo.png', { type: 'image/png' }),
    stream: async () => (await open(path)).readableWebStream(),
    nodeStream: () => createReadStream(path),
    fileFromPath: () => fileFromPath(path),
    toWebStream: () => Readable.toWeb(createReadStream(path)),
    rawFormData: () => new Uint8Array(readFileSync(path)),
    officialSdk: () => new Uint8Array(readFileSync(path)),
  };
  // Warm-up with a small file the same way: code loaded and connections opened on first use are not the file's cost.
  await upload(
    kind,
    kind === 'rawFormData' || kind === 'officialSdk' ? readFileSync(path).subarray(0, 4096) : new Blob([readFileSync(path).subarray(0, 4096)]),
    baseUrl,
  );
  // The caller's file, made before the baseline: only what the upload adds is measured.
  const source = await sources[kind]();
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 50));
  globalThis.gc?.();
  const meter = peakMeter();
  await upload(kind, source, baseUrl);
  const growth = meter.stop();
  process.stdout.write(`${JSON.stringify({ kind, growth, size, method: meter.hwm ? 'hwm' : 'sampled' })}\n`);
}

const [kind, baseUrl, path] = process.argv.slice(2) as [UploadKind, string, string];
if (kind) await main(kind, baseUrl, path);
