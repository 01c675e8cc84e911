// The coverage, examples and fuzz phases and the credential and account probes, against the
// correct local server and against servers broken one way at a time (a fetch wrapper).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { runContract, type RunOptions } from '../../src/contract/command/run.js';
import { startImagesServer } from '../../src/server/index.js';
import { SCENARIO_TOKEN, breaking, failedChecks, startLocalTarget, withJson, type Breakage, type LocalTarget } from '../helpers/broken-server.js';

let local: LocalTarget;
beforeAll(async () => {
  local = await startLocalTarget();
});
afterAll(() => local.close());

const run = (options: RunOptions) => runContract(local.target, { allowWrites: true, maxExamples: 5, seed: 7, ...options });
const runBroken = (breakage: Breakage, options: RunOptions) => run({ ...options, fetch: breaking(breakage) });

/** Every operation failed the check (one failure per operation, at least). */
const failingOperations = (report: Awaited<ReturnType<typeof run>>, check: string) =>
  new Set(report.failures.filter((f) => f.check === check).map((f) => f.operationId));

describe('phases and probes against the correct server', () => {
  it('examples, coverage and fuzz pass, probe every operation and leave nothing behind', async () => {
    const report = await run({ phases: ['examples', 'coverage', 'fuzz'] });
    expect(report.failures).toEqual([]);
    const probed = (check: string) => new Set(report.summaries.filter((s) => s.check === check && s.passed > 0).map((s) => s.operationId));
    for (const check of ['ignored_auth', 'foreign_account', 'negative_data_rejection', 'positive_data_acceptance']) {
      expect([...probed(check)].sort(), check).toEqual(Object.keys(operations).sort());
    }
    expect(report.cleanup?.leftBehind).toEqual([]);
  });
});

