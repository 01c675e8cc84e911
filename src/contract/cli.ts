#!/usr/bin/env node
// `npm run contract -- [--base-url URL --account-id ID] [--allow-writes] [--phases …] [--checks …] [--json FILE] [--junit FILE]`
import { contractCommand, unexpectedErrorLine } from './command/contract.js';

/** Subcommands with options of their own (`proxy`, `check-har`); anything else is the contract run. */
const SUBCOMMANDS: Record<string, () => Promise<{ main(argv: string[]): Promise<number> }>> = {
  proxy: () => import('./proxy/cli.js'),
  'check-har': () => import('./har/cli.js'),
};

try {
  const subcommand = Object.hasOwn(SUBCOMMANDS, process.argv[2] ?? '') ? SUBCOMMANDS[process.argv[2]] : undefined;
  process.exitCode = subcommand
    ? await (await subcommand()).main(process.argv.slice(3))
    : await contractCommand(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr, progress: process.stderr });
} catch (error) {
  // Anything unexpected in a subcommand: one line, no stack trace, no secrets.
  process.stderr.write(unexpectedErrorLine(error));
  process.exitCode = 1;
}
