import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import type { Case } from '../../src/contract/model/case.js';
import { fuzzCase } from '../../src/contract/generate/index.js';
import { agrees } from '../../src/contract/generate/oracle.js';
import { NOW, context, explain, withResources } from './fixtures.js';
import { wireVerdict } from './wire.js';

const ids = Object.keys(operations) as OperationId[];
const seed = Number(process.env.FC_SEED ?? 20261202);
const RUNS = 100;
const fingerprint = (c: Case) => JSON.stringify(c, (_, v) => (v instanceof Uint8Array ? v.byteLength : v));
/** Whether a valid request of the operation has anything to vary: a parameter besides the account, or a body. */
const varies = (id: OperationId) => operations[id].parameters.length > 1 || operations[id].requestBody !== null;

describe('fuzz cases are what they claim, as the server reads them', () => {
  it.each(ids)('%s', async (id) => {
    const ctx = id.length % 2 ? context() : withResources();
    for (const purpose of ['positive', 'negative'] as const) {
      const cases = fc.sample(fuzzCase(id, ctx, purpose), { numRuns: RUNS, seed });
      if (purpose === 'negative' || varies(id)) expect(new Set(cases.map(fingerprint)).size, 'generated cases vary').toBeGreaterThan(RUNS / 4);
      for (const c of cases) {
        expect(c).toMatchObject({ operationId: id, phase: 'fuzz', purpose });
        const verdict = await wireVerdict(c, NOW);
        expect(agrees(c, verdict), explain(c.label, verdict)).toBe(true);
      }
    }
  });
});

describe('fuzz cases shrink to the simplest case that still fails', () => {
  it('a property failing on large per_page values shrinks to the boundary', () => {
    const details = fc.check(
      fc.property(fuzzCase('listImages', context(), 'positive'), (c) => !(typeof c.query?.per_page === 'number' && c.query.per_page > 5000)),
      { seed, numRuns: 300 },
    );
    expect(details.failed).toBe(true);
    const [shrunk] = details.counterexample!;
    expect(shrunk.query).toEqual({ per_page: 5001 });
  });

  it('a property failing on any custom id shrinks to an upload with only the file and a short id', () => {
    const details = fc.check(
      fc.property(fuzzCase('uploadImage', context(), 'positive'), (c) => !(c.body?.kind === 'multipart' && 'id' in c.body.fields)),
      { seed, numRuns: 300 },
    );
    const [shrunk] = details.counterexample!;
    expect(shrunk.body?.kind === 'multipart' && Object.keys(shrunk.body.fields).sort()).toEqual(['file', 'id']);
    // The run tag and the 6-character nonce stay; the rest shrinks away.
    const id = shrunk.body?.kind === 'multipart' ? String(shrunk.body.fields.id) : '';
    expect(id).toMatch(/^ct7x[a-z0-9]{6}.?$/);
  });

  it('a negative case shrinks, keeping its pointer', () => {
    const details = fc.check(
      fc.property(fuzzCase('createVariant', context(), 'negative'), (c) => c.pointer !== '/body/options/width'),
      { seed, numRuns: 500 },
    );
    const [shrunk] = details.counterexample!;
    expect(shrunk.pointer).toBe('/body/options/width');
    expect(shrunk.body).toMatchObject({ kind: 'json' });
  });
});
