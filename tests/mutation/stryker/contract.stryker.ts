// Stryker's one test (`npm run mutation:stryker`, not part of npm test): the unmutated contract
// engine against the in-process local server — with Stryker's mutant active — and the self-check
// off. A mutant is killed when the run fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runContract } from '../../../src/contract/engine/run.js';
import { startImagesServer, type ImagesServer } from '../../../src/server/index.js';

const apiToken = 'stryker-token-0123456789abcdef0123';
let server: ImagesServer;
beforeAll(async () => {
  // A key pair configured too, so the pair's checks are on the path the wrong-key-pair probe takes.
  server = await startImagesServer({ port: 0, apiToken, apiEmail: 'stryker@example.test', apiKey: 'stryker-key-0123456789abcdef0123456', selfCheck: false });
});
afterAll(() => server?.close());

it('the contract run passes against the local server', { timeout: 60_000 }, async () => {
  const report = await runContract({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken }, { allowWrites: true, maxExamples: 5, seed: 1 });
  expect(report.failures.map((f) => `${f.check} ${f.operationId}: ${f.label}`)).toEqual([]);
  expect(report.passed).toBe(true);
});
