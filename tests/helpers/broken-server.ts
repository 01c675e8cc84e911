// A correct local Images server, and ways to break one behaviour of it for a test without touching
// the server: a `fetch` wrapper (the contract run's `RunOptions.fetch`) that sees every request the
// run sends — to the API, to delivery URLs and to one-time upload URLs — and may change it, answer
// it itself, or change the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/contract/phases/stateful.js';
import { runContract, type RunOptions } from '../../src/contract/command/run.js';
import type { Report } from '../../src/contract/model/report.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { Codes } from '../../src/spec/error-codes.js';
import { findOperation } from '../../src/spec/route.js';

export const SCENARIO_TOKEN = 'scenario-SECRET-token';

/** A request the run sent, read. */
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array;
  /** The spec's operation; undefined for a delivery or upload URL. */
  operationId?: string;
  /** Its path parameters, decoded. */
  pathParams: Record<string, string>;
}

/** Sends the request (changed, if you like) on to the real server. */
type Forward = (changed?: Partial<Pick<Seen, 'method' | 'url' | 'headers' | 'body'>>) => Promise<Response>;
export type Breakage = (request: Seen, forward: Forward) => Response | Promise<Response>;

export function breaking(breakage: Breakage): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = new Uint8Array(await request.arrayBuffer());
    const match = findOperation(request.method, request.url);
    const seen: Seen = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
      operationId: match?.operationId,
      pathParams: match?.pathParams ?? {},
    };
    const forward: Forward = (changed = {}) => {
      const r = { ...seen, ...changed };
      return fetch(r.url, { method: r.method, headers: r.headers, body: r.method === 'GET' || r.method === 'HEAD' ? undefined : (r.body as BodyInit) });
    };
    return breakage(seen, forward);
  };
}

/** The answer with its JSON body changed. */
export async function withJson(response: Response, change: (body: any) => void): Promise<Response> {
  const body = await response.json();
  change(body);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return Response.json(body, { status: response.status, headers });
}

/** A copy of an answer that can be sent again. */
export async function replayable(response: Response): Promise<() => Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { status, headers } = response;
  return () => new Response(bytes.slice(), { status, headers });
}

/** The request with a multipart field removed (the form rebuilt, with its new boundary). */
export async function withoutField(seen: Seen, field: string): Promise<Pick<Seen, 'headers' | 'body'>> {
  const form = await new Response(seen.body as BodyInit, { headers: { 'content-type': seen.headers.get('content-type') ?? '' } }).formData();
  form.delete(field);
  const rebuilt = new Request(seen.url, { method: seen.method, body: form });
  const headers = new Headers(seen.headers);
  headers.set('content-type', rebuilt.headers.get('content-type') ?? '');
  return { headers, body: new Uint8Array(await rebuilt.arrayBuffer()) };
}

export interface LocalTarget {
  server: ImagesServer;
  target: { baseUrl: string; accountId: string; apiToken: string };
  close: () => Promise<void>;
}

export async function startLocalTarget(): Promise<LocalTarget> {
  const server = await startImagesServer({ port: 0, apiToken: SCENARIO_TOKEN });
  return { server, target: { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: SCENARIO_TOKEN }, close: () => server.close() };
}

/**
 * Runs only the stateful phase with these scenarios, writes allowed. The local server's lists never
 * lag, so the settle window is short: a broken answer is retried that long before it fails.
 */
export const runScenarios = (local: LocalTarget, scenarios: Scenario[], options: RunOptions = {}) =>
  runContract(local.target, { allowWrites: true, phases: ['stateful'], scenarios, settleMs: 200, ...options });

export const failedChecks = (report: Report) => [...new Set(report.failures.map((f) => f.check))].sort();

/** Everything the run created is gone: the cleanup left nothing, and the server holds what it held before. */
function expectNothingLeft(local: LocalTarget, report: Report, before: { images: number; variants: number; keys: number }): void {
  expect(report.cleanup?.leftBehind).toEqual([]);
  expect(report.cleanup?.deleted).toBe(report.cleanup?.created);
  const { state } = local.server;
  expect({ images: state.images.size, variants: state.variants.size, keys: state.keys.length }).toEqual(before);
}

const holdings = (local: LocalTarget) => ({
  images: local.server.state.images.size,
  variants: local.server.state.variants.size,
  keys: local.server.state.keys.length,
});

export interface BrokenBehaviour {
  /** What the broken server does, for the test's name: `ignores page`. */
  does: string;
  /** The check that must fail (and be the only one that does). */
  check: Report['checks'][number];
  /** A fresh breakage per test (it may remember what it saw). */
  breakage: () => Breakage;
}

/**
 * The tests of one scenario: against the correct local server it passes, records every check it
 * names and leaves nothing behind; against each broken server exactly the named check fails.
 */
export function describeScenario(scenario: Scenario, broken: BrokenBehaviour[]): void {
  describe(scenario.name, () => {
    let local: LocalTarget;
    beforeAll(async () => {
      local = await startLocalTarget();
    });
    afterAll(() => local.close());

    it('passes against the correct server, records each of its checks and leaves nothing behind', async () => {
      const before = holdings(local);
      const report = await runScenarios(local, [scenario]);
      expect(report.failures).toEqual([]);
      expect(report.passed).toBe(true);
      const recorded = new Set(report.summaries.filter((s) => s.passed > 0).map((s) => s.check));
      expect(scenario.checks.length).toBeGreaterThan(0);
      for (const check of scenario.checks) expect(recorded).toContain(check);
      expectNothingLeft(local, report, before);
    });

    for (const { does, check, breakage } of broken) {
      it(`fails ${check} against a server that ${does}`, async () => {
        const before = holdings(local);
        const report = await runScenarios(local, [scenario], { fetch: breaking(breakage()) });
        expect(failedChecks(report)).toEqual([check]);
        // the scenario went on to its end: the failures are its checks', not a step it could not take
        expect(report.failures.filter((f) => f.label === scenario.name)).toEqual([]);
        expect(report.passed).toBe(false);
        expectNothingLeft(local, report, before);
      });
    }
  });
}

/** A documented 404 answer, as the server gives it. */
export const notFoundAnswer = () =>
  Response.json({ success: false, errors: [{ code: Codes.notFound, message: 'Not found' }], messages: [], result: null }, { status: 404 });

/** The request with one query parameter (or every key that ends with `suffix`) removed. */
export function withoutQuery(seen: Seen, matches: (key: string) => boolean): { url: URL } {
  const url = new URL(seen.url);
  for (const key of [...url.searchParams.keys()]) if (matches(key)) url.searchParams.delete(key);
  return { url };
}
