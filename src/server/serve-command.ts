// The server command: `npm run serve -- --port 8787 [--host H] [--data-dir DIR] [--account-id ID] [--api-token T] [--variation a,b]`
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { facts } from '../../generated/operations.js';
import { DEFAULT_SERVER_BOUNDS } from './bounds.js';
import { DEFAULT_ACCOUNT_ID, DEFAULT_ALLOWED_IMAGES, startImagesServer } from './index.js';
import { DEFAULT_LIST_LAG_MS, MAX_LIST_LAG_MS, VARIATIONS, VARIATION_NAMES } from './variations/index.js';

const width = Math.max(...VARIATION_NAMES.map((n) => n.length));
const VARIATION_HELP = VARIATIONS.map((v) => `  ${v.name.padEnd(width)}  ${v.summary}; ${v.exercises}`).join('\n');

/** How the user started this command, for its help and usage lines: `npm run serve --`, `cf-images-server` or `tsx src/server/cli.ts`. */
function invokedAs(): string {
  const { npm_lifecycle_event: event, npm_lifecycle_script: script } = process.env;
  const entry = process.argv[1] ?? '';
  if (event && script?.includes(relative(process.cwd(), entry))) return `npm run ${event} --`;
  return /^cli\.[jt]s$/.test(basename(entry)) ? `${entry.endsWith('.ts') ? 'tsx ' : 'node '}${relative(process.cwd(), entry)}` : basename(entry);
}
const COMMAND = invokedAs();

const HELP = `Local Cloudflare Images server (in-memory; optionally persisted)

Usage: ${COMMAND} [options]

Options:
  --port <n>            TCP port (default 8787; 0 picks a free one)
  --host <host>         interface to listen on (default 127.0.0.1)
  --data-dir <dir>      persist images, keys, variants and direct uploads here (locked while
                        the server runs; files 0600, each write synced to disk before its answer)
  --account-id <id>     the account served, 32 hex characters (default ${DEFAULT_ACCOUNT_ID})
  --api-token <token>   the accepted bearer token: the value of --api-token (default local-token)
  --api-email <email>   with --api-key: also accept the legacy X-Auth-Email + X-Auth-Key pair
  --api-key <key>
  --allowed-images <n>  stats count.allowed (default ${DEFAULT_ALLOWED_IMAGES})
  --max-json-depth <n>  deepest nesting of a JSON body or metadata field (default ${DEFAULT_SERVER_BOUNDS.maxJsonDepth})
  --url-timeout <s>     deadline of a url upload's download, redirects and body included
                        (default ${DEFAULT_SERVER_BOUNDS.urlTimeoutMs / 1000})
  --max-form-parts <n>  most parts of a multipart form (default ${DEFAULT_SERVER_BOUNDS.maxFormParts})
  --variation <a,b>     make these free choices of the spec differently (they combine; below)
  --list-lag-ms <n>     lagging-lists: delay before lists and stats show a write
                        (default ${DEFAULT_LIST_LAG_MS}, at most ${MAX_LIST_LAG_MS})
  --rate-limit-scale <x>
                        rate-limited: factor on the window and lockout, above 0 and at most 1
                        (default 1; 0.005 makes ${facts.rateLimit.windowSeconds} s ${facts.rateLimit.windowSeconds * 0.005} s)
  --rate-limit-requests <n>
                        rate-limited: requests per window (default ${facts.rateLimit.requests})
  -h, --help            show this help

Variations (each still conforms; after ';' the spec statement that leaves its choice open):
${VARIATION_HELP}
`;

function fail(message: string): never {
  process.stderr.write(`${message}\nRun '${COMMAND} --help' for the options.\n`);
  process.exit(2);
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[0-9]+$/.test(value)) fail(`--${name} must be a non-negative integer`);
  return Number(value);
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) fail(`--${name} must be a positive integer`);
  return Number(value);
}

function variationNames(values: string[] | undefined): string[] {
  const names = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !VARIATION_NAMES.includes(name));
  if (unknown.length) fail(`--variation: unknown ${unknown.map((n) => `'${n}'`).join(', ')}; known: ${VARIATION_NAMES.join(', ')}`);
  return names;
}

function scale(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]*\.?[0-9]+$/.test(value) || !(Number(value) > 0 && Number(value) <= 1))
    fail('--rate-limit-scale must be a number above 0 and at most 1, e.g. 0.005');
  return Number(value);
}

function seconds(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || Number(value) <= 0 || Number(value) > 3600)
    fail(`--${name} must be a positive number of seconds up to 3600, e.g. 10`);
  return Math.ceil(Number(value) * 1000);
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'account-id': { type: 'string' },
      'api-token': { type: 'string' },
      'api-email': { type: 'string' },
      'api-key': { type: 'string' },
      'allowed-images': { type: 'string' },
      'max-json-depth': { type: 'string' },
      'url-timeout': { type: 'string' },
      'max-form-parts': { type: 'string' },
      variation: { type: 'string', multiple: true },
      'list-lag-ms': { type: 'string' },
      'rate-limit-scale': { type: 'string' },
      'rate-limit-requests': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail((error as Error).message);
}

if (args.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (!!args['api-email'] !== !!args['api-key']) fail('--api-email and --api-key go together');
const variations = variationNames(args.variation);
const listLagMs = args['list-lag-ms'] === undefined ? undefined : integer('list-lag-ms', args['list-lag-ms'], DEFAULT_LIST_LAG_MS);
if (listLagMs !== undefined && listLagMs > MAX_LIST_LAG_MS) fail(`--list-lag-ms must be at most ${MAX_LIST_LAG_MS}`);

const server = await startImagesServer({
  port: integer('port', args.port, 8787),
  host: args.host,
  dataDir: args['data-dir'],
  accountId: args['account-id'],
  apiToken: args['api-token'],
  apiEmail: args['api-email'],
  apiKey: args['api-key'],
  allowedImages: integer('allowed-images', args['allowed-images'], DEFAULT_ALLOWED_IMAGES),
  maxJsonDepth: positive('max-json-depth', args['max-json-depth']),
  urlTimeoutMs: seconds('url-timeout', args['url-timeout']),
  maxFormParts: positive('max-form-parts', args['max-form-parts']),
  variations,
  listLagMs,
  rateLimitScale: scale(args['rate-limit-scale']),
  rateLimitRequests: positive('rate-limit-requests', args['rate-limit-requests']),
}).catch((error: Error) => fail(`Cannot start the server: ${error.message}`));

// Secrets are never printed: only where they come from.
process.stdout.write(`Local Cloudflare Images server listening on ${server.url}
  API base URL:  ${server.baseUrl}   (pass as the client's baseUrl)
  Account id:    ${server.accountId}
  Account hash:  ${server.accountHash}   (delivery: ${server.url}/${server.accountHash}/<image_id>/<variant>)
  Persistence:   ${args['data-dir'] ? args['data-dir'] : 'none (in memory; state is lost on exit)'}
  Variations:    ${variations.length ? variations.join(', ') : 'none'}

Point a client at it (this project's client and the contract command read these):
  export CLOUDFLARE_BASE_URL=${server.baseUrl}
  export CLOUDFLARE_ACCOUNT_ID=${server.accountId}
  export CLOUDFLARE_API_TOKEN=...   # the value given with --api-token (see --help for the default)
${args['api-email'] ? '  # or the legacy pair: CLOUDFLARE_EMAIL / CLOUDFLARE_API_KEY = the values of --api-email / --api-key\n' : ''}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write('\nStopping…\n');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
