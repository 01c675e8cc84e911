// The valid request of an operation that every coverage case changes in one place, and the
// environments its values are generated in.
import { resourceKey, type GenerationContext } from './context.js';
import type { Draft } from './draft.js';
import { TARGET_PARAMETER, operationIds, type OperationModel, type ParameterModel } from '../schema/operation.js';
import { canonicalValue, type ValueEnv } from './values.js';

/**
 * The start of the names an operation's cases make up: the run tag and a character per operation,
 * so two operations never make the same name (an upload and a direct upload share image ids; a
 * key one case creates is not one another case deletes).
 */
export const namePrefix = (model: OperationModel, ctx: GenerationContext) => `${ctx.runTag}${operationIds().indexOf(model.operationId).toString(36)}`;

export const parameterEnv = (ctx: GenerationContext, idPrefix: string): ValueEnv => ({ ctx, carrier: 'text', idPrefix });

export function bodyEnv(model: OperationModel, ctx: GenerationContext, idPrefix: string): ValueEnv {
  return { ctx, carrier: model.body?.multipart ? 'form' : 'json', idPrefix, fieldKinds: model.body?.fieldKinds };
}

/**
 * A resource of the target a positive case may address: not for an operation that deletes or
 * puts what its path names (those get generated names with the run tag).
 */
export function usableResource(model: OperationModel, ctx: GenerationContext, p: ParameterModel): string | undefined {
  return p.in === 'path' && !model.actsOnPath ? ctx.resources[resourceKey(p.name)] : undefined;
}

/** The parameters a case may set: all but the target's account (the engine fills it). */
export const caseParameters = (model: OperationModel) => model.parameters.filter((p) => p.name !== TARGET_PARAMETER);

/** The canonical valid request: required parameters (a resource where one may be used) and the canonical body. */
export function canonicalDraft(model: OperationModel, ctx: GenerationContext, idPrefix: string): Draft {
  const draft: Draft = { path: {}, query: {} };
  for (const p of caseParameters(model)) {
    if (!p.required) continue;
    const value = usableResource(model, ctx, p) ?? canonicalValue(p.schema, parameterEnv(ctx, model.safe ? '' : idPrefix));
    if (p.in === 'path') draft.path[p.name] = String(value);
    else draft.query[p.name] = value;
  }
  if (model.body) draft.body = { value: canonicalValue(model.body.schema, bodyEnv(model, ctx, idPrefix)) };
  return draft;
}
