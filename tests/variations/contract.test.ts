// The full contract run (every phase, writes allowed) against the local server with each
// conforming variation on its own: the run must tell the truth about any server that keeps the
// spec, so each must PASS. The runs are concurrent: most of a run is waiting on the server.
import { describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/engine/run.js';
import { startImagesServer, VARIATIONS, type VariationOptions } from '../../src/server/index.js';

const TOKEN = 'variation-token';

// rate-limited: 100 requests per 3 s window, then a 3 s lockout: a run (~1,000 requests) faster
// than 33 requests/s meets the 429 and its Retry-After a few times; the documented 1,200 per 5
// minutes would never bite in a run this short. The model phase runs 5 sequences (25 by default)
// to keep the file within a minute.
const OPTIONS: Record<string, VariationOptions> = {
  'rate-limited': { rateLimitScale: 0.01, rateLimitRequests: 100 },
};

describe.concurrent('the full contract run passes against every conforming variation', () => {
  it.each(VARIATIONS.map((v) => [v.name, v.exercises] as const))('%s (%s)', { timeout: 120_000 }, async (name) => {
    const server = await startImagesServer({ port: 0, apiToken: TOKEN, variations: [name], ...OPTIONS[name] });
    try {
      const report = await runContract({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN }, { allowWrites: true, maxExamples: 5, seed: 7, model: { runs: 5 } });
      const failures = report.failures.map((f) => `${f.check} ${f.operationId} [${f.source}] ${f.label}: ${f.message}`);
      expect(failures).toEqual([]);
      expect(report.cleanup?.leftBehind).toEqual([]);
      expect(report.passed).toBe(true);
      expect(server.selfCheckViolations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
