import { createImagesClient } from '../../client.js';
import { ImagesApiError, ImagesConfigError } from '../../core/errors.js';
import type { Violation } from '../check.js';
import { redactText } from '../redact.js';
import { specBasePath } from '../../spec/route.js';
import { FLOWS, StepSkipped, type Flow } from './flows.js';
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
  /** The step's name; `cleanup` for what a write flow does after its steps to remove what it created. */
  step: string;
  /** The step ran, its behaviour was right and every exchange conformed. False for a skipped step. */
  passed: boolean;
  /**
   * The step checked nothing: there was nothing to check (the account has no images), or an
   * earlier step of its flow failed. Never counted as passed; does not fail the run by itself.
   */
  skipped?: boolean;
  /** Why the step was skipped. */
  reason?: string;
  /** Why the step's behaviour was wrong (conformance violations are in `exchanges`). */
  error?: string;
  exchanges: Exchange[];
}

export interface OperationSummary {
  operationId: string;
  calls: number;
  statuses: number[];
  /** Exchanges (request/response pairs) with no violation, of any of the checks. */
  exchangesPassed: number;
  /** Exchanges with at least one violation. */
  exchangesFailed: number;
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
  /** No step failed (skipped steps do not count either way). */
  passed: boolean;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
};

/** Origin and path only: a report never carries credentials, even ones written into the URL. */
export function safeTarget(baseUrl: string): string {
  const url = parseBaseUrl(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * The base URL, parsed; `ImagesConfigError` when it is not an absolute http(s) URL or carries
 * credentials. The error never repeats the URL (it may hold a password).
 */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ImagesConfigError('baseUrl is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImagesConfigError('baseUrl must be an http or https URL');
  if (url.username || url.password) throw new ImagesConfigError('baseUrl must not contain credentials; pass apiToken (or apiEmail + apiKey) instead');
  return url;
}

/**
 * A thrown error as one line for the report. A body that was not JSON is not repeated (it may be
 * a truncated signing-key list); signing-key values are redacted from the rest.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redactText(String(error));
  let message = error.message;
  if (error instanceof ImagesApiError && error.bodySnippet) message = message.split(error.bodySnippet).join(`[${error.bodySnippet.length} characters not shown]`);
  return redactText(`${error.name}: ${message}`);
}

/** The result of a step (or cleanup) that ran: `thrown` is what it threw, if anything. */
function stepResult(flow: string, step: string, thrown: unknown, exchanges: Exchange[]): StepResult {
  const conforms = exchanges.every((x) => x.violations.length === 0);
  if (thrown instanceof StepSkipped && conforms) return { flow, step, passed: false, skipped: true, reason: thrown.message, exchanges };
  const error = thrown === undefined || thrown instanceof StepSkipped ? undefined : describeError(thrown);
  return { flow, step, passed: !error && conforms, error, exchanges };
}

/**
 * Runs the contract flows against a server: every exchange is checked against the spec, and
 * every step checks the server's behaviour. Write flows clean up after themselves, also when a
 * step fails.
 */
export async function runContract(target: ContractTarget, options: RunOptions = {}): Promise<ContractReport> {
  const startedAt = new Date();
  const runId = `${startedAt.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const basePath = parseBaseUrl(target.baseUrl).pathname.replace(/\/+$/, '') || specBasePath();
  const recorder = exchangeRecorder(basePath);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const client = createImagesClient({ ...target, fetch: fetchImpl, env: {}, maxRetries: 1, middleware: [recorder.middleware] });
  const flows: Flow[] = FLOWS.filter((f) => (options.allowWrites || !f.writes) && (!options.flows || options.flows.includes(f.name)));
  const plans = flows.map((flow) => ({ flow, plan: flow.plan({ client, runId, fetch: fetchImpl }) }));
  const total = plans.reduce((n, p) => n + p.plan.steps.length + (p.plan.cleanup ? 1 : 0), 0);
  const steps: StepResult[] = [];

  /** Runs `run` (a step or a cleanup) and records its result with the exchanges it made. */
  const record = async (flow: string, step: string, run: () => Promise<void>): Promise<StepResult> => {
    options.onProgress?.({ flow, step, done: steps.length, total });
    const before = recorder.exchanges.length;
    let thrown: unknown;
    try {
      await run();
    } catch (e) {
      thrown = e ?? new Error(String(e));
    }
    await recorder.settled();
    const result = stepResult(flow, step, thrown, recorder.exchanges.slice(before));
    steps.push(result);
    return result;
  };

  for (const { flow, plan } of plans) {
    let failed = false;
    for (const step of plan.steps) {
      if (failed) {
        options.onProgress?.({ flow: flow.name, step: step.name, done: steps.length, total });
        steps.push({ flow: flow.name, step: step.name, passed: false, skipped: true, reason: 'an earlier step of this flow failed', exchanges: [] });
        continue;
      }
      const result = await record(flow.name, step.name, step.run);
      failed = result.error !== undefined; // conformance violations alone do not stop a flow
    }
    // Always, also after a failed step; a failed cleanup fails the run (something may be left behind).
    if (plan.cleanup) await record(flow.name, 'cleanup', plan.cleanup);
  }
  options.onProgress?.({ flow: '', step: 'done', done: total, total });

  const all = steps.flatMap((s) => s.exchanges);
  const byOperation = new Map<string, Exchange[]>();
  for (const x of all) byOperation.set(x.operationId, [...(byOperation.get(x.operationId) ?? []), x]);
  const operations = [...byOperation].map(([operationId, xs]) => ({
    operationId,
    calls: xs.length,
    statuses: [...new Set(xs.map((x) => x.status))].sort(),
    exchangesPassed: xs.filter((x) => x.violations.length === 0).length,
    exchangesFailed: xs.filter((x) => x.violations.length > 0).length,
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
    passed: steps.every((s) => s.passed || s.skipped),
  };
}
