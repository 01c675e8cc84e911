// The fuzz phase: requests generated from the schemas (valid and invalid), `--max-examples` per
// operation and kind, seeded (`--seed` replays a run), and a failure shrunk by fast-check to a
// minimal request — whose outcomes alone are reported, not those of every shrinking step.
import fc from 'fast-check';
import { operations } from '../../../generated/operations.js';
import type { Case } from '../model/case.js';
import { sendJudged } from '../engine/judge.js';
import { isRead } from '../engine/session.js';
import { fuzzCase } from '../generate/index.js';
import type { PhaseContext } from '../scenarios/context.js';

const PURPOSES = ['positive', 'negative'] as const;

/** A seed per operation and kind, derived from the run's, so each property replays on its own. */
const seedFor = (seed: number, index: number) => (seed + index * 7919) | 0;

export async function runFuzz(ctx: PhaseContext): Promise<void> {
  const { session } = ctx;
  let index = 0;
  for (const operationId of ctx.operations) {
    if (!session.allowWrites && !isRead(operations[operationId].method)) continue;
    for (const purpose of PURPOSES) {
      const arbitrary = fuzzCase(operationId, ctx.generation, purpose);
      const seed = seedFor(ctx.seed, index++);
      if (!arbitrary) continue;
      let runs = 0;
      const property = fc.asyncProperty(arbitrary, async (c: Case) => {
        ctx.progress(`fuzz › ${operationId} › ${purpose} #${++runs}`);
        const mark = session.resources.mark();
        const { result: passed, outcomes } = await session.capture(async () => {
          const judged = await sendJudged(session, c);
          await session.resources.cleanup(mark);
          return judged;
        });
        const all = outcomes.every((o) => o.passed);
        if (all) session.commit(outcomes);
        return passed && all;
      });
      const details = await fc.check(property, { numRuns: ctx.maxExamples, seed, endOnFailure: false });
      if (details.failed && details.counterexample) {
        // The minimal failing request, sent once more with its outcomes recorded.
        const [minimal] = details.counterexample as [Case];
        const mark = session.resources.mark();
        await sendJudged(session, { ...minimal, label: `${minimal.label} (fuzz seed ${seed}, shrunk ${details.numShrinks}×)` });
        await session.resources.cleanup(mark);
      }
    }
  }
}
