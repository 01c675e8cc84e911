// The Redocly CLI, spawned with `node` directly (no npx wrapper), telemetry and update notices off.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The Redocly CLI's entry file; spawned with `node` directly (no npx wrapper). */
function redoclyBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
}

/** Runs the Redocly CLI; resolves with its output, rejects (with the output) on a non-zero exit. */
export function runRedocly(args: string[], options: { allowExitCodes?: number[] } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [redoclyBin(), ...args], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const exit = code ?? 1;
      if (exit === 0 || options.allowExitCodes?.includes(exit)) resolvePromise({ code: exit, stdout, stderr });
      else reject(new Error(`redocly ${args[0]} exited with ${exit}\n${stdout}\n${stderr}`));
    });
  });
}
