// The stateful phase: sequences of requests — the spec's links walked from what the run creates,
// and the API's semantics (paging, filters, edits, deletes, drafts, uniqueness, one-time upload
// URLs, signed delivery, upload rules) — each a scenario that records its checks.
import { ImagesError } from '../../core/errors.js';
import { describeError } from '../engine/describe-error.js';
import {
  availability,
  deletion,
  drafts,
  edits,
  existingResources,
  filters,
  linksWalk,
  oneTimeUploadUrls,
  pagination,
  signedDelivery,
  stats,
  uniqueness,
  uploadRules,
} from '../scenarios/index.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { PhaseContext } from '../scenarios/context.js';

export type { Scenario } from '../scenarios/scenario.js';

export const SCENARIOS: Scenario[] = [
  existingResources,
  linksWalk,
  availability,
  deletion,
  stats,
  pagination,
  filters,
  edits,
  drafts,
  oneTimeUploadUrls,
  uniqueness,
  signedDelivery,
  uploadRules,
];

export async function runStateful(ctx: PhaseContext, scenarios: readonly Scenario[] = SCENARIOS): Promise<void> {
  for (const scenario of scenarios) {
    if (scenario.writes && !ctx.session.allowWrites) continue;
    if (!scenario.checks.some((c) => ctx.session.wants(c))) continue;
    ctx.progress(`stateful › ${scenario.name}`);
    try {
      await scenario.run(ctx);
    } catch (error) {
      // A step the scenario needed failed (the server refused a valid request, say): that is a failure of the scenario's check.
      const check = scenario.checks.find((c) => ctx.session.wants(c))!;
      const operationId = error instanceof ImagesError && error.operationId ? error.operationId : 'scenario';
      ctx.session.record({ check, operationId, passed: false, label: scenario.name, message: `the scenario could not go on: ${describeError(error)}` });
    }
  }
}
