// The coverage phase: the deterministic boundary cases of every constraint the spec states, then,
// per operation, the same valid request with broken credentials and with another account.
import { operations, type OperationId } from '../../../generated/operations.js';
import type { Auth, Case } from '../engine/case.js';
import { sendJudged, trySend } from '../engine/judge.js';
import { isRead } from '../engine/session.js';
import { coverageCases, exampleCases } from '../generate/index.js';
import type { PhaseContext } from './context.js';
import { sendable } from './sendable.js';

/** `needsKey`: only probed when the run has a key pair (otherwise it is the wrong pair again). */
const BROKEN_CREDENTIALS: { auth: Auth; what: string; needsKey?: true }[] = [
  { auth: 'none', what: 'no credentials' },
  { auth: 'wrong-token', what: 'a wrong API token' },
  { auth: 'wrong-key-pair', what: 'a wrong X-Auth-Email + X-Auth-Key pair' },
  { auth: 'wrong-email', what: 'the right X-Auth-Key under a wrong X-Auth-Email', needsKey: true },
  { auth: 'malformed-scheme', what: 'the right token under another scheme (Token, not Bearer)' },
];

/** Another account's id: the target's with every hex digit shifted (still a valid account id). */
export const foreignAccountId = (accountId: string) => accountId.replace(/[0-9a-f]/g, (d) => ((parseInt(d, 16) + 1) % 16).toString(16));

export async function runCoverage(ctx: PhaseContext): Promise<void> {
  for (const operationId of ctx.operations) {
    const cases = coverageCases(operationId, ctx.generation).filter((c) => sendable(ctx.session, c));
    for (const c of cases) {
      ctx.progress(`coverage › ${operationId} › ${c.label}`);
      await sendJudged(ctx.session, c);
    }
    const template = cases.find((c) => c.purpose === 'positive') ?? exampleCases(ctx.generation).find((c) => c.operationId === operationId && sendable(ctx.session, c));
    if (!template) continue;
    await probeAuth(ctx, operationId, template);
    await probeKeyPair(ctx, operationId, template);
    await probeForeignAccount(ctx, operationId, template);
  }
}

/** ignored_auth: a valid request without valid credentials is refused with 401 or 403, on every operation. */
async function probeAuth(ctx: PhaseContext, operationId: OperationId, template: Case): Promise<void> {
  if (!ctx.session.wants('ignored_auth')) return;
  for (const { auth, what, needsKey } of BROKEN_CREDENTIALS) {
    if (needsKey && !(ctx.session.target.apiEmail && ctx.session.target.apiKey)) continue;
    ctx.progress(`coverage › ${operationId} › ${what}`);
    const x = await trySend(ctx.session, { ...template, purpose: 'probe', auth, label: `${template.label}, with ${what}` });
    if (!x) continue;
    const passed = x.status === 401 || x.status === 403;
    ctx.session.record({
      check: 'ignored_auth',
      operationId,
      passed,
      label: `${operations[operationId].method} with ${what}`,
      ...(passed ? {} : { message: `answered without valid credentials`, expected: '401 or 403', received: { status: x.status }, request: x.request }),
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
  ctx.progress(`coverage › ${operationId} › the key pair`);
  const x = await trySend(ctx.session, { ...template, purpose: 'probe', auth: 'key-pair', label: `${template.label}, with the X-Auth-Email + X-Auth-Key pair` });
  if (!x) return;
  const passed = x.status !== 401 && x.status !== 403;
  ctx.session.record({
    check: 'positive_data_acceptance',
    operationId,
    passed,
    label: `${operations[operationId].method} with the X-Auth-Email + X-Auth-Key pair`,
    ...(passed ? {} : { message: 'valid X-Auth-Email + X-Auth-Key credentials were refused', expected: 'not 401 or 403', received: { status: x.status }, request: x.request }),
  });
}

/** foreign_account: the same request for another account's id is refused. */
async function probeForeignAccount(ctx: PhaseContext, operationId: OperationId, template: Case): Promise<void> {
  if (!ctx.session.wants('foreign_account')) return;
  const other = foreignAccountId(ctx.session.target.accountId);
  ctx.progress(`coverage › ${operationId} › another account`);
  const x = await trySend(ctx.session, { ...template, purpose: 'probe', path: { ...template.path, account_id: other }, label: `${template.label}, for account ${other}` });
  if (!x) return;
  const passed = x.status === 401 || x.status === 403 || x.status === 404;
  ctx.session.record({
    check: 'foreign_account',
    operationId,
    passed,
    label: `${operations[operationId].method} for another account`,
    ...(passed ? {} : { message: `another account's ${operations[operationId].path} was answered`, expected: '401, 403 or 404', received: { status: x.status }, request: x.request }),
  });
}
