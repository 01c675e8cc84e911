// Helpers of `npm run bench`: child processes (servers and one-shot measures, bundled once with
// esbuild so they run on plain node, without tsx's loader thread in their memory), and timing.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const BIN = '.bench/bin';
const ENTRIES = ['fixture-server', 'upload-memory', 'list-memory', 'load'];

/** Bundles the child entry points of tests/bench into .bench/bin/*.mjs (dependencies stay external). */
export async function bundleChildren(): Promise<void> {
  await build({
    entryPoints: ENTRIES.map((name) => `tests/bench/${name}.ts`),
    outdir: BIN,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}

/** Starts `.bench/bin/fixture-server.mjs <mode> …args`; resolves with what it printed, and how to stop it. */
export async function fixtureServer(mode: string, ...args: string[]) {
  const child = spawn(process.execPath, [`${BIN}/fixture-server.mjs`, mode, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const info = JSON.parse(line.toString()) as { port: number; path?: string };
  return {
    ...info,
    origin: `http://127.0.0.1:${info.port}`,
    baseUrl: `http://127.0.0.1:${info.port}/client/v4`,
    close: async () => {
      child.stdin!.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Runs `.bench/bin/<name>.mjs …args` in a fresh node with `flags`; resolves with the JSON line it printed. */
export async function childMeasure<T>(name: string, args: string[], flags: string[] = [], env: Record<string, string> = {}): Promise<T> {
  const { stdout } = await promisify(execFile)(process.execPath, [...flags, `${BIN}/${name}.mjs`, ...args], {
    maxBuffer: 16 * 2 ** 20,
    env: { ...process.env, ...env },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** Wall time of a command in milliseconds (it must exit 0). */
export async function wallTime(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(command, args, { maxBuffer: 64 * 2 ** 20 });
  return performance.now() - started;
}

export const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

/**
 * Each candidate `calls` times, interleaved call by call (in a rotating order) so that all of
 * them meet the same machine; returns each one's median call time in milliseconds.
 */
export async function interleaved(candidates: Record<string, () => unknown>, calls: number, warmup = Math.ceil(calls / 10)): Promise<Record<string, number>> {
  const names = Object.keys(candidates);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < warmup; i++) for (const name of names) await candidates[name]();
  for (let i = 0; i < calls; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const started = performance.now();
      await candidates[name]();
      samples[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}
