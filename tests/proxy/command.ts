// The contract command as CI runs it (`tsx src/contract/cli.ts <subcommand> …`), for the proxy's and check-har's command tests.
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'src/contract/cli.ts');

/** The environment without the caller's CLOUDFLARE_* variables, plus `extra`. */
export const commandEnv = (extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLOUDFLARE_'))),
  ...extra,
});

/** Runs the command to its end: its exit code and output. */
export function runCommand(args: string[], env = commandEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { cwd: root, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** Starts the command in the background. */
export const spawnCommand = (args: string[], env = commandEnv()) => spawn(tsx, [cli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });

/** Starts the command as a node process of its own (tsx as a loader, not a wrapper), so its pid is the command's: for reading its memory. */
export const spawnNodeCommand = (args: string[], env = commandEnv()) =>
  spawn(process.execPath, ['--import', 'tsx', cli, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });

/** A process's peak resident memory so far (VmHWM in /proc/<pid>/status), in bytes. */
export async function peakRssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kb) * 1024;
}

/** Runs a subcommand's `main` in this process, with what it writes to stdout and stderr (for usage errors and --help: nothing is started). */
export async function runMain(main: (argv: string[]) => Promise<number>, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) => ((out.stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((out.stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(argv), ...out };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}
