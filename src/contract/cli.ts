#!/usr/bin/env node
// `npm run contract -- [--base-url URL --account-id ID] [--allow-writes] [--phases …] [--checks …] [--json F] [--junit F] [--html F]`,
// and its subcommands `proxy` and `check-har`. Before anything that reads the spec is loaded:
// generated/ must be derived from the spec beside it (a checkout), and a spec fact the code reads
// must still be there — each a one-line error, exit 2.
import { assertGeneratedFresh } from '../spec/generated-freshness.js';
import { invokedAs } from './command/invocation.js';
import { startupProblem, unexpectedErrorLine } from './command/startup.js';

/** Subcommands with options of their own (`proxy`, `check-har`); anything else is the contract run. */
const SUBCOMMANDS: Record<string, () => Promise<{ main(argv: string[], command?: string): Promise<number> }>> = {
  proxy: () => import('./proxy/cli.js'),
  'check-har': () => import('./har/cli.js'),
};

let loading = true;
try {
  assertGeneratedFresh();
  const name = process.argv[2] ?? '';
  const command = invokedAs();
  if (Object.hasOwn(SUBCOMMANDS, name)) {
    const { main } = await SUBCOMMANDS[name]();
    loading = false;
    process.exitCode = await main(process.argv.slice(3), `${command} ${name}`);
  } else {
    const { contractCommand } = await import('./command/contract.js');
    loading = false;
    process.exitCode = await contractCommand(process.argv.slice(2), {
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      progress: process.stderr,
      command,
      handleSignals: true,
    });
  }
} catch (error) {
  // The checkout's spec and generated files: exit 2 with what to do. Anything else: one line, no stack trace, no secrets.
  const problem = startupProblem(error, loading);
  process.stderr.write(problem ? `contract: ${problem}\n` : unexpectedErrorLine(error));
  process.exitCode = problem ? 2 : 1;
}
