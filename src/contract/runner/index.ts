import { createImagesClient } from '../../client.js';
import type { Violation } from '../check.js';
import { specBasePath } from '../spec.js';
import { FLOWS, type Flow } from './flows.js';
import { exchangeRecorder, type Exchange } from './recorder.js';

export interface ContractTarget {
  /** The API base URL, e.g. `https://api.cloudflare.com/client/v4` or a local server's `<url>/client/v4`. */
  baseUrl: string;
  accountId: string;
  apiToken?: string;
  apiEmail?: string;
  apiKey?: string;
}

export interface RunOptions {
  /** Add the stateful flows that create and delete images, variants, keys and direct uploads. */
  allowWrites?: boolean;
  /** Only the flows with these names. */
  flows?: string[];
  fetch?: typeof globalThis.fetch;
  onProgress?: (event: { flow: string; step: string; done: number; total: number }) => void;
}

export interface StepResult {
  flow: string;
  step: string;
  passed: boolean;
  /** Why the step's behaviour was wrong (conformance violations are in `exchanges`). */
  error?: string;
  exchanges: Exchange[];
}

export interface OperationSummary {
  operationId: string;
  calls: number;
  statuses: number[];
  checksPassed: number;
  checksFailed: number;
  medianLatencyMs: number;
}

export interface ContractReport {
  target: string;
  runId: string;
  allowWrites: boolean;
  startedAt: string;
  durationMs: number;
  steps: StepResult[];
  operations: OperationSummary[];
  violations: Violation[];
  passed: boolean;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

/** Origin and path only: a report never carries credentials, even ones written into the URL. */
export function safeTarget(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Runs the contract flows against a server: every exchange is checked against the spec, and
 * every step checks the server's behaviour. Write flows clean up after themselves, also when a
 * step fails.
 */
export async function runContract(target: ContractTarget, options: RunOptions = {}): Promise<ContractReport> {
  const startedAt = new Date();
  const runId = `${startedAt.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const basePath = new URL(target.baseUrl).pathname.replace(/\/+$/, '') || specBasePath();
  const recorder = exchangeRecorder(basePath);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const client = createImagesClient({ ...target, fetch: fetchImpl, env: {}, maxRetries: 1, middleware: [recorder.middleware] });
  const flows: Flow[] = FLOWS.filter((f) => (options.allowWrites || !f.writes) && (!options.flows || options.flows.includes(f.name)));
  const plans = flows.map((flow) => ({ flow, plan: flow.plan({ client, runId, fetch: fetchImpl }) }));
  const total = plans.reduce((n, p) => n + p.plan.steps.length, 0);
  const steps: StepResult[] = [];

  for (const { flow, plan } of plans) {
    let failed = false;
    try {
      for (const step of plan.steps) {
        options.onProgress?.({ flow: flow.name, step: step.name, done: steps.length, total });
        const before = recorder.exchanges.length;
        let error: string | undefined;
        if (failed) error = 'skipped: an earlier step of this flow failed';
        else {
          try {
            await step.run();
          } catch (e) {
            error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
          }
        }
        await recorder.settled();
        const exchanges = recorder.exchanges.slice(before);
        const passed = !error && exchanges.every((x) => x.violations.length === 0);
        failed ||= Boolean(error);
        steps.push({ flow: flow.name, step: step.name, passed, error, exchanges });
      }
    } finally {
      await plan.cleanup?.().catch(() => undefined);
      await recorder.settled();
    }
  }
  options.onProgress?.({ flow: '', step: 'done', done: total, total });

  const all = steps.flatMap((s) => s.exchanges);
  const byOperation = new Map<string, Exchange[]>();
  for (const x of all) byOperation.set(x.operationId, [...(byOperation.get(x.operationId) ?? []), x]);
  const operations = [...byOperation].map(([operationId, xs]) => ({
    operationId,
    calls: xs.length,
    statuses: [...new Set(xs.map((x) => x.status))].sort(),
    checksPassed: xs.filter((x) => x.violations.length === 0).length,
    checksFailed: xs.filter((x) => x.violations.length > 0).length,
    medianLatencyMs: Math.round(median(xs.map((x) => x.latencyMs)) * 10) / 10,
  }));
  return {
    target: safeTarget(target.baseUrl),
    runId,
    allowWrites: Boolean(options.allowWrites),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    steps,
    operations,
    violations: all.flatMap((x) => x.violations),
    passed: steps.every((s) => s.passed),
  };
}
