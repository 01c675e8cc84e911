import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { isCleanupLink, specLinks } from '../../src/contract/engine/links.js';
import { Codes } from '../../src/spec/error-codes.js';
import { linksWalk } from '../../src/contract/scenarios/index.js';
import { CREATE, linkSources } from '../../src/contract/scenarios/links.js';
import { breaking, describeScenario, notFoundAnswer, replayable, runScenarios, startLocalTarget, type Breakage } from '../helpers/broken-server.js';

describe('the links walk', () => {
  it('knows how to create what every operation the spec links from answers with, and each of them links to a DELETE', () => {
    expect(linkSources().sort()).toEqual(Object.keys(CREATE).sort());
    expect(linkSources().length).toBeGreaterThan(0);
    for (const op of linkSources()) expect(specLinks().some((l) => l.from === op && isCleanupLink(l))).toBe(true);
    expect(linkSources().every((op) => ['POST', 'PUT'].includes(operations[op].method))).toBe(true);
  });

  it('walks the links of the other operations when one cannot create anything', async () => {
    const local = await startLocalTarget();
    try {
      const report = await runScenarios(local, [linksWalk], { fetch: breaking(refusingKeys) });
      expect(report.failures).toContainEqual(
        expect.objectContaining({
          check: 'ensure_resource_availability',
          operationId: 'createSigningKey',
          label: 'links walk: create something with createSigningKey',
        }),
      );
      const gone = report.summaries.filter((s) => s.check === 'use_after_free' && s.failed === 0).map((s) => s.operationId);
      expect(gone.sort()).toEqual(['getImage', 'getImageBlob', 'getVariant']);
    } finally {
      await local.close();
    }
  });
});

const refusingKeys: Breakage = (seen, forward) =>
  seen.operationId === 'createSigningKey'
    ? Response.json({ success: false, errors: [{ code: Codes.forbidden, message: 'not allowed' }], messages: [], result: null }, { status: 403 })
    : forward();

describeScenario(linksWalk, [
  {
    does: "answers a new variant's details with 404",
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => (seen.operationId === 'getVariant' ? notFoundAnswer() : forward()),
  },
  {
    does: "still answers a deleted image's blob",
    check: 'use_after_free',
    breakage: () => {
      const served = new Map<string, () => Response>();
      return async (seen, forward) => {
        const response = await forward();
        if (seen.operationId !== 'getImageBlob') return response;
        const id = seen.pathParams.image_id;
        if (response.status === 200) served.set(id, await replayable(response));
        return served.get(id)?.() ?? response;
      };
    },
  },
  {
    does: 'refuses the file posted to a direct upload URL',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) =>
      !seen.operationId && seen.method === 'POST'
        ? Response.json({ success: false, errors: [{ code: 5400, message: 'refused' }], messages: [], result: null }, { status: 400 })
        : forward(),
  },
  { does: 'refuses to create signing keys', check: 'ensure_resource_availability', breakage: () => refusingKeys },
]);