describe('phases and probes against broken servers', () => {
  it('ignored_auth: a server that takes any credentials fails on every operation', async () => {
    const report = await runBroken(
      (seen, forward) => {
        const headers = new Headers(seen.headers);
        headers.delete('x-auth-email');
        headers.delete('x-auth-key');
        headers.set('authorization', `Bearer ${SCENARIO_TOKEN}`);
        return forward({ headers });
      },
      { phases: ['coverage'], checks: ['ignored_auth'] },
    );
    expect(failedChecks(report)).toEqual(['ignored_auth']);
    expect([...failingOperations(report, 'ignored_auth')].sort()).toEqual(Object.keys(operations).sort());
    const failure = report.failures.find((f) => f.operationId === 'listImages')!;
    expect(failure).toMatchObject({ source: 'coverage', expected: '401 or 403', received: { status: 200 } });
    expect(failure.request?.curl).not.toContain(SCENARIO_TOKEN);
  });

  it.each([
    ['checks only the key', 'x-auth-email', 'the right X-Auth-Key under a wrong X-Auth-Email'],
    ['checks only the e-mail', 'x-auth-key', 'a wrong X-Auth-Email + X-Auth-Key pair'],
  ])('ignored_auth with a key pair: a server that %s fails, naming the probe', async (_what, unchecked, probe) => {
    const pair = { apiEmail: 'pair@example.test', apiKey: 'pair-key-0123456789abcdef0123456789a' };
    const legacy = await startImagesServer({ port: 0, ...pair });
    try {
      const target = { baseUrl: legacy.baseUrl, accountId: legacy.accountId, ...pair };
      const some = ['getImageStats', 'uploadImage', 'deleteVariant'] as const;
      const options: RunOptions = { allowWrites: true, phases: ['coverage'], checks: ['ignored_auth'], operations: some };
      expect((await runContract(target, options)).failures).toEqual([]);
      const real = { 'x-auth-email': pair.apiEmail, 'x-auth-key': pair.apiKey };
      // The broken server puts the real value back in the header it does not check (when the other one came).
      const lenient = breaking((seen, forward) => {
        const headers = new Headers(seen.headers);
        if (headers.has('x-auth-email') && headers.has('x-auth-key')) headers.set(unchecked, real[unchecked as keyof typeof real]);
        return forward({ headers });
      });
      const report = await runContract(target, { ...options, fetch: lenient });
      expect(report.failures.map((f) => f.operationId).sort()).toEqual([...some].sort());
      for (const failure of report.failures) expect(failure.label).toContain(probe);
    } finally {
      await legacy.close();
    }
  });

  it('positive_data_acceptance: a server that takes the token but refuses its key pair fails on every read', async () => {
    const credentials = { apiToken: 'pair-token-0123456789abcdef0123456789', apiEmail: 'pair@example.test', apiKey: 'pair-key-0123456789abcdef0123456789a' };
    const server = await startImagesServer({ port: 0, ...credentials });
    try {
      const target = { baseUrl: server.baseUrl, accountId: server.accountId, ...credentials };
      const some = ['getImageStats', 'listImagesV2', 'getVariant', 'updateImage'] as const;
      const options: RunOptions = { allowWrites: true, phases: ['coverage'], checks: ['positive_data_acceptance'], operations: some };
      const passing = await runContract(target, options);
      expect(passing.failures).toEqual([]);
      const reads = some.filter((id) => operations[id].method === 'GET');
      expect(new Set(passing.summaries.filter((s) => s.check === 'positive_data_acceptance').map((s) => s.operationId))).toEqual(new Set(some));
      const tokenOnly = breaking((seen, forward) => {
        const headers = new Headers(seen.headers);
        headers.delete('x-auth-email');
        headers.delete('x-auth-key');
        return forward({ headers });
      });
      const report = await runContract(target, { ...options, fetch: tokenOnly });
      expect(report.failures.map((f) => f.operationId).sort()).toEqual(reads.sort());
      for (const failure of report.failures)
        expect(failure).toMatchObject({
          check: 'positive_data_acceptance',
          label: expect.stringContaining('X-Auth-Email + X-Auth-Key pair'),
          received: { status: 401 },
        });
    } finally {
      await server.close();
    }
  });

  it('foreign_account: a server that serves any account id fails', async () => {
    const report = await runBroken(
      (seen, forward) => {
        const url = new URL(seen.url);
        url.pathname = url.pathname.replace(/\/accounts\/[0-9a-f]{32}\//, `/accounts/${local.target.accountId}/`);
        return forward({ url });
      },
      { phases: ['coverage'], checks: ['foreign_account'] },
    );
    expect(failedChecks(report)).toEqual(['foreign_account']);
    expect(failingOperations(report, 'foreign_account').has('getImageStats')).toBe(true);
  });

  it('negative_data_rejection: a server that answers invalid per_page with 200 fails, naming the parameter', async () => {
    const report = await runBroken(
      (seen, forward) => {
        if (seen.operationId !== 'listImages') return forward();
        const url = new URL(seen.url);
        url.searchParams.delete('per_page');
        return forward({ url });
      },
      { phases: ['coverage'], checks: ['negative_data_rejection'] },
    );
    expect(failedChecks(report)).toEqual(['negative_data_rejection']);
    const failure = report.failures.find((f) => f.received?.pointer === '/query/per_page')!;
    expect(failure).toMatchObject({ operationId: 'listImages', source: 'coverage', received: { status: 200 } });
    expect(failure.label).toMatch(/per_page/);
    expect(failure.request?.curl).toMatch(/^curl .*per_page=/m);
  });

  it('positive_data_acceptance and fuzz shrinking: a server that refuses per_page above 100 fails with a minimal request', async () => {
    const refuse = () => Response.json({ success: false, errors: [{ code: 5400, message: 'too big' }], messages: [], result: null }, { status: 400 });
    const report = await runBroken(
      (seen, forward) => {
        const perPage = Number(seen.url.searchParams.get('per_page'));
        return seen.operationId === 'listImages' && perPage > 100 ? refuse() : forward();
      },
      { phases: ['fuzz'], checks: ['positive_data_acceptance'], maxExamples: 40 },
    );
    expect(failedChecks(report)).toEqual(['positive_data_acceptance']);
    const failure = report.failures.find((f) => f.operationId === 'listImages')!;
    // fast-check shrank the failing request: the label names the seed and the shrinking, and per_page is the smallest refused value
    expect(failure.label).toMatch(/fuzz seed -?\d+, shrunk \d+×/);
    expect(failure.request?.path).toMatch(/per_page=101(&|$)/);
  }, 60_000);

  it('not_a_server_error: a server error on one operation fails it there only', async () => {
    const report = await runBroken(
      (seen, forward) =>
        seen.operationId === 'getImageStats'
          ? Response.json({ success: false, errors: [{ code: 10001, message: 'boom' }], messages: [], result: null }, { status: 500 })
          : forward(),
      { phases: ['coverage'], checks: ['not_a_server_error'] },
    );
    expect(failedChecks(report)).toEqual(['not_a_server_error']);
    expect([...failingOperations(report, 'not_a_server_error')]).toEqual(['getImageStats']);
  });

  it('response_schema_conformance: a wrong field type in a response is named with its pointer', async () => {
    const report = await runBroken(
      async (seen, forward) =>
        seen.operationId === 'getImageStats' ? withJson(await forward(), (body) => (body.result.count.current = String(body.result.count.current))) : forward(),
      { phases: ['coverage'], checks: ['response_schema_conformance'] },
    );
    expect(failedChecks(report)).toEqual(['response_schema_conformance']);
    expect(report.failures[0]).toMatchObject({ operationId: 'getImageStats', received: { pointer: '/result/count/current' } });
  });
});
