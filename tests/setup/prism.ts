// vitest globalSetup: a Prism mock server of the spec for the contract suite; tests read its URL
// with `inject('prismUrl')`.
//
// Why in-process (`@stoplight/prism-http-server` `createServer`) and not the Prism CLI:
// - the CLI corrupts query parameter names with brackets (it `encodeURI`s them in place while
//   printing its routes), so `meta.x[eq]`-style keys would never reach the validator;
// - a spawned CLI is a child process that outlives a killed test run (an `npx` parent leaves Prism
//   orphaned); in-process there is nothing to leak: the server dies with this process;
// - no port race: we listen on port 0 and read the port from the listening socket, instead of
//   parsing a "listening" log line; and it is ready in tens of milliseconds after the import.
import { readdirSync, readFileSync } from 'node:fs';
import { getHttpOperationsFromSpec, type IHttpConfig } from '@stoplight/prism-http';
import { createServer } from '@stoplight/prism-http-server';
import { createLogger } from '@stoplight/prism-core';
import type { TestProject } from 'vitest/node';
import openapi from '../../generated/openapi.json' with { type: 'json' };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the in-process Prism mock, e.g. `http://127.0.0.1:40123` (no trailing slash). */
    prismUrl: string;
    /** The pid of the process Prism runs in (vitest's main process). */
    prismHostPid: number;
    /** Pids of child processes that appeared while Prism started (must be empty). */
    prismSpawnedPids: number[];
  }
}

/**
 * Static mode (examples, never random data); requests validated (401 / 415 / 422 with the reasons in
 * `sl-violations`); responses validated too, and `errors: true` turns a response that breaks its own
 * schema (e.g. a wrong spec example) into a 500 `application/problem+json` the checker rejects.
 */
export const PRISM_CONFIG: IHttpConfig = {
  mock: { dynamic: false },
  checkSecurity: true,
  validateRequest: true,
  validateResponse: true,
  errors: true,
  isProxy: false,
  upstreamProxy: undefined,
};

export interface RunningPrism {
  url: string;
  close(): Promise<void>;
}

/** Starts Prism in this process on 127.0.0.1, port 0 (the spec defaults to the generated bundle). */
export async function startPrism(spec: object = openapi, config: Partial<IHttpConfig> = {}): Promise<RunningPrism> {
  // Prism annotates the document it is given: hand it a copy.
  const operations = await getHttpOperationsFromSpec(structuredClone(spec));
  const server = createServer(operations, {
    components: { logger: createLogger('prism', { level: 'silent' }) },
    cors: false,
    config: { ...PRISM_CONFIG, ...config } as IHttpConfig,
  });
  const address = await server.listen(0, '127.0.0.1'); // "http://127.0.0.1:<port>"
  const port = Number(new URL(address).port);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Prism did not report its port: ${address}`);
  let closing: Promise<void> | undefined;
  return { url: `http://127.0.0.1:${port}`, close: () => (closing ??= server.close()) };
}

/** Pids whose parent is `pid` (from /proc; empty where there is no /proc). */
export function childPids(pid = process.pid): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const entry of entries) {
    try {
      // "pid (comm) state ppid ...": comm may contain spaces and parentheses, so split after the last ")"
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const before = new Set(childPids());
  const prism = await startPrism();
  const spawned = childPids().filter((pid) => !before.has(pid));

  project.provide('prismUrl', prism.url);
  project.provide('prismHostPid', process.pid);
  project.provide('prismSpawnedPids', spawned);

  // Close on SIGINT/SIGTERM too. vitest already handles these signals (it exits), so only close
  // the server then; when nobody else listens (this module used outside vitest), close and re-raise
  // the signal so the process still ends the way it would have without us.
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const handlers = signals.map((signal) => {
    const othersListen = process.listenerCount(signal) > 0;
    const handler = () => {
      process.off(signal, handler);
      const closed = prism.close().catch(() => undefined);
      if (!othersListen) void closed.finally(() => process.kill(process.pid, signal));
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });

  return async function teardown() {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    await prism.close();
  };
}
