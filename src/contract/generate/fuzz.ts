// The fuzz phase: arbitraries of valid requests of an operation (positive) and of requests with
// exactly one thing broken (negative), generated from the spec's schemas. A final guard through
// the oracle drops the rare value that is not what it claims (a generated custom id that happens
// to be a UUID, an id with signed URLs).
import fc from 'fast-check';
import type { OperationId } from '../../../generated/operations.js';
import type { Case } from '../model/case.js';
import { pointerOf } from '../../spec/pointer.js';
import { valid } from './arbitrary.js';
import { checkContext, type GenerationContext } from './context.js';
import { caseOf, isFilePart, setAt, type Draft } from './draft.js';
import { coverageMutations, reachesOnlyItsOperation, sendableMutation } from './coverage.js';
import { placesOf, type Mutation, type Slot } from './mutations.js';
import { operationModel, type OperationModel } from '../schema/operation.js';
import { agrees, verdictOf } from './oracle.js';
import { bodyEnv, canonicalDraft, caseParameters, parameterEnv, usableResource } from './canonical.js';
import { preview } from './strings.js';
import { variedFilterBreaks, variedLeafBreaks } from './varied.js';
import { grammarOf } from './filters.js';

/** Valid requests: every parameter a case may set (a resource of the target, or a generated name), and a valid body. */
function validDrafts(model: OperationModel, ctx: GenerationContext): fc.Arbitrary<Draft> {
  const env = parameterEnv(ctx, ctx.runTag);
  const params = caseParameters(model).filter((p) => !model.serverIssued.has(p.name));
  const arbitrary = (p: (typeof params)[number]) => {
    const generated = valid(p.schema, env);
    const resource = usableResource(model, ctx, p);
    return resource === undefined ? generated : fc.oneof(fc.constant(resource), generated);
  };
  const group = (where: 'path' | 'query') => {
    const own = params.filter((p) => p.in === where);
    return fc.record(Object.fromEntries(own.map((p) => [p.name, arbitrary(p)])), { requiredKeys: own.filter((p) => p.required).map((p) => p.name) });
  };
  const body = model.body ? valid(model.body.schema, bodyEnv(model, ctx, ctx.runTag)).map((value) => ({ value })) : fc.constant(undefined);
  return fc
    .record({ path: group('path'), query: group('query'), body })
    .map(({ path, query, body }) => ({ path: path as Record<string, string>, query, ...(body ? { body } : {}) }));
}

/** The leaves of every parameter and of the body, for the varied breaks. */
function slotsOf(model: OperationModel, ctx: GenerationContext): Slot[] {
  const base = canonicalDraft(model, ctx, ctx.runTag);
  const params = model.parameters
    .filter((p) => !grammarOf(p))
    .map((p): Slot => {
      const pointer = pointerOf([p.in, p.name]);
      const sendable = (value: unknown) =>
        reachesOnlyItsOperation(caseOf(model, setAt(base, pointer, value), { phase: 'fuzz', purpose: 'negative', label: '' }));
      return { pointer, schema: p.schema, env: parameterEnv(ctx, ctx.runTag), prepare: (d) => d, ...(p.in === 'path' ? { sendable } : {}) };
    });
  const body = model.body ? placesOf(model.body.schema, '/body', bodyEnv(model, ctx, ctx.runTag)).leaves : [];
  return [...params, ...body];
}

/** Fuzzing sends many cases: a break that carries more than this (the oversized file) is left to the coverage phase, which sends it once. */
const FUZZ_FILE_BYTES = 1024 * 1024;
const fileBytes = (d: Draft) =>
  Object.values(d.body && 'value' in d.body && d.body.value && typeof d.body.value === 'object' ? d.body.value : {}).reduce<number>(
    (n, v) => n + (isFilePart(v) ? v.bytes.byteLength : 0),
    0,
  );

/** Mutations that break one thing: the coverage phase's negatives (that can be sent) and the varied breaks. */
function breaks(model: OperationModel, ctx: GenerationContext): fc.Arbitrary<Mutation> {
  const base = canonicalDraft(model, ctx, ctx.runTag);
  const fixed = coverageMutations(model, ctx, ctx.runTag)
    .filter((m) => m.purpose === 'negative' && fileBytes(m.apply(base)) <= FUZZ_FILE_BYTES)
    .flatMap((m) => sendableMutation(model, m, base) ?? []);
  const varied = [...slotsOf(model, ctx).flatMap(variedLeafBreaks), ...model.parameters.flatMap(variedFilterBreaks)];
  const weighted = [
    ...(fixed.length ? [{ weight: fixed.length, arbitrary: fc.constantFrom(...fixed) }] : []),
    ...varied.map((arbitrary) => ({ weight: 2, arbitrary })),
  ];
  return fc.oneof(...weighted);
}

function summary(draft: Draft): string {
  const parts = [...Object.entries(draft.path), ...Object.entries(draft.query)].map(([k, v]) => `${k}=${preview(v)}`);
  const body = draft.body && 'value' in draft.body && draft.body.value && typeof draft.body.value === 'object' ? Object.keys(draft.body.value) : [];
  if (body.length) parts.push(`body with ${body.join(', ')}`);
  const text = parts.join(', ') || 'no parameters';
  return `a valid request: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}`;
}

const built = new WeakMap<GenerationContext, Map<string, fc.Arbitrary<Case>>>();

/**
 * Fuzz cases of an operation: valid requests, or requests with exactly one thing broken (with its
 * pointer). Built once per context object and operation: pass a new context for a new clock.
 */
export function fuzzCase(operationId: OperationId, ctx: GenerationContext, purpose: 'positive' | 'negative'): fc.Arbitrary<Case> {
  checkContext(ctx);
  const cache = built.get(ctx) ?? new Map<string, fc.Arbitrary<Case>>();
  built.set(ctx, cache);
  const key = `${operationId} ${purpose}`;
  if (cache.has(key)) return cache.get(key)!;
  const model = operationModel(operationId);
  const drafts = validDrafts(model, ctx);
  const cases =
    purpose === 'positive'
      ? drafts.map((d) => caseOf(model, d, { phase: 'fuzz', purpose, label: summary(d) }))
      : fc.tuple(drafts, breaks(model, ctx)).map(([d, m]) => caseOf(model, m.apply(d), { phase: 'fuzz', purpose, label: m.label, pointer: m.pointer }));
  const guarded = cases.filter((c) => agrees(c, verdictOf(c, ctx.now)));
  cache.set(key, guarded);
  return guarded;
}
