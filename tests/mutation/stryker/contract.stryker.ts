// Stryker's one test (`npm run mutation:stryker`, not part of npm test): the unmutated contract
// engine against the in-process local server — with Stryker's mutant active — and the self-check
// off. A mutant is killed when the run fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runContract } from '../../../src/contract/command/run.js';
import { startImagesServer, type ImagesServer } from '../../../src/server/index.js';

const apiToken = 'stryker-token-0123456789abcdef0123';
// A key pair configured too, and known to the run, so its probes can send the right half of a pair.
const pair = { apiEmail: 'stryker@example.test', apiKey: 'stryker-key-0123456789abcdef0123456' };
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken, ...pair, selfCheck: false });
});
afterAll(() => server?.close());

it('the contract run passes against the local server', { timeout: 60_000 }, async () => {
  const report = await runContract({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken, ...pair }, { allowWrites: true, maxExamples: 5, seed: 1 });
  expect(report.failures.map((f) => `${f.check} ${f.operationId}: ${f.label}`)).toEqual([]);
  expect(report.passed).toBe(true);
});
