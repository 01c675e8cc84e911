/**
 * `npm run build` (and `npm pack`, through prepack): src/ to dist/.
 *   1. tsc compiles everything, with declarations; the generated plain-JS validators are copied beside it.
 *   2. esbuild bundles the entry points that have dependencies of their own — the two bins, the
 *      local server and the contract checker — over tsc's files of the same names, with those
 *      dependencies inside (scripts/lib/bundle.ts); tsc's other .js files under src/server and
 *      src/contract are removed (their declarations stay: they are the entry points' types).
 *   3. The bundled packages' licenses go to dist/THIRD-PARTY-NOTICES.txt.
 * The package then needs openapi-fetch alone at run time.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntryPoints, bundledPackageDirs } from './lib/bundle.js';
import { thirdPartyNotices } from './lib/bundle-licenses.js';
import { UsageError, invokedAs, parseOptions, printUsageError } from './lib/cli.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const BUNDLED_ENTRY_POINTS = ['src/server/index.ts', 'src/server/cli.ts', 'src/contract/index.ts', 'src/contract/cli.ts'];

const HELP = `Builds dist/ from src/: tsc with declarations, then the bins, the local server and the contract
checker bundled with their own dependencies (the package then needs openapi-fetch alone).

Usage: COMMAND [--help]

  -h, --help
`;

try {
  const { values } = parseOptions({ args: process.argv.slice(2), options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(HELP.replace('COMMAND', invokedAs(fileURLToPath(import.meta.url))));
    process.exit(0);
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.exit(printUsageError('build', invokedAs(fileURLToPath(import.meta.url)), error));
}

rmSync(DIST, { recursive: true, force: true });
execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
mkdirSync(join(DIST, 'generated'), { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'request-validators.js', 'request-validators.d.ts', 'schema.d.ts', 'openapi.json'])
  copyFileSync(join(ROOT, 'generated', file), join(DIST, 'generated', file));

const { outputs, metafile } = await bundleEntryPoints(ROOT, DIST, BUNDLED_ENTRY_POINTS);
const kept = new Set(outputs.map((o) => resolve(ROOT, o)));
for (const dir of ['src/server', 'src/contract']) {
  for (const entry of readdirSync(join(DIST, dir), { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && /\.js(\.map)?$/.test(entry.name) && !kept.has(file)) rmSync(file);
  }
}
const packages = bundledPackageDirs(metafile);
writeFileSync(join(DIST, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(packages.map((p) => resolve(ROOT, p))));
console.log(
  `built dist/: tsc, then ${BUNDLED_ENTRY_POINTS.length} entry points bundled (${outputs.length} files, ${packages.length} packages inside: ${relative(ROOT, join(DIST, 'THIRD-PARTY-NOTICES.txt'))})`,
);
