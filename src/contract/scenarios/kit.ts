// What the scenarios share: tagging what they create with the run's tag, requests sent from the
// spec (probes), outcomes, and deleting at the end of a scenario whatever it created.
import type { OperationId } from '../../../generated/operations.js';
import type { RunCheckName } from '../checks/registry.js';
import type { Case } from '../model/case.js';
import { rejectsData } from '../engine/judge.js';
import { PIXEL_PNG } from '../engine/fixtures.js';
import type { Exchange } from '../engine/session.js';
import type { PhaseContext } from './context.js';
import type { Scenario } from './scenario.js';
import type { Outcome, RecordedRequest } from '../model/report.js';
import { sameJson } from './spec.js';
import { is2xx, isClientError, isRefusal } from '../checks/status-class.js';

export type Ctx = PhaseContext;

/** The metadata field every image a scenario creates carries, with the run's tag as its value. */
export const TAG_FIELD = 'contractRun';

export const tagged = (ctx: Ctx, extra: Record<string, unknown> = {}) => ({ [TAG_FIELD]: ctx.generation.runTag, ...extra });
/** A creator per scenario, so v1 lists (which have no metadata filters) can be scoped to what it created. */
export const creatorFor = (ctx: Ctx, scope: string) => `${ctx.generation.runTag}-${scope}`;
/** A variant or signing-key name (alphanumeric). */
export const nameFor = (ctx: Ctx, suffix: string) => `${ctx.generation.runTag}${suffix}`;
/** A custom image id under the run's tag. */
export const customIdFor = (ctx: Ctx, path: string) => `${ctx.generation.runTag}/${path}`;

export interface Problem {
  message: string;
  expected?: string;
  received?: Outcome['received'];
  request?: RecordedRequest;
  /** The spec statements it breaks, when more precise than its check's. */
  spec?: Outcome['spec'];
}

/**
 * Reads until what it shows `holds`, or the settle window ends (`--settle`): the spec promises no
 * read-after-write for lists and stats (`open:read-after-write`), so a write may show there late.
 * Returns the last read; the caller judges it.
 */
export async function settled<T>(ctx: Ctx, read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = performance.now() + ctx.settleMs;
  let value = await read();
  for (let wait = 25; !holds(value) && performance.now() < deadline; wait = Math.min(wait * 2, 1000)) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, deadline - performance.now()))));
    value = await read();
  }
  return value;
}

/**
 * The stats count once it has stopped moving: two reads a quarter of the settle window apart agree
 * (or the window ends). What ran before deleted what it created, and a count that shows writes late
 * (`open:read-after-write`) may not show those deletes yet.
 */
export async function quietCount(ctx: Ctx): Promise<number> {
  const read = async () => (await ctx.session.client.images.v1.stats.get()).count.current;
  const deadline = performance.now() + ctx.settleMs;
  let last = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, ctx.settleMs / 4));
    const next = await read();
    if (next === last || performance.now() >= deadline) return next;
    last = next;
  }
}

/** Records one outcome: passed unless there is a problem. Returns whether it passed. */
export function outcome(ctx: Ctx, check: RunCheckName, operationId: string, label: string, problem?: Problem): boolean {
  ctx.session.record({ check, operationId, label, passed: !problem, ...problem });
  return !problem;
}

/** Records whether what the server shows equals (as JSON) what it should. */
export function expectSame(
  ctx: Ctx,
  check: RunCheckName,
  operationId: string,
  label: string,
  shown: unknown,
  expected: unknown,
  where: { pointer?: string; request?: RecordedRequest } = {},
): boolean {
  return outcome(
    ctx,
    check,
    operationId,
    label,
    sameJson(shown, expected)
      ? undefined
      : {
          message: shown === undefined ? 'not there' : `shows ${JSON.stringify(shown)}`,
          expected: expected === undefined ? 'absent' : JSON.stringify(expected),
          received: { pointer: where.pointer, value: shown },
          request: where.request,
        },
  );
}

/**
 * Records whether what the server shows has every property `expected` has, with those values (as
 * JSON); more properties are allowed where the schema allows them (`open:extra-properties`).
 */
export function expectShows(
  ctx: Ctx,
  check: RunCheckName,
  operationId: string,
  label: string,
  shown: unknown,
  expected: Record<string, unknown>,
  where: { pointer?: string; request?: RecordedRequest } = {},
): boolean {
  const got = shown && typeof shown === 'object' ? (shown as Record<string, unknown>) : undefined;
  const picked = got === undefined ? undefined : Object.fromEntries(Object.keys(expected).map((k) => [k, got[k]]));
  return expectSame(ctx, check, operationId, label, picked, expected, where);
}

