import { describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { coverageCases } from '../../src/contract/generate/coverage.js';
import { agrees, verdictOf } from '../../src/contract/generate/oracle.js';
import { NOW, context, explain, withResources } from './fixtures.js';
import { wireVerdict } from './wire.js';

const ids = Object.keys(operations) as OperationId[];

describe('coverage cases are what they claim, as the server reads them', () => {
  it.each(ids)('%s', async (id) => {
    // With resources of the target, the cases that address one use it: judge those too.
    const addresses = operations[id].parameters.some((p) => p.in === 'path' && p.name !== 'account_id');
    for (const ctx of addresses ? [context(), withResources()] : [context()]) {
      const cases = coverageCases(id, ctx);
      expect(cases.filter((c) => c.purpose === 'positive').length).toBeGreaterThan(0);
      expect(cases.filter((c) => c.purpose === 'negative').length).toBeGreaterThan(0);
      for (const c of cases) {
        const wire = await wireVerdict(c, NOW);
        expect(agrees(c, wire), explain(c.label, wire)).toBe(true);
        // The generator's own (synchronous) oracle reads the case the same way.
        expect(agrees(c, verdictOf(c, NOW)), explain(`oracle: ${c.label}`, verdictOf(c, NOW))).toBe(true);
      }
    }
  });
});
