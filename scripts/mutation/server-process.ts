// Starts a sandbox's server in a child process and hands back where it listens. The child dies
// with its parent (it exits when its stdin closes) and is killed by `stop()`. Its clock can be
// moved ahead (`advanceClock`), so a rule that needs time to pass is tried without waiting.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Mutant } from './mutant.js';
import { REPO_ROOT, createSandbox, type Sandbox } from './sandbox.js';

const ENTRY = join(REPO_ROOT, 'scripts', 'mutation', 'serve-mutant.ts');

export interface ServerProcess {
  baseUrl: string;
  accountId: string;
  /** The last lines the server wrote to stderr (its logged internal errors, a crash). */
  stderr(): string;
  /** Whether it exited on its own (a crash) before `stop()`. */
  crashed(): boolean;
  /** The server's clock: the wall clock plus how far it was moved. */
  now(): number;
  /** Moves the server's clock `ms` ahead (resolves once the server has moved it). */
  advanceClock(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/** The server did not come up: the mutant does not load (a syntax error, a throw at import). */
export class StartError extends Error {
  override name = 'StartError';
}

/** What a harness server accepts: a token and a key pair, so the probes of both kinds run. */
export interface HarnessCredentials {
  apiToken: string;
  apiEmail: string;
  apiKey: string;
}

function startServerProcess(sandbox: Sandbox, credentials: HarnessCredentials, startTimeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, sandbox.serverEntry], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      MUTANT_API_TOKEN: credentials.apiToken,
      MUTANT_API_EMAIL: credentials.apiEmail,
      MUTANT_API_KEY: credentials.apiKey,
      NODE_OPTIONS: '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stopping = false;
  let exited = false;
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => void (stderr = (stderr + chunk).slice(-4000)));
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    stopping = true;
    if (!exited) child.kill('SIGKILL');
    await gone;
  };
  let offset = 0;
  const acks: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const advanceClock = (ms: number) =>
    new Promise<void>((resolve, reject) => {
      if (exited) return reject(new Error('the server has exited: its clock cannot be moved'));
      acks.push({ resolve, reject });
      child.stdin.write(`advance ${Math.max(0, Math.round(ms))}\n`);
    });
  void gone.then(() => {
    for (const ack of acks.splice(0)) ack.reject(new Error('the server exited before it moved its clock'));
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new StartError(`the server did not start in ${startTimeoutMs} ms\n${stderr}`));
    }, startTimeoutMs);
    void gone.then(() => {
      clearTimeout(timer);
      reject(new StartError(`the server exited before it listened\n${stderr}`));
    });
    let started = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (started) {
        const advanced = /^advanced (\d+)$/.exec(line);
        if (advanced) {
          offset = Number(advanced[1]);
          acks.shift()?.resolve();
        }
        return;
      }
      started = true;
      clearTimeout(timer);
      try {
        const { baseUrl, accountId } = JSON.parse(line) as { baseUrl: string; accountId: string };
        resolve({ baseUrl, accountId, stderr: () => stderr, crashed: () => exited && !stopping, now: () => Date.now() + offset, advanceClock, stop });
      } catch {
        void stop();
        reject(new StartError(`unexpected output from the server: ${line}`));
      }
    });
  });
}

/**
 * Runs `fn` against a fresh server with `mutant` applied (the unmutated one without), in its own
 * sandbox and child process, both removed afterwards. An AnchorError or a StartError propagates.
 */
export async function withServer<T>(mutant: Mutant | undefined, fn: (server: ServerProcess, credentials: HarnessCredentials) => Promise<T>): Promise<T> {
  const sandbox = createSandbox(mutant);
  const credentials = { apiToken: randomUUID(), apiEmail: 'mutant@harness.test', apiKey: randomUUID().replaceAll('-', '') };
  let server: ServerProcess | undefined;
  try {
    server = await startServerProcess(sandbox, credentials);
    return await fn(server, credentials);
  } finally {
    await server?.stop();
    sandbox.remove();
  }
}