/** The request of the latest exchange of an operation (what a typed-client call just sent). */
export function lastRequest(ctx: Ctx, operationId: OperationId): RecordedRequest | undefined {
  for (let i = ctx.session.exchanges.length - 1; i >= 0; i--) if (ctx.session.exchanges[i].operationId === operationId) return ctx.session.exchanges[i].request;
  return undefined;
}

/** A request built from the spec and sent as it is (plain fetch), for a status the typed client would throw on or refuse to send. */
export const send = (ctx: Ctx, operationId: OperationId, label: string, rest: Partial<Omit<Case, 'operationId' | 'label'>> = {}): Promise<Exchange> =>
  ctx.session.send({ phase: 'stateful', purpose: 'probe', ...rest, operationId, label });

export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);

/**
 * What an answer's status must be: a class, never one code where the spec documents several
 * (`open:refusal-status`): `a refusal` for the API, `a 4xx` for URLs outside it (they document none).
 */
export type ExpectedStatus = 'a 2xx' | 'a refusal' | 'a 4xx';
const IN_CLASS: Record<ExpectedStatus, (status: number) => boolean> = { 'a 2xx': is2xx, 'a refusal': isRefusal, 'a 4xx': isClientError };

/** Records whether an answer (an exchange, or one from a URL outside the API) has the expected status. */
export function expectStatus(
  ctx: Ctx,
  check: RunCheckName,
  operationId: string,
  label: string,
  answer: { status: number; request?: RecordedRequest; problem?: string },
  expected: ExpectedStatus,
): boolean {
  const { status } = answer;
  const passed = IN_CLASS[expected](status);
  return outcome(
    ctx,
    check,
    operationId,
    label,
    passed
      ? undefined
      : {
          message: answer.problem ?? `answered HTTP ${status}`,
          expected: expected === 'a refusal' ? 'a refusal (a 4xx other than 401, 403, 429)' : expected,
          received: { status },
          request: answer.request,
        },
  );
}

/** Sends a request built from the spec and records whether it answers with the expected status. */
export async function expectAnswer(
  ctx: Ctx,
  check: RunCheckName,
  operationId: OperationId,
  label: string,
  path: Record<string, string>,
  expected: ExpectedStatus,
): Promise<boolean> {
  return expectStatus(ctx, check, operationId, label, await send(ctx, operationId, label, { path }), expected);
}

/** Records whether a request that breaks the API's rules was refused for its data (a documented 4xx). */
export function expectRefused(ctx: Ctx, check: RunCheckName, label: string, x: Exchange): boolean {
  return outcome(
    ctx,
    check,
    x.operationId,
    label,
    rejectsData(x)
      ? undefined
      : { message: `answered HTTP ${x.status}`, expected: 'a documented 4xx for the data', received: { status: x.status }, request: x.request },
  );
}

export async function upload(
  ctx: Ctx,
  scope: string,
  params: { metadata?: Record<string, unknown>; id?: string; requireSignedURLs?: boolean; file?: Uint8Array; filename?: string } = {},
) {
  const { file = PIXEL_PNG, metadata, ...rest } = params;
  return ctx.session.client.images.v1.create({ file, creator: creatorFor(ctx, scope), metadata: tagged(ctx, metadata), ...rest });
}

const createdKey = (c: { operationId: string; path: Record<string, string> }) => `${c.operationId} ${JSON.stringify(c.path)}`;

/**
 * A scenario that deletes, when it ends (also when it fails), whatever the responses say it
 * created (the spec's links to a DELETE, as the run's cleanup finds them), so scenarios do not see
 * each other's images. What cannot be deleted here is left to the run's cleanup, which reports it.
 */
export function writingScenario(scenario: Omit<Scenario, 'writes'>): Scenario {
  return {
    ...scenario,
    writes: true,
    async run(ctx) {
      const before = new Set(ctx.session.resources.pending.map(createdKey));
      try {
        await scenario.run(ctx);
      } finally {
        for (const created of ctx.session.resources.pending.filter((c) => !before.has(createdKey(c))).reverse()) {
          const { account_id: _, ...path } = created.path;
          await send(ctx, created.operationId, `${scenario.name}: delete what it created`, { path }).catch(() => undefined);
        }
      }
    },
  };
}
