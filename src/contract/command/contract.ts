// The contract run as a command: its options read (a usage error is exit 2), the target reached
// (or the embedded local server started), the run, and its report printed and written. Output goes
// to the streams given, so the command runs the same in the CLI and in-process.
import ora from 'ora';
import { DEFAULT_BOUNDS } from '../../core/bounded.js';
import { startImagesServer } from '../../server/index.js';
import { RUN_CHECKS } from '../checks/registry.js';
import { facts } from '../../../generated/operations.js';
import { PHASES } from '../engine/case.js';
import { DEFAULT_MODEL_OPTIONS } from '../model-based/run.js';
import { DEFAULT_MAX_EXAMPLES, DEFAULT_RATE_BUDGET_SHARE, DEFAULT_SETTLE_MS, runContract } from '../engine/run.js';
import { describeError } from '../engine/session.js';
import type { Report } from '../report/model.js';
import { emitReport, runSubcommand, type Output } from './options.js';
import { MAX_BODY_BYTES_LIMIT, MAX_JSON_DEPTH_LIMIT, parseRunCommand } from './run-args.js';

export interface CommandIo {
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  /** Where the spinner goes (a terminal); none when absent. */
  progress?: NodeJS.WriteStream;
}

export const CONTRACT_HELP = `Conformance checks of a Cloudflare Images API server against the spec.

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
  --rate-budget <n>       at most n requests in any ${facts.rateLimit.windowSeconds / 60} minutes (the documented limit is ${facts.rateLimit.requests});
                          default ${Math.floor(facts.rateLimit.requests * DEFAULT_RATE_BUDGET_SHARE)} against a remote target, none on loopback; 0 turns it off
  --request-timeout <s>   a request whose answer (body included) takes longer fails not_a_server_error;
                          default 30
  --max-body-bytes <n>    the most of a response body read, after decompression; a larger body fails
                          response_schema_conformance; default ${DEFAULT_BOUNDS.maxBodyBytes} (32 MB), at most ${MAX_BODY_BYTES_LIMIT}
  --max-json-depth <n>    the deepest JSON nesting a response body may have; a deeper one fails
                          response_schema_conformance; default ${DEFAULT_BOUNDS.maxJsonDepth}, at most ${MAX_JSON_DEPTH_LIMIT}
  --model-runs <n>        model phase: random sequences tried; default ${DEFAULT_MODEL_OPTIONS.runs}
  --model-steps <n>       model phase: commands in a sequence at most; default ${DEFAULT_MODEL_OPTIONS.steps}
  --model-time-limit <s>  model phase: no sequence (or shrinking step) starts after s seconds; default ${DEFAULT_MODEL_OPTIONS.timeLimitMs / 1000}
  --wait-expiry           also wait past a direct upload's shortest expiry (${facts.expiryWindow.minSeconds / 60} minutes and a few seconds)
                          to check its upload URL is refused then; off by default (it costs that wait)
  --settle <s>            a list or stats read that does not show a write yet is retried for s seconds
                          before it fails (the spec promises no read-after-write there); default ${DEFAULT_SETTLE_MS / 1000}
Redirects are never followed (credentials never go to another origin): an undocumented one fails
status_code_conformance, naming both URLs.
Reports:
  --json <file>           the full report as JSON
  --junit <file>          JUnit XML, one test case per check × operation
  -h, --help

Exit code: 0 every check passed, 1 a check failed, 2 bad usage or the target cannot be reached.
`;

/** Errors of an answer no HTTP client can read (undici's and llhttp's codes): the target did answer. */
const UNREADABLE_ANSWER = /^(HPE_|UND_ERR_HEADERS_OVERFLOW$|UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE$)/;

/**
 * Any answer means the target is there, even one no client can read (headers past every limit):
 * the run then reports what it got. A refused or closed connection, a DNS or TLS failure, or no
 * answer within 15 s is exit 2. The body is not read, and a redirect not followed.
 */
async function reachable(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(baseUrl, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
    await response.body?.cancel().catch(() => {});
    return true;
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    return typeof code === 'string' && UNREADABLE_ANSWER.test(code);
  }
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const command = parseRunCommand(argv, io.env);
  if (command.help) {
    io.stdout.write(CONTRACT_HELP);
    return 0;
  }
  let { target } = command;
  let allowWrites = command.options.allowWrites;
  let stop = async () => {};
  if (target) {
    if (!(await reachable(target.baseUrl))) {
      io.stderr.write(`contract: cannot reach the target ${new URL(target.baseUrl).origin}\n`);
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
  const spinner = ora({ text: 'starting', stream: io.progress ?? process.stderr, isSilent: !io.progress?.isTTY });
  spinner.start();
  let report: Report;
  try {
    report = await runContract(target, { ...command.options, allowWrites, onProgress: (label) => void (spinner.text = label) });
  } finally {
    spinner.stop();
    await stop();
  }
  return emitReport(report, command.files, undefined, io.stdout);
}

/** One line for an error nobody expected: no stack trace, no secrets, no credentials written into a URL. */
export const unexpectedErrorLine = (error: unknown) => `contract: ${describeError(error).replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1').split(/\r?\n/, 1)[0]}\n`;

/** `npm run contract -- <argv>`: the exit code (0 passed, 1 a check failed or something unexpected, 2 bad usage or an unreachable target). */
export async function contractCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    return await runSubcommand(CONTRACT_HELP, () => run(argv, io), io.stderr);
  } catch (error) {
    // Anything unexpected (an unwritable report file, say).
    io.stderr.write(unexpectedErrorLine(error));
    return 1;
  }
}
