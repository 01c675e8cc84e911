// P6–P8 of `npm run bench`: the conformance checker, the local server and the contract command,
// measured (not changed) against baselines in the same run.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkResponse } from '../../src/contract/checks/check-response.js';
import type { Row } from './chart.js';
import { childMeasure, fixtureServer, interleaved, median, wallTime } from './measure.js';
import { ACCOUNT, BENCH_TOKEN, envelope, image } from './servers.js';

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
const at = (op: '≤' | '≥', value: number, actual: number) => ({ target: { op, value }, met: op === '≤' ? actual <= value : actual >= value });

/** Self time by function of `calls` runs of `fn`, from a V8 CPU profile (also saved to `file`). */
async function profile(fn: () => unknown, calls: number, file: string): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (let i = 0; i < calls; i++) fn();
  const { profile: cpu } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(cpu));
  const self = new Map<string, number>();
  const hits = new Map<number, number>();
  for (const id of cpu.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = cpu.samples?.length ?? 1;
  for (const node of cpu.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(src|node_modules|generated)\//, '$1/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (hits.get(node.id) ?? 0));
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([key, n]) => `${((100 * n) / total).toFixed(1)}% ${key}`);
}

export const profiles: Record<string, string[]> = {};

/** P6: checkResponse on a 1000-image v2 list vs JSON.parse of its body. */
export async function p6(): Promise<Row[]> {
  const text = JSON.stringify(envelope({ images: Array.from({ length: 1000 }, (_, i) => image(i)), continuation_token: 'next' }));
  const body = JSON.parse(text);
  const bytes = new TextEncoder().encode(text);
  const url = `http://127.0.0.1:8787/client/v4/accounts/${ACCOUNT}/images/v2?per_page=1000`;
  const exchange = {
    operationId: 'listImagesV2',
    method: 'GET',
    url,
    status: 200,
    headers: { 'content-type': 'application/json', 'cf-ray': '8f1e6c0f9a2b3c4d-LHR' },
  };
  const options = { basePath: '/client/v4' };
  const violations = checkResponse({ ...exchange, body }, options);
  if (violations.length) throw new Error(`the bench exchange does not conform: ${JSON.stringify(violations[0])}`);
  const checkParsed = () => checkResponse({ ...exchange, body }, options);
  const t = await interleaved(
    { parse: () => JSON.parse(text), parsed: checkParsed, raw: () => checkResponse({ ...exchange, bytes, rawBodyText: text }, options) },
    300,
  );
  const value = t.parsed / t.parse;
  const row: Row = {
    id: 'P6',
    what: 'checkResponse per exchange (a parsed 1000-image list) vs JSON.parse of it',
    value,
    unit: '×',
    ...at('≤', 0.5, value),
    detail: `${us(t.parsed)} vs ${us(t.parse)}`,
  };
  if (!row.met) profiles.P6 = await profile(checkParsed, 300, '.bench/p6-checker.cpuprofile');
  return [
    row,
    {
      id: 'P6',
      what: 'checkResponse given the body text, as the contract run calls it (parses it too)',
      value: t.raw / t.parse,
      unit: '×',
      peer: true,
      detail: `${us(t.raw)} vs ${us(t.parse)}`,
    },
  ];
}

/** P7: requests/s of the local server at 64 keep-alive connections vs a bare node:http server sending the same JSON. */
export async function p7(seconds = 3, rounds = 3): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cf-images-bench-'));
  const servers = { on: await fixtureServer('local', 'on'), off: await fixtureServer('local', 'off') };
  const body = Buffer.from(
    await (await fetch(`${servers.on.origin}${servers.on.path}`, { headers: { authorization: `Bearer ${BENCH_TOKEN}` } })).arrayBuffer(),
  );
  writeFileSync(join(dir, 'body.json'), body);
  const bare = await fixtureServer('bare', join(dir, 'body.json'));
  const targets = { bare: `${bare.origin}${servers.on.path}`, on: `${servers.on.origin}${servers.on.path}`, off: `${servers.off.origin}${servers.off.path}` };
  const rates: Record<keyof typeof targets, number[]> = { bare: [], on: [], off: [] };
  for (let r = 0; r < rounds; r++) {
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      const result = await childMeasure<{ perSecond: number; errors: number }>('load', [targets[name], '64', String(seconds), BENCH_TOKEN]);
      if (result.errors) throw new Error(`P7: ${result.errors} failed requests against ${name}`);
      rates[name].push(result.perSecond);
    }
  }
  await Promise.all([bare.close(), servers.on.close(), servers.off.close()]);
  rmSync(dir, { recursive: true, force: true });
  const rate = (name: keyof typeof targets) => median(rates[name]);
  const detail = (name: keyof typeof targets) =>
    `${rate(name).toFixed(0)} vs ${rate('bare').toFixed(0)} req/s (${body.length} B image details, medians of ${rounds} × ${seconds} s)`;
  return [
    {
      id: 'P7',
      what: 'local server req/s at 64 keep-alive connections vs bare node:http, selfCheck on',
      value: rate('on') / rate('bare'),
      unit: '×',
      ...at('≥', 0.8, rate('on') / rate('bare')),
      detail: detail('on'),
    },
    { id: 'P7', what: '… selfCheck off', value: rate('off') / rate('bare'), unit: '×', ...at('≥', 0.8, rate('off') / rate('bare')), detail: detail('off') },
  ];
}

/** The mutation catalogue's last result (`npm run mutation` writes it), when there is one. */
function lastCatalogue(): { killed: number; total: number; measured: string } | undefined {
  const file = join(process.cwd(), 'out/mutation/results.json');
  if (!existsSync(file)) return undefined;
  const { score } = JSON.parse(readFileSync(file, 'utf8')) as { score: { killed: number; total: number } };
  return { killed: score.killed, total: score.total, measured: statSync(file).mtime.toISOString().slice(0, 10) };
}

/**
 * P8: a full `contract` run against its embedded server: wall time vs the command's own start-up,
 * its requests, and how many of the mutation catalogue's bugs it kills per 1,000 of them.
 */
export async function p8(runs = 2): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cf-images-bench-'));
  const cli = ['--import', 'tsx', 'src/contract/cli.ts'];
  const startup: number[] = [];
  const walls: number[] = [];
  let exchanges = 0;
  for (let r = 0; r < runs; r++) {
    startup.push(await wallTime(process.execPath, [...cli, '--help']));
    walls.push(await wallTime(process.execPath, [...cli, '--quiet', '--json', join(dir, 'report.json')]));
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { operations: { calls: number }[] };
    exchanges = report.operations.reduce((sum, op) => sum + op.calls, 0);
  }
  rmSync(dir, { recursive: true, force: true });
  const [wall, start] = [median(walls), median(startup)];
  const catalogue = lastCatalogue();
  const killRate = catalogue
    ? `; the catalogue (${catalogue.measured}): ${catalogue.killed} of ${catalogue.total} mutants killed, ${(catalogue.killed / (exchanges / 1000)).toFixed(1)} per 1,000 requests`
    : '; run npm run mutation for mutants killed per 1,000 requests';
  return [
    {
      id: 'P8',
      what: 'full contract run (embedded server, every phase): wall time vs its start-up (--help)',
      value: wall / start,
      unit: '×',
      detail: `${(wall / 1000).toFixed(2)} s vs ${(start / 1000).toFixed(2)} s; ${exchanges} requests, ${(exchanges / (wall / 1000)).toFixed(0)}/s (${(exchanges / ((wall - start) / 1000)).toFixed(0)}/s after start-up)${killRate}`,
    },
  ];
}
