// The local server's CLI in a child process (`npm run serve`), for what only another process shows:
// a kill -9, a second process on the same data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>/client/v4` */
  baseUrl: string;
  /** Resolves with the exit code (or the signal) once the process is gone and reaped. */
  exited: Promise<number | NodeJS.Signals>;
}

/** Runs `src/server/cli.ts --port 0 …args`; resolves once it prints its banner, rejects with its output if it exits first. */
export async function startChildServer(args: string[], timeoutMs = 15_000): Promise<ChildServer> {
  const run = runCli(['--port', '0', ...args]);
  let output = '';
  run.child.stdout!.on('data', (chunk) => (output += chunk));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within ${timeoutMs} ms: ${output}`)), timeoutMs);
    run.child.stdout!.on('data', () => {
      const match = /API base URL:\s+(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void run.exited.then(async (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before its banner: ${output}${await run.stderr}`));
    });
  });
  return { child: run.child, baseUrl, exited: run.exited };
}

/** Runs the CLI with `args`; its stderr and its exit code (or signal) once it ends. */
export function runCli(args: string[]): { child: ChildProcess; stderr: Promise<string>; exited: Promise<number | NodeJS.Signals> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal!)));
  return { child, stderr: exited.then(() => stderr), exited };
}
