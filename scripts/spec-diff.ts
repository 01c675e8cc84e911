/**
 * Schema regression gate: compares two versions of the spec with Redocly CLI's `redocly diff` and
 * fails on a breaking change that is not released as a new major version (see scripts/lib/diff.ts).
 *
 *   npm run spec:diff                      openapi/baseline/images.yaml → openapi/images.yaml
 *   npm run spec:diff -- <base> [<head>]   each a file or a git ref (HEAD~1, main, v1.2.0, REF:path)
 *   npm run spec:diff -- --since <ref>     what is new since <ref> first (default: see scripts/lib/diff-sections.ts)
 *   npm run spec:gate                      the defaults; part of `npm test`
 *   npm run spec:baseline                  after a release: copy openapi/images.yaml to the baseline
 *
 * Exit: 0 no breaking change, or the head's info.version has a greater major than the base's;
 * 1 a breaking change without a major bump; 2 the specs could not be compared, or a usage error.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { UsageError, invokedAs, parseOptions, printUsageError } from './lib/cli.js';
import { BASELINE_PATH, SPEC_PATH, SpecDiffError, diffSpecs, formatSpecDiff, updateBaseline } from './lib/diff.js';

const help = (command: string) => `Compares two versions of the spec and fails on a breaking change without a major version bump.

Usage: ${command} [<base> [<head>]] [--since <ref>]
       ${command} --update-baseline

  <base>, <head>       files or git refs (HEAD~1, main, a tag; REF:path too);
                       default ${BASELINE_PATH} and ${SPEC_PATH}
  --since <ref>        list first what is new since this spec (a file or a git ref, e.g. origin/main);
                       default for the working tree: since the last commit, then since the commit
                       that bumped the major version
  --update-baseline    copy ${SPEC_PATH} to ${BASELINE_PATH} (after a release)
  -h, --help

Exit code: 0 no breaking change, or a major version bump accepts them; 1 a breaking change without
a major bump; 2 the specs could not be compared, or bad usage.
`;

export async function main(argv: string[]): Promise<number> {
  const command = invokedAs(fileURLToPath(import.meta.url));
  let parsed;
  try {
    parsed = parseOptions({
      args: argv,
      allowPositionals: true,
      options: { since: { type: 'string' }, 'update-baseline': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (parsed.positionals.length > 2) throw new UsageError(`at most two specs (<base> <head>), got ${parsed.positionals.length}`);
    if (parsed.values['update-baseline'] && (parsed.positionals.length || parsed.values.since))
      throw new UsageError('--update-baseline takes no other argument');
  } catch (error) {
    if (error instanceof UsageError) return printUsageError('spec:diff', command, error);
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(help(command));
    return 0;
  }
  if (values['update-baseline']) {
    console.log(`${SPEC_PATH} → ${updateBaseline()}: the baseline is now the released spec; commit it.`);
    return 0;
  }
  try {
    const diff = await diffSpecs(positionals[0], positionals[1], { since: values.since });
    console.log(formatSpecDiff(diff));
    return diff.exitCode;
  } catch (error) {
    if (error instanceof SpecDiffError) {
      console.error(`spec:diff: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
