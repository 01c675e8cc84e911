// The examples phase: every request example of the spec, sent and judged.
import { exampleCases } from '../generate/index.js';
import { sendJudged } from '../engine/judge.js';
import { sendable } from './sendable.js';
import type { PhaseContext } from '../scenarios/context.js';

export async function runExamples(ctx: PhaseContext): Promise<void> {
  const cases = exampleCases(ctx.generation).filter((c) => ctx.operations.includes(c.operationId) && sendable(ctx.session, c));
  for (const c of cases) {
    ctx.progress(`examples › ${c.operationId} › ${c.label}`);
    await sendJudged(ctx.session, c);
  }
}
