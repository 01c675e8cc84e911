// The contract suite against the local server: the contract run (every phase but fuzz, which
// tests/contract-engine covers) must pass, the server's self-check must see nothing wrong, and
// every operation must have produced every documented status a healthy local server produces
// (200, 400, 401, 403, and 404 / 415 where documented). Prism covers the statuses a healthy local
// server never sends (429, 5XX, the 4XX range's other codes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { runContract } from '../../src/contract/command/run.js';
import type { Report } from '../../src/contract/model/report.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'suite-token';
const PRODUCIBLE = ['200', '400', '401', '403', '404', '415'];
let server: ImagesServer;
let report: Report;

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  report = await runContract(
    { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN },
    { allowWrites: true, phases: ['examples', 'coverage', 'stateful'], seed: 1 },
  );
}, 120_000);
afterAll(() => server.close());

describe('the local server under the contract run', () => {
  it('passes every check and its self-check stays quiet', () => {
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(server.selfCheckViolations).toEqual([]);
  });

  it.each(Object.values(operations).map((op) => [op.operationId, Object.keys(op.responses).filter((k) => PRODUCIBLE.includes(k))] as const))(
    '%s: produced every documented status it can (%j)',
    (operationId, expected) => {
      const exercised = report.operations.find((o) => o.operationId === operationId)?.exercised ?? [];
      expect(expected.filter((k) => !exercised.includes(k))).toEqual([]);
    },
  );
});
