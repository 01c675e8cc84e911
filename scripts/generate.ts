/**
 * Derives everything in generated/ from openapi/images.yaml.
 *   npm run generate              write the files
 *   npm run generate -- --check   fail, naming each file, when a committed file is stale
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, invokedAs, parseOptions, printUsageError } from './lib/cli.js';
import { SPEC_HASH_FILE, SPEC_SOURCE, specHashLine } from '../src/spec/generated-freshness.js';

const HELP = `Derives everything in generated/ from openapi/images.yaml.

Usage: COMMAND [--check]

  --check      write nothing; exit 1, naming each file, when a committed file is stale
  -h, --help
`;

let options;
try {
  options = parseOptions({ args: process.argv.slice(2), options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.exit(printUsageError('generate', invokedAs(fileURLToPath(import.meta.url)), error));
}
if (options.help) {
  process.stdout.write(HELP.replace('COMMAND', invokedAs(fileURLToPath(import.meta.url))));
  process.exit(0);
}
const check = options.check === true;
// Loaded after the options are read: openapi-typescript, TypeScript and ajv take seconds to load, --help none.
const [{ bundleSpec }, { generateTypes }, { generateValidators, isRequestValidator }, { generateManifest }] = await Promise.all([
  import('./lib/spec.js'),
  import('./lib/types.js'),
  import('./lib/validators.js'),
  import('./lib/manifest.js'),
]);
const spec = bundleSpec();
const validators = await generateValidators(spec);
const requestValidators = await generateValidators(spec, isRequestValidator);
const files: Record<string, string> = {
  'generated/openapi.json': `${JSON.stringify(spec, null, 2)}\n`,
  'generated/schema.d.ts': await generateTypes(spec),
  'generated/validators.js': validators.js,
  'generated/validators.d.ts': validators.dts,
  'generated/request-validators.js': requestValidators.js,
  'generated/request-validators.d.ts': requestValidators.dts,
  'generated/operations.ts': generateManifest(spec),
  // What the files above were derived from: the commands compare it with the spec at start.
  [SPEC_HASH_FILE]: specHashLine(readFileSync(SPEC_SOURCE, 'utf8')),
};

const stale = Object.entries(files).filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
if (check) {
  for (const [path] of stale) console.error(`stale: ${path} — run \`npm run generate\` and commit it`);
  if (stale.length) process.exit(1);
  console.log(`generated/ is up to date (${Object.keys(files).length} files)`);
} else {
  for (const [path, content] of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${path}`);
  }
  if (!stale.length) console.log('generated/ already up to date');
}
