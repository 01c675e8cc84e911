#!/usr/bin/env node
// `npm run contract -- [--base-url URL --account-id ID] [--allow-writes] [--phases …] [--checks …] [--json FILE] [--junit FILE]`
import ora from 'ora';
import { startImagesServer } from '../server/index.js';
import { RUN_CHECKS } from './checks/violation.js';
import { emitReport, runSubcommand } from './command/options.js';
import { parseRunCommand } from './command/run-args.js';
import { PHASES } from './engine/case.js';
import { DEFAULT_MAX_EXAMPLES, runContract } from './engine/run.js';
import { describeError } from './engine/session.js';
import type { Report } from './report/model.js';

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
  --operations <list>     operationIds the examples, coverage and fuzz phases send; default all
                          (the stateful scenarios always run whole)
  --allow-writes          also send writes (uploads, edits, deletes); everything the run creates is
                          found and deleted at the end (the cleanup step). Always on for the local server.
  --max-examples <n>      fuzz requests per operation and kind (valid, invalid); default ${DEFAULT_MAX_EXAMPLES}
  --seed <n>              fuzz seed (printed with every run; pass it to replay one)
  --rate-limit <n>/s      send at most n requests per second (429 + Retry-After is always honoured)
  --request-timeout <s>   a request whose answer (body included) takes longer fails not_a_server_error;
                          default 30
Reports:
  --json <file>           the full report as JSON
  --junit <file>          JUnit XML, one test case per check × operation
  -h, --help

Exit code: 0 every check passed, 1 a check failed, 2 bad usage or the target cannot be reached.
`;

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
  const command = parseRunCommand(argv, process.env);
  if (command.help) {
    process.stdout.write(HELP);
    return 0;
  }
  let { target } = command;
  let allowWrites = command.options.allowWrites;
  let stop = async () => {};
  if (target) {
    if (!(await reachable(target.baseUrl))) {
      process.stderr.write(`contract: cannot reach the target ${new URL(target.baseUrl).origin}\n`);
      return 2;
    }
  } else {
    // Both credential kinds, so the probes of each run against the embedded server.
    const credentials = { apiToken: crypto.randomUUID(), apiEmail: 'contract@embedded.test', apiKey: crypto.randomUUID().replaceAll('-', '') };
    const server = await startImagesServer({ port: 0, ...credentials });
    target = { baseUrl: server.baseUrl, accountId: server.accountId, ...credentials };
    allowWrites = true;
    stop = () => server.close();
  }
  const spinner = ora({ text: 'starting', stream: process.stderr, isSilent: !process.stderr.isTTY });
  spinner.start();
  let report: Report;
  try {
    report = await runContract(target, { ...command.options, allowWrites, onProgress: (label) => void (spinner.text = label) });
  } finally {
    spinner.stop();
    await stop();
  }
  return emitReport(report, command.files);
}

try {
  const subcommand = Object.hasOwn(SUBCOMMANDS, process.argv[2] ?? '') ? SUBCOMMANDS[process.argv[2]] : undefined;
  process.exitCode = subcommand ? await (await subcommand()).main(process.argv.slice(3)) : await runSubcommand(HELP, () => main(process.argv.slice(2)));
} catch (error) {
  // Anything unexpected (an unwritable report file, say): one line, no stack trace, no secrets.
  process.stderr.write(`contract: ${describeError(error).replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1').split(/\r?\n/, 1)[0]}\n`);
  process.exitCode = 1;
}
