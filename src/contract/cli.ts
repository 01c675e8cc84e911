#!/usr/bin/env node
// `npm run contract -- [--base-url URL --account-id ID] [--allow-writes] [--phases …] [--checks …] [--json FILE] [--junit FILE]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import ora from 'ora';
import { startImagesServer } from '../server/index.js';
import { baseUrlProblem } from '../spec/base-url.js';
import { RUN_CHECKS, type RunCheckName } from './checks/violation.js';
import { PHASES, type Phase } from './engine/case.js';
import { DEFAULT_MAX_EXAMPLES, runContract } from './engine/run.js';
import { describeError, type ContractTarget } from './engine/session.js';
import { toJson, toJUnit } from './report/junit.js';
import type { Report } from './report/model.js';
import { renderReport } from './report/terminal.js';

/** Subcommands with options of their own (`proxy`, `check-har`); anything else is the contract run below. */
const SUBCOMMANDS: Record<string, () => Promise<{ main(argv: string[]): Promise<number> }>> = {
  proxy: () => import('./proxy/cli.js'),
  'check-har': () => import('./har/cli.js'),
};

const HELP = `Conformance checks of a Cloudflare Images API server against the spec.

Usage: npm run contract -- [options]
       npm run contract -- proxy --help        a validating proxy for an app's own traffic
       npm run contract -- check-har --help    the same checks over recorded traffic (HAR)

Target (default: an embedded local Images server, started and stopped by this command):
  --base-url <url>        a live API, e.g. https://api.cloudflare.com/client/v4 (no credentials in it)
  --account-id <id>       default CLOUDFLARE_ACCOUNT_ID
                          credentials: CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY
What to run:
  --phases <list>         comma-separated, default all: ${PHASES.join(',')}
  --checks <list>         comma-separated, default all: ${RUN_CHECKS.join(',')}
  --allow-writes          also send writes (uploads, edits, deletes); everything the run creates is
                          found and deleted at the end (the cleanup step). Always on for the local server.
  --max-examples <n>      fuzz requests per operation and kind (valid, invalid); default ${DEFAULT_MAX_EXAMPLES}
  --seed <n>              fuzz seed (printed with every run; pass it to replay one)
  --rate-limit <n>/s      send at most n requests per second (429 + Retry-After is always honoured)
Reports:
  --json <file>           the full report as JSON
  --junit <file>          JUnit XML, one test case per check × operation
  -h, --help

Exit code: 0 every check passed, 1 a check failed, 2 bad usage or the target cannot be reached.
`;

class UsageError extends Error {}

function list<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.find((i) => !allowed.includes(i as T));
  if (unknown) throw new UsageError(`${flag}: unknown "${unknown}" (one of ${allowed.join(', ')})`);
  return items as T[];
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?[0-9]+$/.test(value)) throw new UsageError(`${flag} must be an integer`);
  return Number(value);
}

function rate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^([0-9]+(?:\.[0-9]+)?)(?:\/s)?$/.exec(value);
  if (!match || Number(match[1]) <= 0) throw new UsageError('--rate-limit must be a positive number of requests per second, e.g. 10/s');
  return Number(match[1]);
}

/** `--base-url`, checked before anything is sent; the URL is never echoed (it may hold a password). */
function baseUrlOf(value: string): string {
  const problem = baseUrlProblem(value);
  if (problem) throw new UsageError(`--base-url ${problem}${problem.includes('credentials') ? '; use CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)' : ''}`);
  return value;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        'account-id': { type: 'string' },
        'allow-writes': { type: 'boolean', default: false },
        phases: { type: 'string' },
        checks: { type: 'string' },
        'max-examples': { type: 'string' },
        seed: { type: 'string' },
        'rate-limit': { type: 'string' },
        json: { type: 'string' },
        junit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function write(file: string, content: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Any HTTP answer means the target is there; a refused connection or a DNS failure is exit 2. */
async function reachable(baseUrl: string): Promise<boolean> {
  try {
    await (await fetch(baseUrl, { signal: AbortSignal.timeout(15_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const phases = list<Phase>(args.phases, PHASES, '--phases');
  const checks = list<RunCheckName>(args.checks, RUN_CHECKS, '--checks');
  const maxExamples = integer(args['max-examples'], '--max-examples');
  if (maxExamples !== undefined && maxExamples < 1) throw new UsageError('--max-examples must be at least 1');
  const seed = integer(args.seed, '--seed');
  const rateLimit = rate(args['rate-limit']);

  let target: ContractTarget;
  let allowWrites = args['allow-writes'];
  let stop = async () => {};
  if (args['base-url'] !== undefined) {
    const baseUrl = baseUrlOf(args['base-url']);
    const env = process.env;
    const accountId = args['account-id'] ?? env.CLOUDFLARE_ACCOUNT_ID;
    if (!accountId) throw new UsageError('--account-id (or CLOUDFLARE_ACCOUNT_ID) is required with --base-url');
    if (!env.CLOUDFLARE_API_TOKEN && !(env.CLOUDFLARE_EMAIL && env.CLOUDFLARE_API_KEY)) throw new UsageError('set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY');
    target = { baseUrl, accountId, apiToken: env.CLOUDFLARE_API_TOKEN, apiEmail: env.CLOUDFLARE_EMAIL, apiKey: env.CLOUDFLARE_API_KEY };
    if (!(await reachable(baseUrl))) {
      process.stderr.write(`contract: cannot reach the target ${new URL(baseUrl).origin}\n`);
      return 2;
    }
  } else {
    const apiToken = crypto.randomUUID();
    const server = await startImagesServer({ port: 0, apiToken });
    target = { baseUrl: server.baseUrl, accountId: server.accountId, apiToken };
    allowWrites = true;
    stop = () => server.close();
  }

  const spinner = ora({ text: 'starting', stream: process.stderr, isSilent: !process.stderr.isTTY });
  spinner.start();
  let report: Report;
  try {
    report = await runContract(target, { phases, checks, allowWrites, maxExamples, seed, rateLimit, onProgress: (label) => void (spinner.text = label) });
  } finally {
    spinner.stop();
    await stop();
  }
  process.stdout.write(`${renderReport(report, { color: process.stdout.isTTY })}\n`);
  if (args.json) write(args.json, toJson(report));
  if (args.junit) write(args.junit, toJUnit(report));
  return report.passed ? 0 : 1;
}

try {
  const subcommand = Object.hasOwn(SUBCOMMANDS, process.argv[2] ?? '') ? SUBCOMMANDS[process.argv[2]] : undefined;
  process.exitCode = subcommand ? await (await subcommand()).main(process.argv.slice(3)) : await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    // Anything unexpected (an unwritable report file, say): one line, no stack trace, no secrets.
    process.stderr.write(`contract: ${describeError(error).replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1').split(/\r?\n/, 1)[0]}\n`);
    process.exitCode = 1;
  }
}
