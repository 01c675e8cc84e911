// P9 of `npm run bench`: what durability costs. Acknowledged writes/s of the local server with
// --data-dir (each write: temporary file, fsync, rename, directory fsync, before the answer) against
// the same server in memory, in the same run, rounds interleaved. The data directory is under .bench/
// (the repository's disk: a tmpfs /tmp would make fsync free).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './chart.js';
import { fixtureServer, median } from './measure.js';
import { BENCH_TOKEN } from './servers.js';
import { PNG as png } from '../helpers/fake-fetch.js';

const headers = { authorization: `Bearer ${BENCH_TOKEN}` };

type Write = (i: number) => Promise<Response>;

/** Acknowledged (200) writes per second of `write` from `connections` loops for `seconds`, after a warm-up. */
async function writesPerSecond(write: Write, connections: number, seconds: number): Promise<number> {
  let next = 0;
  const run = async (ms: number) => {
    const until = performance.now() + ms;
    let acknowledged = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const response = await write(next++);
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`P9: a write answered ${response.status}`);
          acknowledged++;
        }
      }),
    );
    return acknowledged;
  };
  await run(300);
  const started = performance.now();
  const acknowledged = await run(seconds * 1000);
  return acknowledged / ((performance.now() - started) / 1000);
}

const edit =
  (origin: string, path: string): Write =>
  (i) =>
    fetch(`${origin}${path}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ metadata: { i } }) });

const upload =
  (origin: string, path: string): Write =>
  (i) => {
    const form = new FormData();
    form.append('file', new Blob([png]), `p9-${i}.png`);
    return fetch(`${origin}${path.replace(/\/[^/]+$/, '')}`, { method: 'POST', headers, body: form });
  };

/** P9: writes/s with --data-dir (fsync) vs in memory: an image edit (the state file) and an upload (a blob file and the state file). */
export async function p9(seconds = 2, rounds = 3, connections = 4): Promise<Row[]> {
  const dir = join('.bench', 'p9-data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync('.bench', { recursive: true });
  const servers = { memory: await fixtureServer('local', 'off'), disk: await fixtureServer('local', 'off', dir) };
  const kinds = { edit, upload };
  const rates: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++)
    for (const [kind, make] of Object.entries(kinds))
      for (const [name, server] of Object.entries(servers))
        (rates[`${kind} ${name}`] ??= []).push(await writesPerSecond(make(server.origin, server.path!), connections, seconds));
  await Promise.all(Object.values(servers).map((server) => server.close()));
  rmSync(dir, { recursive: true, force: true });
  const rate = (key: string) => median(rates[key]);
  const row = (kind: keyof typeof kinds, what: string): Row => {
    const [disk, memory] = [rate(`${kind} disk`), rate(`${kind} memory`)];
    return {
      id: 'P9',
      what,
      value: disk / memory,
      unit: '×',
      // Writes commit one at a time, so 1000 / rate is each write's share of the time.
      detail: `${disk.toFixed(0)} vs ${memory.toFixed(0)} acknowledged writes/s: ${(1000 / disk).toFixed(1)} vs ${(1000 / memory).toFixed(1)} ms a write (${connections} connections, medians of ${rounds} × ${seconds} s)`,
    };
  };
  return [
    row('edit', 'acknowledged writes/s with --data-dir (fsync) vs in memory: image edits (the state file)'),
    row('upload', '… uploads of a small PNG (a blob file, then the state file)'),
  ];
}
