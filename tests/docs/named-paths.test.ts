// Every file or folder the README and docs/ name in backticks (`tests/hostile/proxy.test.ts`,
// `src/spec/filters.ts`) exists: a reliability row or a pointer to the code cannot outlive a move.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Paths in backticks, globs and placeholders (`*`, `<path>`, `…`) left out. */
const named = (page: string) =>
  [...readFileSync(join(root, page), 'utf8').matchAll(/`((?:tests|src|scripts|docs|openapi|generated)\/[^`\s]+)`/g)]
    .map((m) => m[1].replace(/[.,:;)]+$/, ''))
    .filter((path) => !/[*<>…{]/.test(path));

describe('paths named in the README and docs/', () => {
  it('are many (the check reads them)', () => {
    expect(pages.flatMap(named).length).toBeGreaterThan(30);
  });

  it.each(pages)('%s: every named path exists', (page) => {
    expect(named(page).filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
