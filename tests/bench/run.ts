/**
 * `npm run bench [-- --only P1,P4] [-- --docs]`: performance as ratios against baselines measured
 * in the same run, on loopback. Prints a table, writes .bench/results.json and .bench/results.svg
 * (git-ignored); `--docs` also copies the chart to docs/bench.svg for the README. Never part of
 * `npm test`; nothing here asserts a timing.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import Table from 'cli-table3';
import { chartSvg, figure, verdict, type Row } from './chart.js';
import { p1, p2, p3, p4 } from './client-measures.js';
import { bundleChildren } from './measure.js';
import { p9 } from './persist-measures.js';
import { p6, p7, p8, profiles } from './tool-measures.js';

const { values: args } = parseArgs({ options: { only: { type: 'string' }, docs: { type: 'boolean', default: false } } });
const only = args.only?.split(',').map((id) => id.trim().toUpperCase());

// Memory first, while the machine is as quiet as this run will leave it; then time, then throughput.
const MEASURES: [string, () => Promise<Row[]>][] = [
  ['P4', () => p4()],
  ['P3', () => p3()],
  ['P1', () => p1()],
  ['P2', () => p2()],
  ['P6', () => p6()],
  ['P7', () => p7()],
  ['P8', () => p8()],
  ['P9', () => p9()],
];

mkdirSync('.bench', { recursive: true });
await bundleChildren();
const rows: Row[] = [];
for (const [id, measure] of MEASURES) {
  if (only && !only.includes(id)) continue;
  process.stderr.write(`${id}…\n`);
  rows.push(...(await measure()));
}

// Colours only on a terminal: redirected to a file (or a CI log), the output is plain text.
const terminal = Boolean(process.stdout.isTTY);
const print = (text: string) => console.log(terminal ? text : stripVTControlCharacters(text));
const table = new Table({
  head: ['', 'measure', 'figure', 'target', 'met', 'detail'],
  colWidths: [5, 62, 11, 11, 8, 60],
  wordWrap: true,
  ...(terminal ? {} : { style: { head: [], border: [] } }),
});
for (const row of rows)
  table.push([
    row.id,
    row.what,
    figure(row.value, row.unit),
    row.target ? `${row.target.op} ${figure(row.target.value, row.unit)}` : '-',
    verdict(row),
    row.detail,
  ]);
print(table.toString());
const missed = rows.filter((row) => row.met === false);
print(missed.length ? `MISSED: ${missed.map((row) => `${row.id} ${row.what}`).join('; ')}` : 'every target met');
for (const [id, lines] of Object.entries(profiles))
  print(`${id} CPU profile, self time (.bench/${id.toLowerCase()}-checker.cpuprofile):\n  ${lines.join('\n  ')}`);

const machine = `${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`;
writeFileSync('.bench/results.json', `${JSON.stringify({ node: process.version, machine, date: new Date().toISOString(), rows, profiles }, null, 2)}\n`);
writeFileSync('.bench/results.svg', chartSvg(rows, `npm run bench — ${new Date().toISOString().slice(0, 10)}, ${machine}`));
console.log('figures written to .bench/results.json, chart to .bench/results.svg');
if (args.docs) {
  mkdirSync('docs', { recursive: true });
  copyFileSync('.bench/results.svg', 'docs/bench.svg');
  console.log('chart copied to docs/bench.svg');
}
