// The cases the coverage phase sends: for each constraint the spec states on each parameter and
// body field, the valid edge (positive) and the invalid one (negative), each applied alone to the
// canonical request. Deterministic: the same context gives the same cases.
import type { OperationId } from '../../../generated/operations.js';
import type { Case } from '../model/case.js';
import { pointerOf } from '../../spec/pointer.js';
import { checkContext, type GenerationContext } from './context.js';
import { caseOf, type Draft } from './draft.js';
import { filterMutations, grammarOf } from './filters.js';
import { bodyMutations, objectMutations, probeMutation, type Mutation } from './mutations.js';
import { operationModel, type OperationModel } from '../schema/operation.js';
import { leafProbes } from './probes.js';
import { bodyEnv, canonicalDraft, caseParameters, namePrefix, parameterEnv } from './canonical.js';
import { TARGET_PARAMETER } from '../schema/operation.js';
import { routeOf } from './oracle.js';

/** The mutations of every parameter: the target's account only broken, a server-issued token only broken. */
function parameterMutations(model: OperationModel, ctx: GenerationContext, idPrefix: string): Mutation[] {
  return model.parameters.flatMap((p) => {
    const pointer = pointerOf([p.in, p.name]);
    if (grammarOf(p)) return filterMutations(p);
    const onlyNegative = p.name === TARGET_PARAMETER || model.serverIssued.has(p.name);
    const env = parameterEnv(ctx, model.safe ? '' : idPrefix);
    return leafProbes(p.schema, env, { safe: model.safe })
      .filter((probe) => probe.purpose === 'negative' || !onlyNegative)
      .map((probe) => probeMutation(pointer, probe));
  });
}

/** Every coverage mutation of an operation (the phase's catalogue, also used by the fuzz phase). */
export function coverageMutations(model: OperationModel, ctx: GenerationContext, idPrefix = `${namePrefix(model, ctx)}0`): Mutation[] {
  const body = model.body
    ? objectMutations(model.body.schema, '/body', bodyEnv(model, ctx, idPrefix), { safe: model.safe, partTypes: model.body.partTypes })
    : [];
  return [...parameterMutations(model, ctx, idPrefix), ...bodyMutations(model), ...body];
}

/** The coverage cases of an operation: its canonical request, then one case per mutation. */
export function coverageCases(operationId: OperationId, ctx: GenerationContext): Case[] {
  checkContext(ctx);
  const model = operationModel(operationId);
  // Each case gets its own names (run tag, operation, case number), so no two cases create the same resource.
  const base = (n: number) => canonicalDraft(model, ctx, `${namePrefix(model, ctx)}${n}`);
  const minimal = caseOf(model, base(1), {
    phase: 'coverage',
    purpose: 'positive',
    label: `the canonical request (${caseParameters(model).some((p) => p.required) || model.body ? 'required values only' : 'no parameters'})`,
  });
  const cases = coverageMutations(model, ctx).flatMap((m, i) => {
    const draft = base(i + 2);
    const sendable = sendableMutation(model, m, draft);
    return sendable ? [caseOf(model, sendable.apply(draft), { phase: 'coverage', purpose: m.purpose, label: sendable.label, pointer: m.pointer })] : [];
  });
  return [minimal, ...cases];
}

/** The mutation, or the first of its variants, whose case reaches only its operation when applied to `draft`. */
export function sendableMutation(model: OperationModel, m: Mutation, draft: Draft): Mutation | undefined {
  return [m, ...(m.variants ?? [])].find((v) =>
    reachesOnlyItsOperation(caseOf(model, v.apply(draft), { phase: 'coverage', purpose: v.purpose, label: v.label, pointer: v.pointer })),
  );
}

/**
 * A case may be sent when its URL cannot reach another operation: an empty image id, or one
 * ending in `/`, addresses the list (or, with a trailing `/` dropped, another image) instead.
 */
export const reachesOnlyItsOperation = (c: Case) => (c.purpose === 'positive' ? routeOf(c) === 'same' : routeOf(c) !== 'other');
