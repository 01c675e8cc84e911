// The examples phase: every request example of the spec (request body examples, and the examples
// of each parameter) sent as a valid request, with the rest of the request canonical. Examples are
// made safe to send where the spec's values cannot be: a URL the server would fetch becomes the
// image file, a name a case creates starts with the run tag, a time relative to now moves into
// its window.
import type { OperationId } from '../../../generated/operations.js';
import type { Case } from '../model/case.js';
import { pointerOf } from '../../spec/pointer.js';
import { isWithinExpiryWindow } from '../../spec/expiry-window.js';
import { checkContext, withinMargin, type GenerationContext } from './context.js';
import { caseOf, setAt, type Draft } from './draft.js';
import { isIdentifier, operationIds, operationModel, type OperationModel, type ParameterModel } from '../schema/operation.js';
import { bodyEnv, canonicalDraft, caseParameters, namePrefix } from './canonical.js';
import { expiryWindowOf, flatten, type FlatSchema, type Schema } from '../schema/schema.js';
import { preview } from './strings.js';
import { canonicalValue, childEnv, isFetched, iso, oneOfChoices, type ValueEnv } from './values.js';

interface Made {
  value: unknown;
  notes: string[];
}

/** A value of `schema` made safe to send as a valid request (see the file comment); `tag`: the start of made-up names, where the case changes what it names. */
function safeValue(schema: Schema, value: unknown, env: ValueEnv, tag: string | undefined, name: string): Made {
  const flat = flatten(schema);
  if (typeof value === 'string' && isIdentifier(flat) && tag !== undefined) return { value: `${tag}${value}`, notes: [`${name} starts with the run tag`] };
  const window = expiryWindowOf(flat);
  if (typeof value === 'string' && window) {
    if (isWithinExpiryWindow(value, env.ctx.now, withinMargin(window))) return { value, notes: [] };
    return { value: iso(env.ctx.now + window.defaultSeconds * 1000), notes: [`${name} moved to ${window.defaultSeconds / 60} min from now`] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { value, notes: [] };
  return safeObject(flat, value as Record<string, unknown>, env, tag);
}

function safeObject(flat: FlatSchema, value: Record<string, unknown>, env: ValueEnv, tag: string | undefined): Made {
  const notes: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const property = flat.properties[key];
    if (property && isFetched(property)) {
      notes.push(`${key} dropped: the server would fetch it`);
      continue;
    }
    const made = property ? safeValue(property, v, childEnv(env, key), tag, key) : { value: v, notes: [] };
    out[key] = made.value;
    notes.push(...made.notes);
  }
  // What a dropped URL leaves out, the first valid choice of the oneOf puts in (the file part).
  const [choice] = oneOfChoices(flat);
  for (const key of choice?.required ?? [])
    if (!(key in out)) {
      out[key] = canonicalValue(flat.properties[key] ?? true, childEnv(env, key));
      notes.push(`${key} added`);
    }
  return { value: out, notes };
}

/** The examples of a parameter: its own (`examples` map, `example`) and its schema's. */
function parameterExamples(p: ParameterModel): unknown[] {
  const own = [...Object.values<{ value?: unknown }>(p.spec.examples ?? {}).map((e) => e.value), ...('example' in p.spec ? [p.spec.example] : [])];
  return [...own, ...flatten(p.schema).examples];
}

function withNotes(label: string, notes: string[]) {
  return notes.length ? `${label} (${notes.join('; ')})` : label;
}

function operationExamples(model: OperationModel, ctx: GenerationContext): Case[] {
  const tag = namePrefix(model, ctx);
  const base = (): Draft => canonicalDraft(model, ctx, tag);
  const out: Case[] = [];
  const positive = (draft: Draft, label: string) => out.push(caseOf(model, draft, { phase: 'examples', purpose: 'positive', label }));
  for (const example of model.body?.examples ?? []) {
    const made = safeValue(model.body!.schema, example.value, bodyEnv(model, ctx, tag), tag, 'body');
    positive({ ...base(), body: { value: made.value } }, withNotes(`example ${example.name}`, made.notes));
  }
  // The target's account comes from the engine; a token the server issues cannot come from the spec.
  for (const p of caseParameters(model).filter((q) => !model.serverIssued.has(q.name))) {
    const env: ValueEnv = { ctx, carrier: 'text', idPrefix: '' };
    for (const value of parameterExamples(p)) {
      const made = safeValue(p.schema, value, env, model.safe ? undefined : tag, p.name);
      positive(setAt(base(), pointerOf([p.in, p.name]), made.value), withNotes(`example ${p.name} = ${preview(value)}`, made.notes));
    }
  }
  return out;
}

/** The examples phase: every request example of the spec, as valid cases of their operations. */
export function exampleCases(ctx: GenerationContext): Case[] {
  checkContext(ctx);
  return operationIds().flatMap((id: OperationId) => operationExamples(operationModel(id), ctx));
}
