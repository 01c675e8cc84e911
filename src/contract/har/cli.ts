// `cf-images-contract check-har <file.har> [--base-path P] [--max-body-bytes N] [--max-json-depth N] [--max-parts N] [--json F] [--junit F] [--html F]`
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { invokedAs } from '../command/invocation.js';
import { emitReport, parseCommandLine, runSubcommand, UsageError } from '../command/options.js';
import { BOUND_OPTIONS, boundsOf, BOUNDS_HELP } from '../command/bound-options.js';
import { checkHar } from './check-har.js';
import { HarFormatError, parseHar, type HarEntry } from './har-file.js';

export const help = (command: string) => `The proxy's checks over recorded traffic: a HAR 1.2 file, as browsers' devtools and HTTP
recorders export it.

Usage: ${command} <file.har> [options]

Every entry that calls the Images API is checked: the request against the spec (parameters, body,
credentials present) and the response with the conformance checks. Base64 bodies are decoded; an
entry whose body was not recorded (Playwright leaves out a multipart upload's) has that body
reported as unchecked, never as passed nor as a failure; an entry
that cannot be read (a relative URL) is listed as not checked, and the others are checked.

  --base-path <path>   the API's path prefix in the recorded URLs (default /client/v4, when present)
  --json <file>        the full report as JSON
  --junit <file>       JUnit XML, one test case per check × operation, timed
  --html <file>        one self-contained page: the check × operation matrix, responses exercised
                       and missing, every failure with its spec reason and curl line
  -h, --help
${BOUNDS_HELP}

Exit code 0 only when traffic was checked and every check passed; 2 for a usage error or a file
that is not HAR.
`;

async function run(argv: string[], command: string): Promise<number> {
  const { values: args, positionals } = parseCommandLine(argv, { 'base-path': { type: 'string' }, ...BOUND_OPTIONS }, true);
  if (args.help) {
    process.stdout.write(help(command));
    return 0;
  }
  const bounds = boundsOf(args);
  if (positionals.length !== 1) throw new UsageError('check-har takes one HAR file');
  const [file] = positionals;
  let text: string;
  let fileNotUtf8: boolean;
  try {
    const bytes = await readFile(file);
    fileNotUtf8 = !isUtf8(bytes);
    text = bytes.toString('utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let entries: HarEntry[];
  try {
    entries = parseHar(text);
  } catch (error) {
    if (!(error instanceof HarFormatError)) throw error;
    process.stderr.write(`${file} is not a HAR file the checks can read: ${error.message}\n`);
    return 2;
  }
  const basePath = args['base-path']?.replace(/\/+$/, '');
  const { report, ignored } = await checkHar(entries, { target: file, bounds, fileNotUtf8, ...(basePath === undefined ? {} : { basePath }) });
  if (ignored) process.stdout.write(`${ignored} entries are not Images API calls and were left out\n`);
  return emitReport(report, args, `No Images API call was found in ${file}${basePath === undefined ? '' : ` under ${basePath}`}.`);
}

/** `… check-har <argv>`; `command` is how the user invoked it (for the help and usage lines). */
export const main = (argv: string[], command = `${invokedAs()} check-har`): Promise<number> => runSubcommand(command, () => run(argv, command));
