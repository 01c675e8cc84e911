// The README's check table, from the check registry: each check, what it fails on, and the spec
// statements it enforces (x-cf-rules entries, x-cf-open choices it must accept, spec pointers).
import { REGISTRY, CHECK_NAMES } from '../../src/contract/checks/registry.js';

const BEGIN = '<!-- checks:begin (npm run docs -- --readme writes this table from src/contract/checks/registry.ts) -->';
const END = '<!-- checks:end -->';
const cell = (text: string) => text.replaceAll('|', '\\|');

export function checkTable(): string {
  const rows = CHECK_NAMES.map((name) => {
    const entry = REGISTRY[name];
    const where = entry.scope.join(', ');
    return `| \`${name}\` | ${where} | ${cell(entry.failsWhen)} | ${entry.sources.map((s) => `\`${s}\``).join(', ')} |`;
  });
  return [BEGIN, '| check | in | fails when | spec statements |', '| --- | --- | --- | --- |', ...rows, END].join('\n');
}

/** The README with its check table replaced by the registry's; throws when the markers are missing. */
export function withCheckTable(readme: string): string {
  const start = readme.indexOf(BEGIN.slice(0, 20));
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error('the README has no check table markers');
  return readme.slice(0, start) + checkTable() + readme.slice(end + END.length);
}
