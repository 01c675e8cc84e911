// The reference server agrees with the classification: it accepts every valid case of the
// examples and coverage phases (or answers 404 for a resource that does not exist) and refuses
// every invalid one with a 4xx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { buildRequest } from '../../src/contract/engine/request.js';
import { coverageCases, exampleCases } from '../../src/contract/generate/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { context } from './fixtures.js';

let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: 'generate-token' });
});
afterAll(() => server.close());

describe('the local server agrees with the generated cases', () => {
  it('examples and coverage of every operation', async () => {
    const ctx = context({ now: Date.now() });
    const cases = [...exampleCases(ctx), ...(Object.keys(operations) as OperationId[]).flatMap((id) => coverageCases(id, ctx))];
    const disagreements: string[] = [];
    for (const c of cases) {
      const request = buildRequest(c, { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: 'generate-token' });
      const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined });
      const text = await response.text();
      const agrees = c.purpose === 'positive' ? response.ok || response.status === 404 : response.status >= 400 && response.status < 500;
      if (!agrees) disagreements.push(`${c.operationId} ${c.purpose} ${c.label}: ${response.status} ${text.slice(0, 160)}`);
    }
    expect(disagreements).toEqual([]);
    expect(cases.length).toBeGreaterThan(300);
  }, 60_000);
});
