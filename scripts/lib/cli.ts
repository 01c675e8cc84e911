// Command-line options of the scripts under scripts/: node:util parseArgs in strict mode, so an
// unknown option or a stray argument is a usage error (exit 2) instead of being ignored.
import { relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs, strict (the default: `strict` is not accepted here); its errors become UsageErrors. */
export function parseOptions<T extends Omit<ParseArgsConfig, 'strict'>>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    // Its first sentence: Node's hint that follows ("place it after '--'") does not apply here.
    throw new UsageError((error instanceof Error ? error.message : String(error)).split(/\.\s/)[0]);
  }
}

/**
 * The command as the user typed it: `npm run docs --` when npm runs this script, else
 * `tsx scripts/docs.ts`. (npm_lifecycle_event alone is inherited by anything npm starts, e.g.
 * `npm test` → vitest → this script, so the script line must name this file.)
 */
export function invokedAs(scriptFile: string, env: NodeJS.ProcessEnv = process.env): string {
  const script = relative(process.cwd(), scriptFile);
  if (env.npm_lifecycle_event && env.npm_lifecycle_script?.includes(script)) return `npm run ${env.npm_lifecycle_event} --`;
  return `tsx ${script}`;
}

/** The message and one line pointing to --help, on stderr; returns the exit code (2). */
export function printUsageError(name: string, command: string, error: UsageError): 2 {
  process.stderr.write(`${name}: ${error.message}\nRun '${command} --help' for the options.\n`);
  return 2;
}
