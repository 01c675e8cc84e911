// The floors of src/: every import points down (or sideways within a floor), never up. The
// ground floor, src/spec/, imports only generated/; the client (core, images) never reaches the
// server or the contract checker; the server never reaches the contract checker.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(new URL('../..', import.meta.url).pathname);
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The top folder under src/ a file belongs to (`spec`, `core`, `server`, …), or the file name for src/*.ts. */
const areaOf = (file: string) => relative(src, file).split('/')[0].replace(/\.ts$/, '');

/** What each area may import, besides itself and generated/. */
const ALLOWED: Record<string, string[]> = {
  spec: [],
  core: ['spec'],
  images: ['spec', 'core'],
  signing: ['spec', 'core'],
  'upload-to-direct-url': ['spec', 'core'],
  client: ['spec', 'core', 'images'],
  node: ['spec', 'core'],
  index: ['spec', 'core', 'images', 'client', 'signing', 'upload-to-direct-url'],
  server: ['spec', 'core'],
  contract: ['spec', 'core', 'images', 'client', 'signing', 'upload-to-direct-url', 'server', 'index'],
};

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) =>
    resolve(dirname(file), m[1].replace(/\.js$/, '.ts')),
  );

describe('the floors of src/', () => {
  const sources = files(src);

  it('every area is known', () => {
    expect(sources.map(areaOf).filter((a) => !(a in ALLOWED))).toEqual([]);
  });

  it('no import points up a floor', () => {
    const upward: string[] = [];
    for (const file of sources) {
      const from = areaOf(file);
      for (const target of imports(file)) {
        if (!target.startsWith(src)) continue; // generated/ and packages
        const to = areaOf(target);
        if (to !== from && !ALLOWED[from].includes(to)) upward.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the ground floor imports nothing of the floors above it', () => {
    const spec = sources.filter((f) => areaOf(f) === 'spec');
    expect(spec.length).toBeGreaterThan(5);
    expect(spec.flatMap((f) => imports(f).filter((t) => t.startsWith(src) && areaOf(t) !== 'spec'))).toEqual([]);
  });
});

// The floors inside src/contract/, lowest first: a folder imports its own floor and those below,
// never one above. The spec's schemas and the checks at the bottom; the shared types (model/); the
// report's renderings; sending (engine/) and generating cases (generate/); the stateful scenarios,
// with the context every phase gets and the filter oracles; the run's phases and the model phase,
// which use them; what the proxy and check-har
// share (traffic/); the run and the CLI's helpers (command/); the proxy and check-har commands;
// the entry files (cli.ts, index.ts).
const CONTRACT_FLOORS: readonly (readonly string[])[] = [
  ['schema'],
  ['checks'],
  ['model'],
  ['report'],
  ['engine'],
  ['generate'],
  ['scenarios'],
  ['phases', 'model-based'],
  ['traffic'],
  ['command'],
  ['proxy', 'har'],
  ['cli', 'index'],
];

describe('the floors of src/contract/', () => {
  const contract = join(src, 'contract');
  const folderOf = (file: string) => relative(contract, file).split('/')[0].replace(/\.ts$/, '');
  const floorOf = (folder: string) => CONTRACT_FLOORS.findIndex((floor) => floor.includes(folder));
  const sources = files(contract);

  it('every folder has a floor', () => {
    expect([...new Set(sources.map(folderOf))].filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  it('no import points up a floor', () => {
    const upward: string[] = [];
    for (const file of sources) {
      const from = floorOf(folderOf(file));
      for (const target of imports(file)) {
        if (!target.startsWith(contract + '/')) continue;
        if (floorOf(folderOf(target)) > from) upward.push(`${relative(root, file)} -> ${relative(root, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
