/**
 * Schema regression gate: compares two versions of the spec with Redocly CLI's `redocly diff` and
 * fails on a breaking change that is not released as a new major version (see scripts/lib/diff.ts).
 *
 *   npm run spec:diff                      openapi/baseline/images.yaml → openapi/images.yaml
 *   npm run spec:diff -- <base> [<head>]   each a file or a git ref (HEAD~1, main, v1.2.0, REF:path)
 *   npm run spec:gate                      the defaults; part of `npm test`
 *   npm run spec:baseline                  after a release: copy openapi/images.yaml to the baseline
 *
 * Exit: 0 no breaking change, or the head's info.version has a greater major than the base's;
 * 1 a breaking change without a major bump; 2 the specs could not be compared.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { BASELINE_PATH, SPEC_PATH, SpecDiffError, diffSpecs, formatSpecDiff, updateBaseline } from './lib/diff.js';

const USAGE = `usage: npm run spec:diff -- [<base> [<head>]]   (defaults: ${BASELINE_PATH} ${SPEC_PATH}; each a file or a git ref)
       npm run spec:baseline                     (copy ${SPEC_PATH} to ${BASELINE_PATH})`;

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes('--update-baseline')) {
    console.log(`${SPEC_PATH} → ${updateBaseline()}: the baseline is now the released spec; commit it.`);
    return 0;
  }
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (positional.length > 2 || positional.length !== argv.length) {
    console.error(USAGE);
    return 2;
  }
  try {
    const diff = await diffSpecs(positional[0], positional[1]);
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
