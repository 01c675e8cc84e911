// The contract command as CI runs it (`tsx src/contract/cli.ts <subcommand> …`), for the proxy's and check-har's command tests.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/contract/cli.ts');

/** The environment without the caller's CLOUDFLARE_* variables, plus `extra`. */
export const commandEnv = (extra: Record<string, string> = {}) => ({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLOUDFLARE_'))), ...extra });

/** Runs the command to its end: its exit code and output. */
export function runCommand(args: string[], env = commandEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { cwd: root, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** Starts the command in the background. */
export const spawnCommand = (args: string[], env = commandEnv()) => spawn(tsx, [cli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
