// --wait-expiry: a one-time upload URL whose expiry has passed refuses its file. The run really
// waits past the spec's shortest expiry; here its clock and the local server's move together
// instead, so the test takes no minutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneTimeUploadUrls } from '../../src/contract/scenarios/index.js';
import { runContract } from '../../src/contract/command/run.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { breaking, failedChecks, SCENARIO_TOKEN } from '../helpers/broken-server.js';

describe('one-time upload URLs past their expiry (--wait-expiry)', () => {
  let offset = 0;
  let server: ImagesServer;
  const clock = { now: () => Date.now() + offset, sleep: async (ms: number) => void (offset += ms) };
  beforeAll(async () => {
    server = await startImagesServer({ port: 0, apiToken: SCENARIO_TOKEN, now: clock.now });
  });
  afterAll(() => server.close());
  const run = (fetch?: typeof globalThis.fetch) =>
    runContract(
      { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: SCENARIO_TOKEN },
      { allowWrites: true, phases: ['stateful'], scenarios: [oneTimeUploadUrls], waitExpiry: true, clock, ...(fetch ? { fetch } : {}) },
    );

  it('passes against the correct server, and the wait past the expiry was taken', async () => {
    const before = offset;
    const report = await run();
    expect(report.failures).toEqual([]);
    expect(offset - before).toBeGreaterThan(120_000);
    expect(report.summaries.find((s) => s.check === 'one_time_upload_urls' && s.operationId === 'uploadURL')?.passed).toBe(3);
  });

  it('fails one_time_upload_urls against a server that takes a file after the expiry', async () => {
    // The broken server reads its clock from before the wait when a file comes to an upload URL.
    const report = await run(
      breaking(async (seen, forward) => {
        if (seen.operationId !== undefined || seen.method !== 'POST') return forward();
        const saved = offset;
        offset = 0;
        try {
          return await forward();
        } finally {
          offset = saved;
        }
      }),
    );
    expect(failedChecks(report)).toEqual(['one_time_upload_urls']);
    expect(report.failures.map((f) => f.label)).toEqual(["a POST after the upload URL's expiry is refused"]);
  });
});
