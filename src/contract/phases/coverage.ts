// The coverage phase: the deterministic boundary cases of every constraint the spec states, then,
// per operation, the same valid request with broken credentials and with another account.
import { operations, type OperationId } from '../../../generated/operations.js';
import type { Auth, Case, NearMiss } from '../model/case.js';
import { nearMissesOf } from '../engine/request.js';
import { REGISTRY, RUN_CHECKS, type RunCheckName } from '../checks/registry.js';
import { sendJudged, trySend } from '../engine/judge.js';
import { isRead } from '../engine/session.js';
import { coverageCases, exampleCases } from '../generate/index.js';
import type { PhaseContext } from '../scenarios/context.js';
import { sendable } from './sendable.js';

/** `needsKey`: only probed when the run has a key pair (otherwise it is the wrong pair again). */
const BROKEN_CREDENTIALS: { auth: Auth; what: string; needsKey?: true }[] = [
  { auth: 'none', what: 'no credentials' },
  { auth: 'wrong-token', what: 'a wrong API token' },
  { auth: 'wrong-key-pair', what: 'a wrong X-Auth-Email + X-Auth-Key pair' },
  { auth: 'wrong-email', what: 'the right X-Auth-Key under a wrong X-Auth-Email', needsKey: true },
  { auth: 'malformed-scheme', what: 'the right token under another scheme (Token, not Bearer)' },
];

/** Near misses of the run's own token: a server that compares a prefix, a length, or without case lets one in. */
const NEAR_MISS_WORDS: Record<NearMiss, string> = {
  'token-extended': 'the right token with one character more',
  'token-truncated': 'the right token without its last character',
  'token-case-swapped': "the right token with its letters' case swapped",
};

/** Another account's id: the target's with every hex digit shifted (still a valid account id). */
const foreignAccountId = (accountId: string) => accountId.replace(/[0-9a-f]/g, (d) => ((parseInt(d, 16) + 1) % 16).toString(16));

// ── --checks: the boundary cases record only the judge's checks and the response checks; with none of those chosen, only the probes are sent ──
const boundaryCasesMatter = (ctx: PhaseContext) =>
  RUN_CHECKS.some(
    (c) =>
      ctx.session.wants(c) &&
      (REGISTRY[c].family === 'transport' || REGISTRY[c].family === 'response' || (REGISTRY[c].code as readonly string[]).includes('engine/judge.ts')),
  );
// ──

export async function runCoverage(ctx: PhaseContext): Promise<void> {
  const sendCases = boundaryCasesMatter(ctx);
  for (const operationId of ctx.operations) {
    const cases = coverageCases(operationId, ctx.generation).filter((c) => sendable(ctx.session, c));
    for (const c of sendCases ? cases : []) {
      ctx.progress(`coverage › ${operationId} › ${c.label}`);
      await sendJudged(ctx.session, c);
    }
    const template =
      cases.find((c) => c.purpose === 'positive') ?? exampleCases(ctx.generation).find((c) => c.operationId === operationId && sendable(ctx.session, c));
    if (!template) continue;
    await probeAuth(ctx, operationId, template);
    await probeKeyPair(ctx, operationId, template);
    await probeForeignAccount(ctx, operationId, template);
  }
}

/** One probe of an operation: its valid request changed one way, and which statuses pass. */
interface Probe {
  check: RunCheckName;
  /** How the request differs, for both labels: `with no credentials`, `for another account`. */
  how: string;
  change: Partial<Case>;
  passes: (status: number) => boolean;
  message: string;
  expected: string;
}

async function sendProbe(ctx: PhaseContext, operationId: OperationId, template: Case, p: Probe): Promise<void> {
  ctx.progress(`coverage › ${operationId} › ${p.how}`);
  const x = await trySend(ctx.session, { ...template, purpose: 'probe', ...p.change, label: `${template.label}, ${p.how}` });
  if (!x) return;
  const passed = p.passes(x.status);
  ctx.session.record({
    check: p.check,
    operationId,
    passed,
    label: `${operations[operationId].method} ${p.how}`,
    ...(passed ? {} : { message: p.message, expected: p.expected, received: { status: x.status }, request: x.request }),
  });
}

const refused = (status: number) => status === 401 || status === 403;

/** ignored_auth: a valid request without valid credentials is refused with 401 or 403, on every operation. */
async function probeAuth(ctx: PhaseContext, operationId: OperationId, template: Case): Promise<void> {
  if (!ctx.session.wants('ignored_auth')) return;
  const { apiEmail, apiKey } = ctx.session.target;
  const nearMisses = nearMissesOf(ctx.session.target.apiToken).map((auth) => ({ auth, what: NEAR_MISS_WORDS[auth], needsKey: undefined }));
  for (const { auth, what, needsKey } of [...BROKEN_CREDENTIALS, ...nearMisses]) {
    if (needsKey && !(apiEmail && apiKey)) continue;
    await sendProbe(ctx, operationId, template, {
      check: 'ignored_auth',
      how: `with ${what}`,
      change: { auth },
      passes: refused,
      message: 'answered without valid credentials',
      expected: '401 or 403',
    });
  }
}

/**
 * positive_data_acceptance: with a token and a key pair, the run's valid requests carry the token;
 * a read with the key pair instead shows that the other documented credentials are accepted too.
 */
async function probeKeyPair(ctx: PhaseContext, operationId: OperationId, template: Case): Promise<void> {
  const { apiToken, apiEmail, apiKey } = ctx.session.target;
  if (!ctx.session.wants('positive_data_acceptance') || !apiToken || !apiEmail || !apiKey || !isRead(operations[operationId].method)) return;
  await sendProbe(ctx, operationId, template, {
    check: 'positive_data_acceptance',
    how: 'with the X-Auth-Email + X-Auth-Key pair',
    change: { auth: 'key-pair' },
    passes: (status) => !refused(status),
    message: 'valid X-Auth-Email + X-Auth-Key credentials were refused',
    expected: 'not 401 or 403',
  });
}

/** foreign_account: the same request for another account's id is refused. */
async function probeForeignAccount(ctx: PhaseContext, operationId: OperationId, template: Case): Promise<void> {
  if (!ctx.session.wants('foreign_account')) return;
  const other = foreignAccountId(ctx.session.target.accountId);
  await sendProbe(ctx, operationId, template, {
    check: 'foreign_account',
    how: `for another account (${other})`,
    change: { path: { ...template.path, account_id: other } },
    // Refused for the credentials (401/403) or as not found: any 4xx but the rate limit's (`open:refusal-status`).
    passes: (status) => status >= 400 && status < 500 && status !== 429,
    message: `another account's ${operations[operationId].path} was answered`,
    expected: 'a 4xx (401, 403, 404 or another refusal)',
  });
}
