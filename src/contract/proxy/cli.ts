// `cf-images-contract proxy [--upstream URL] [--port N] [--fail-on-violation] [--exit-after S] [--upstream-timeout S] [--max-… N] [--json F] [--junit F] [--html F]`
import { setTimeout as delay } from 'node:timers/promises';
import { DEFAULT_ACCOUNT_ID, DEFAULT_API_TOKEN, startImagesServer } from '../../server/index.js';
import { invokedAs } from '../command/invocation.js';
import { emitReport, httpUrlOption, integerOption, parseCommandLine, runSubcommand, UsageError } from '../command/options.js';
import { reproductionsAtVariable } from '../report/reproductions.js';
import { BOUND_OPTIONS, boundsOf, BOUNDS_HELP, upstreamTimeoutOf } from '../command/bound-options.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from '../traffic/bounds.js';
import { startContractProxy } from './server.js';
import type { CheckedExchange } from '../traffic/traffic-log.js';

export const help = (command: string) => `A validating proxy for an app's own Images API traffic.

Usage: ${command} [options]

Every request is forwarded unchanged; the request is checked against the spec (parameters, body,
credentials present), the response with the conformance checks, and the app gets the response with
an x-cf-images-violations header naming what broke. A redirect is relayed as it came, never
followed (an undocumented one fails status_code_conformance, naming both URLs). On exit: the report.

Upstream (default: an embedded local Images server, started and stopped with the proxy; the
report's curl lines then send to $CLOUDFLARE_BASE_URL, as that server is gone when they are read):
  --upstream <url>       the API base URL to forward to, e.g. https://api.cloudflare.com/client/v4
  --account-id <id>      the embedded server's account (default CLOUDFLARE_ACCOUNT_ID, else ${DEFAULT_ACCOUNT_ID})
  --api-token <token>    the token it accepts (default CLOUDFLARE_API_TOKEN, else ${DEFAULT_API_TOKEN})
Proxy:
  --port <n>             0 (the default) picks a free port; the URL is printed
  --host <host>          default 127.0.0.1
  --fail-on-violation    answer a request that breaks the spec with a 4xx saying why; do not forward it
  --exit-after <s>       stop after s seconds without traffic (else on SIGINT or SIGTERM)
  --upstream-timeout <s> the upstream's whole answer, body included, must come within s seconds
                         (default ${DEFAULT_UPSTREAM_TIMEOUT_MS / 1000}); past it the exchange fails and the app gets a 504 (or its
                         connection is closed, when the answer had begun streaming to it)
  --quiet                no line per exchange on stderr
${BOUNDS_HELP}
Reports (written on exit):
  --json <file>          the full report as JSON
  --junit <file>         JUnit XML, one test case per check × operation, timed
  --html <file>          one self-contained page: the check × operation matrix, responses
                         exercised and missing, every failure with its spec reason and curl line
  -h, --help

Exit code 0 only when traffic was checked and every check passed; 2 for a usage error.
`;

const OPTIONS = {
  upstream: { type: 'string' },
  'account-id': { type: 'string' },
  'api-token': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'fail-on-violation': { type: 'boolean', default: false },
  'exit-after': { type: 'string' },
  'upstream-timeout': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  ...BOUND_OPTIONS,
} as const;

/** One line per exchange, for the app's CI log: method, path, status and the checks that failed (no headers, no bodies). */
function logLine({ exchange, requestIssues, responseViolations }: CheckedExchange): string {
  const { request, response, check } = exchange;
  const failed = [...new Set([...requestIssues.map(() => 'request_conformance'), ...responseViolations.map((v) => v.check)])];
  const unchecked = exchange.noResponse ?? response?.bodyUnrecorded ?? check?.bodyUnchecked;
  const outcome = !check
    ? 'not an Images operation'
    : failed.length
      ? `✗ ${requestIssues.length + responseViolations.length} violations (${failed.join(', ')})`
      : unchecked
        ? `○ not checked: ${unchecked}`
        : '✓';
  const status = response?.status ?? (exchange.refused ? 'refused' : exchange.unanswered ? 'no answer' : 'no response');
  return `proxy: ${request.method} ${request.target.split('?', 1)[0]} → ${status} ${outcome}\n`;
}

/** Resolves on SIGINT, SIGTERM, or `idleSeconds` without a request in flight. */
async function untilDone(idleSeconds: number | undefined, idleSince: () => number | undefined): Promise<string> {
  const stop = new AbortController();
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const onSignal = (signal: string) => stop.abort(signal);
  for (const s of signals) process.once(s, onSignal);
  try {
    while (!stop.signal.aborted) {
      const since = idleSince();
      if (idleSeconds !== undefined && since !== undefined && performance.now() - since >= idleSeconds * 1000) return `${idleSeconds} s without traffic`;
      await delay(100, undefined, { signal: stop.signal }).catch(() => undefined);
    }
    return String(stop.signal.reason);
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}

async function run(argv: string[], command: string): Promise<number> {
  const args = parseCommandLine(argv, OPTIONS).values;
  if (args.help) {
    process.stdout.write(help(command));
    return 0;
  }
  const port = integerOption('port', args.port, 0, 0, 65535);
  const idleSeconds = args['exit-after'] === undefined ? undefined : integerOption('exit-after', args['exit-after'], 0, 1);
  const bounds = boundsOf(args);
  const upstreamTimeoutMs = upstreamTimeoutOf(args['upstream-timeout']);
  let upstream: string;
  let stopUpstream = async () => {};
  if (args.upstream !== undefined) {
    if (args['account-id'] !== undefined || args['api-token'] !== undefined)
      throw new UsageError('--account-id and --api-token configure the embedded server: not with --upstream');
    upstream = httpUrlOption('upstream', args.upstream).href.replace(/\/+$/, '');
  } else {
    const env = process.env;
    const server = await startImagesServer({
      port: 0,
      accountId: args['account-id'] ?? env.CLOUDFLARE_ACCOUNT_ID,
      apiToken: args['api-token'] ?? env.CLOUDFLARE_API_TOKEN,
    });
    upstream = server.baseUrl;
    stopUpstream = () => server.close();
    process.stdout.write(`embedded local Images server: account ${server.accountId}\n`);
  }
  const proxy = await startContractProxy({
    upstream,
    port,
    host: args.host,
    failOnViolation: args['fail-on-violation'],
    bounds,
    upstreamTimeoutMs,
    onExchange: args.quiet ? undefined : (checked) => process.stderr.write(logLine(checked)),
  });
  process.stdout.write(`proxy listening on ${proxy.baseUrl} → ${upstream}\n`);
  const reason = await untilDone(idleSeconds, () => (proxy.inFlight() === 0 ? proxy.lastActivity() : undefined));
  process.stderr.write(`proxy: stopping (${reason})\n`);
  await proxy.close();
  await stopUpstream();
  const embedded = args.upstream === undefined;
  const report = embedded
    ? { ...reproductionsAtVariable(proxy.log.report(), upstream, 'the upstream was the embedded local Images server, stopped with the proxy'), embedded }
    : proxy.log.report();
  return emitReport(report, args, 'No Images API exchange was checked: is the app using the proxy URL above as its base URL?');
}

/** `… proxy <argv>`; `command` is how the user invoked it (for the help and usage lines). */
export const main = (argv: string[], command = `${invokedAs()} proxy`): Promise<number> => runSubcommand(command, () => run(argv, command));
