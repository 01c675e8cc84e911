// The model-based phase: random sequences of commands over every operation, the delivery URLs and
// the one-time upload URLs (fast-check's `fc.commands` + `fc.asyncModelRun`), each answer predicted
// by the reference model. A failing sequence is shrunk to a minimal one, whose outcomes alone are
// reported, with a shell script that replays it.
import fc from 'fast-check';
import type { PhaseContext } from '../scenarios/context.js';
import type { ModelSummary, Outcome } from '../model/report.js';
import { quietCount, TAG_FIELD } from '../scenarios/kit.js';
import { audit, COMMANDS } from './commands/index.js';
import { Model } from './model.js';
import { NoResponse } from '../engine/session.js';
import { ModelViolation, Real, type Step } from './real.js';
import { scriptOf } from './script.js';

export interface ModelOptions {
  /** Sequences tried (`--model-runs`). */
  runs: number;
  /** Commands in a sequence at most (`--model-steps`), then an audit reads back everything the model holds. */
  steps: number;
  /** The phase stops starting sequences (and shrinking) after this long (`--model-time-limit`). */
  timeLimitMs: number;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { runs: 25, steps: 30, timeLimitMs: 120_000 };

interface Execution {
  outcomes: Outcome[];
  steps: Step[];
  commands: string[];
  statsStart?: number;
}

export async function runModelPhase(ctx: PhaseContext, options: ModelOptions): Promise<ModelSummary> {
  const { session } = ctx;
  let sequence = 0;
  let commands = 0;
  let lastFailure: Execution | undefined;
  // How many images the previous sequence's cleanup deleted: a count read right after it may not show
  // those deletes yet (`open:read-after-write`), so the account's own images are between the count
  // read and that many fewer. The first sequence waits for a quiet count instead.
  let justDeleted: number | undefined;
  const property = fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: options.steps, size: 'max' }), async (cmds) => {
    const k = ++sequence;
    ctx.progress(`model › sequence ${k}`);
    const tag = `${ctx.generation.runTag}m${k}`;
    const model = new Model({
      creators: [`${tag}a`, `${tag}b`],
      tag: { field: TAG_FIELD, value: tag },
      idPrefix: `${ctx.generation.runTag}/m${k}`,
      namePrefix: tag,
    });
    const real = new Real(ctx, ctx.settleMs);
    const ran: string[] = [];
    const mark = session.resources.mark();
    const { result: passed, outcomes } = await session.capture(async () => {
      try {
        const count = justDeleted === undefined ? await quietCount(ctx) : (await session.client.images.v1.stats.get()).count.current;
        model.statsBaseline = [count - (justDeleted ?? 0), count];
        real.statsStart = count;
        model.preexistingVariants = Object.keys((await session.client.images.v1.variants.list()).variants);
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        await audit(model, real);
        return true;
      } catch (error) {
        // A broken expectation, or a request without an answer (recorded as not_a_server_error), fails the sequence.
        if (error instanceof ModelViolation || error instanceof NoResponse) return false;
        throw error;
      } finally {
        // Only the commands whose precondition held ran (fast-check marks them); the report lists those.
        for (const c of cmds as Iterable<{ hasRan?: boolean; toString(): string }>) if (c.hasRan) ran.push(c.toString());
        await session.resources.cleanup(mark);
      }
    });
    commands += ran.length;
    justDeleted = model.imagesIn('stored', 'draft').length;
    if (passed && outcomes.every((o) => o.passed)) {
      session.commit(outcomes);
    } else {
      lastFailure = { outcomes, steps: real.steps, commands: ran, statsStart: real.statsStart };
    }
    return passed;
  });
  const details = await fc.check(property, { numRuns: options.runs, seed: ctx.seed, interruptAfterTimeLimit: options.timeLimitMs });
  // Anything else thrown is a bug of the phase itself: never a silent pass.
  if (details.failed && !lastFailure) throw details.errorInstance ?? new Error(`the model phase failed without a report (seed ${ctx.seed})`);
  const summary: ModelSummary = { sequences: sequence, commands };
  if (details.failed && lastFailure) {
    session.commit(lastFailure.outcomes);
    summary.failure = {
      seed: ctx.seed,
      path: details.counterexamplePath ?? undefined,
      shrinks: details.numShrinks,
      commands: lastFailure.commands,
      script: scriptOf(lastFailure.steps, session.target, ctx.generation.runTag, lastFailure.statsStart),
    };
  }
  return summary;
}
