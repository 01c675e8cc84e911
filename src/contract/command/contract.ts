// The contract run as a command: its options read (a usage error is exit 2), the target reached
// (or the embedded local server started), the run — its progress shown, stopped at once when the
// target refuses the run's credentials, or on SIGINT/SIGTERM — and its report printed and written. Output
// goes to the streams given, so the command runs the same in the CLI and in-process.
import { DEFAULT_BOUNDS } from '../../core/bounded.js';
import { startImagesServer } from '../../server/index.js';
import { RUN_CHECKS } from '../checks/registry.js';
import { facts } from '../../../generated/operations.js';
import { PHASES } from '../model/case.js';
import { DEFAULT_MODEL_OPTIONS } from '../model-based/run.js';
import { DEFAULT_MAX_EXAMPLES, DEFAULT_RATE_BUDGET_SHARE, DEFAULT_SETTLE_MS, runContract } from './run.js';
import { safeTarget } from '../engine/target.js';
import type { Report } from '../model/report.js';
import { targetLine } from '../report/view.js';
import { invokedAs } from './invocation.js';
import { emitReport, runSubcommand, type Output } from './options.js';
import { startProgress, type ProgressStream } from './progress.js';
import { whyUnreachable } from './reachability.js';
import { CredentialsRefused, RunInterrupted, runFetch, type RunFetch } from './run-fetch.js';
import { MAX_BODY_BYTES_LIMIT, MAX_JSON_DEPTH_LIMIT, parseRunCommand } from './run-args.js';
import { startupProblem, unexpectedErrorLine } from './startup.js';

export interface CommandIo {
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
  /** Where progress goes: a status line on a terminal, progress lines elsewhere; none when absent. */
  progress?: ProgressStream;
  /** The command as the user invoked it, for help and usage lines (default: from process.argv and npm's environment). */
  command?: string;
  /** Stop the run on SIGINT or SIGTERM (the CLI's): the first stops sending and cleans up, a second exits at once. */
  handleSignals?: boolean;
}

const contractHelp = (command: string) => `Conformance checks of a Cloudflare Images API server against the spec.

Usage: ${command} [options]
       ${command} proxy --help        a validating proxy for an app's own traffic
       ${command} check-har --help    the same checks over recorded traffic (HAR)

Target (default: an embedded local Images server, started and stopped by this command):
  --base-url <url>        a live API, e.g. https://api.cloudflare.com/client/v4 (no credentials in it)
  --account-id <id>       default CLOUDFLARE_ACCOUNT_ID
                          credentials: CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY
What to run:
  --phases <list>         comma-separated, default all: ${PHASES.join(',')}
  --checks <list>         comma-separated, default all: ${RUN_CHECKS.join(',')}
                          (a phase that could record none of them is not run)
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
Reports (the terminal's names the target, each operation and each check's outcome):
  --json <file>           the full report as JSON
  --junit <file>          JUnit XML, one test case per check × operation, timed
  --html <file>           one self-contained page: the check × operation matrix, responses
                          exercised and missing, every failure with its spec reason and curl line
  --quiet                 no progress on stderr (by default: a status line on a terminal, else a
                          line per phase and at least every 10 s)
  -h, --help
Ctrl-C (SIGINT) or SIGTERM stops the run: nothing new is sent but the cleanup; a second one quits at once.

Exit code: 0 every check passed, 1 a check failed, 2 bad usage, the target cannot be reached or
refuses the run's credentials, or generated/ is older than the spec; 130 (SIGINT) or 143 (SIGTERM) stopped.
`;

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/** The run stopped by a signal: its exit code is 128 + the signal's number. */
class StoppedBySignal extends RunInterrupted {
  constructor(readonly signal: keyof typeof SIGNALS) {
    super(`stopped by ${signal}`);
  }
}

/** SIGINT or SIGTERM while the run runs: the first stops it (nothing new sent but the cleanup), a second exits at once. */
function onSignals(guard: RunFetch, io: CommandIo): () => void {
  if (!io.handleSignals) return () => undefined;
  let count = 0;
  const handler = (signal: keyof typeof SIGNALS) => {
    if (++count > 1) process.exit(SIGNALS[signal]);
    io.stderr.write(
      `\ncontract: stopping (${signal}): nothing new is sent but the cleanup of what the run created; ${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again quits at once\n`,
    );
    guard.stop(new StoppedBySignal(signal));
  };
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, handler);
  return () => {
    for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.off(signal, handler);
  };
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const command = parseRunCommand(argv, io.env);
  if (command.help) {
    io.stdout.write(contractHelp(io.command ?? invokedAs()));
    return 0;
  }
  let { target } = command;
  let allowWrites = command.options.allowWrites;
  let stopServer = async () => {};
  const embedded = !target;
  if (target) {
    const why = await whyUnreachable(target.baseUrl);
    if (why) {
      io.stderr.write(`contract: cannot reach the target ${new URL(target.baseUrl).origin}: ${why}\n`);
      return 2;
    }
  } else {
    // Both credential kinds, so the probes of each run against the embedded server.
    const credentials = { apiToken: crypto.randomUUID(), apiEmail: 'contract@embedded.test', apiKey: crypto.randomUUID().replaceAll('-', '') };
    const server = await startImagesServer({ port: 0, ...credentials });
    target = { baseUrl: server.baseUrl, accountId: server.accountId, ...credentials };
    allowWrites = true;
    stopServer = () => server.close();
  }
  const guard = runFetch();
  const stream = command.quiet ? undefined : io.progress;
  stream?.write(`${targetLine({ mode: 'run', target: safeTarget(target.baseUrl), embedded })}\n`);
  const progress = startProgress(stream, { requests: guard.requests });
  const stopSignals = onSignals(guard, io);
  let report: Report | undefined;
  let stopped: unknown;
  try {
    report = await runContract(target, {
      ...command.options,
      allowWrites,
      fetch: guard.fetch,
      signal: guard.signal,
      onProgress: (label) => {
        guard.step(label);
        progress.update(label);
      },
    });
  } catch (error) {
    // Once the run is stopped, whatever it threw on the way out is the stop.
    if (!guard.signal.aborted) throw error;
    stopped = guard.signal.reason;
  } finally {
    progress.stop(guard.signal.aborted ? 'stopped' : 'done');
    stopSignals();
    await stopServer();
  }
  if (stopped instanceof CredentialsRefused) {
    io.stderr.write(`contract: ${stopped.message}\n`);
    return 2;
  }
  if (stopped instanceof RunInterrupted || !report) {
    io.stderr.write(`contract: ${stopped instanceof Error ? stopped.message : 'stopped'} before the run ended: no report\n`);
    return stopped instanceof StoppedBySignal ? SIGNALS[stopped.signal] : 130;
  }
  if (embedded) report.embedded = true;
  return emitReport(report, command.files, undefined, io.stdout);
}

/** `npm run contract -- <argv>`: the exit code (0 passed, 1 a check failed or something unexpected, 2 bad usage, an unreachable target or refused credentials, 130/143 SIGINT/SIGTERM). */
export async function contractCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    return await runSubcommand(io.command ?? invokedAs(), () => run(argv, io), io.stderr);
  } catch (error) {
    // A spec fact the code needs and the spec no longer states: exit 2, with what to do.
    const problem = startupProblem(error, false);
    if (problem) {
      io.stderr.write(`contract: ${problem}\n`);
      return 2;
    }
    // Anything unexpected (an unwritable report file, say).
    io.stderr.write(unexpectedErrorLine(error));
    return 1;
  }
}
