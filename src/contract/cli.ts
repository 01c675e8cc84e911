#!/usr/bin/env node
// `npm run contract -- [--base-url URL --account-id ID] [--allow-writes] [--json FILE] [--junit FILE]`
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import ora from 'ora';
import { createImagesClient } from '../client.js';
import { startImagesServer } from '../server/index.js';
import { FLOWS, PIXEL_PNG } from './runner/flows.js';
import { describeError, runContract, type ContractReport, type ContractTarget } from './runner/index.js';
import { toJson, toJUnit } from './runner/report.js';

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
  --base-url <url>     a live API, e.g. https://api.cloudflare.com/client/v4 (no credentials in it)
  --account-id <id>    default CLOUDFLARE_ACCOUNT_ID
                       credentials: CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY
Checks:
  --allow-writes       add the stateful flows (upload, variants, keys, direct upload); each uses
                       unique names and cleans up after itself. Always on for the local server.
  --flow <name>        only this flow (repeatable): ${FLOWS.map((f) => f.name).join(', ')}
Reports:
  --json <file>        the full report as JSON
  --junit <file>       JUnit XML, one test case per step
  -h, --help

Exit code 0 only when every check passed.
`;

function usage(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        'base-url': { type: 'string' },
        'account-id': { type: 'string' },
        'allow-writes': { type: 'boolean', default: false },
        flow: { type: 'string', multiple: true },
        json: { type: 'string' },
        junit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    usage((error as Error).message);
  }
}

function render(report: ContractReport): string {
  const plain = !process.stdout.isTTY;
  const table = new Table({
    head: ['operation', 'calls', 'status', 'exchanges passed', 'exchanges failed', 'median ms'],
    ...(plain ? { style: { head: [], border: [] } } : {}),
  });
  for (const op of [...report.operations].sort((a, b) => a.operationId.localeCompare(b.operationId))) {
    table.push([op.operationId, op.calls, op.statuses.join(' '), op.exchangesPassed, op.exchangesFailed, op.medianLatencyMs]);
  }
  const lines = [`Target: ${report.target}  (${report.allowWrites ? 'read and write flows' : 'read-only'}; run ${report.runId})`, table.toString()];
  for (const step of report.steps.filter((s) => s.skipped)) lines.push(`○ ${step.flow} › ${step.step}: skipped: ${step.reason}`);
  for (const step of report.steps.filter((s) => !s.passed && !s.skipped)) {
    lines.push(`✗ ${step.flow} › ${step.step}${step.error ? `: ${step.error}` : ''}`);
    for (const x of step.exchanges)
      for (const v of x.violations) lines.push(`    ${x.method} ${x.path} → ${x.status}: ${v.check} at ${v.location} ${v.pointer || '(root)'}: ${v.message}`);
  }
  const passed = report.steps.filter((s) => s.passed).length;
  const skipped = report.steps.filter((s) => s.skipped).length;
  // `passed/ran`: a skipped step (nothing to check, or after a failed step) is counted apart, never as passed
  lines.push(`${passed}/${report.steps.length - skipped} steps passed, ${report.violations.length} conformance violations, ${skipped} skipped, ${report.durationMs} ms`);
  return lines.join('\n');
}

function write(file: string, content: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** An error as one line that repeats no credentials: no URL userinfo, no signing-key value. */
function oneLine(error: unknown): string {
  return describeError(error)
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1')
    .split(/\r?\n/, 1)[0];
}

/** `--base-url`, checked before anything is sent; the URL is never echoed (it may hold a password). */
function baseUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    usage('--base-url is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') usage('--base-url must be an http or https URL');
  if (url.username || url.password) usage('--base-url must not contain credentials; use CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)');
  return value;
}

async function main(): Promise<number> {
  const args = parse();
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const unknownFlow = args.flow?.find((name) => !FLOWS.some((f) => f.name === name));
  if (unknownFlow) usage(`unknown flow "${unknownFlow}"`);

  let target: ContractTarget;
  let allowWrites = args['allow-writes'];
  let stop = async () => {};
  if (args['base-url'] !== undefined) {
    const baseUrl = baseUrlOf(args['base-url']);
    const env = process.env;
    const accountId = args['account-id'] ?? env.CLOUDFLARE_ACCOUNT_ID;
    if (!accountId) usage('--account-id (or CLOUDFLARE_ACCOUNT_ID) is required with --base-url');
    if (!env.CLOUDFLARE_API_TOKEN && !(env.CLOUDFLARE_EMAIL && env.CLOUDFLARE_API_KEY)) usage('set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY');
    target = { baseUrl, accountId, apiToken: env.CLOUDFLARE_API_TOKEN, apiEmail: env.CLOUDFLARE_EMAIL, apiKey: env.CLOUDFLARE_API_KEY };
  } else {
    const apiToken = crypto.randomUUID();
    const server = await startImagesServer({ port: 0, apiToken });
    target = { baseUrl: server.baseUrl, accountId: server.accountId, apiToken };
    // A fresh server has no images: one sample image gives the read-only flow something to read.
    await createImagesClient({ ...target, env: {} }).images.v1.create({ file: PIXEL_PNG, metadata: { sample: true } });
    allowWrites = true;
    stop = () => server.close();
  }

  const spinner = ora({ text: 'starting', stream: process.stderr, isSilent: !process.stderr.isTTY });
  spinner.start();
  let report: ContractReport;
  try {
    report = await runContract(target, {
      allowWrites,
      flows: args.flow,
      onProgress: ({ flow, step, done, total }) => {
        spinner.text = `[${done}/${total}] ${flow} › ${step}`;
      },
    });
  } finally {
    spinner.stop();
    await stop();
  }
  process.stdout.write(`${render(report)}\n`);
  if (args.json) write(args.json, toJson(report));
  if (args.junit) write(args.junit, toJUnit(report));
  return report.passed ? 0 : 1;
}

try {
  const subcommand = Object.hasOwn(SUBCOMMANDS, process.argv[2] ?? '') ? SUBCOMMANDS[process.argv[2]] : undefined;
  process.exitCode = subcommand ? await (await subcommand()).main(process.argv.slice(3)) : await main();
} catch (error) {
  // Anything unexpected (a refused target, an unwritable report file): one line, no stack trace.
  process.stderr.write(`contract: ${oneLine(error)}\n`);
  process.exitCode = 1;
}
