// What a case's answer must be: an invalid request is refused with a documented 4xx that is about
// the data (not the credentials), a valid one is not refused.
import { specOperation } from '../../spec/document.js';
import { responseKeyFor } from '../../spec/responses.js';
import type { Case } from '../model/case.js';
import { isRedirect } from './redirect.js';
import { NoResponse, type Exchange, type Session } from './session.js';
import { isRefusal } from '../checks/status-class.js';

/**
 * The spec's responses that answer a request about its target or the rate limit, not refuse it:
 * "no such image, variant or key" and "rate limited".
 */
const ANSWERING_RESPONSES = ['NotFound', 'TooManyRequests'].map((name) => `#/components/responses/${name}`);
const refusals = new Map<string, ReadonlySet<number>>();

/**
 * The statuses an operation documents as refusals (400, 401, 403, 415 today): each explicit 4xx it
 * documents (a shared response or its own), but those that answer about the target or the rate limit.
 */
export function refusalStatuses(operationId: string): ReadonlySet<number> {
  let found = refusals.get(operationId);
  if (!found) {
    const responses = Object.entries<{ $ref?: string }>(specOperation(operationId).operation.responses ?? {});
    found = new Set(responses.filter(([code, r]) => /^4\d\d$/.test(code) && !ANSWERING_RESPONSES.includes(r.$ref ?? '')).map(([code]) => Number(code)));
    refusals.set(operationId, found);
  }
  return found;
}

/** A negative case's answer rejects its data: a documented 4xx; a 404 only for a broken path parameter. */
export function rejectsData(x: Exchange): boolean {
  const c = x.case!;
  if (!isRefusal(x.status) || responseKeyFor(x.operationId, x.status) === undefined) return false;
  return x.status !== 404 || (c.pointer ?? '').startsWith('/path/');
}

/**
 * A positive case's answer accepts it: not a refusal of its data (a 404 of an unknown id or a 409
 * conflict is an answer, not a refusal), and not a redirect (never followed, so nothing was accepted).
 */
const acceptsData = (x: Exchange) => !isRedirect(x.status) && x.status < 500 && !refusalStatuses(x.operationId).has(x.status);

/** Records the case's own check (negative_data_rejection / positive_data_acceptance); true when it passed. */
export function judge(session: Session, x: Exchange): boolean {
  const c = x.case;
  if (!c || c.purpose === 'probe') return true;
  const negative = c.purpose === 'negative';
  const passed = negative ? rejectsData(x) : acceptsData(x);
  session.record({
    check: negative ? 'negative_data_rejection' : 'positive_data_acceptance',
    operationId: c.operationId,
    passed,
    label: c.label,
    ...(passed
      ? {}
      : {
          message: negative
            ? `an invalid request (${c.pointer ?? 'see label'}) was not refused`
            : isRedirect(x.status)
              ? 'a valid request was redirected (not followed)'
              : 'a valid request was refused',
          expected: negative
            ? `a documented 4xx for the data${(c.pointer ?? '').startsWith('/path/') ? ' (404 allowed)' : ''}`
            : `not a documented refusal (${[...refusalStatuses(c.operationId)].join(', ')}), not 3xx, not 5xx`,
          received: { status: x.status, pointer: c.pointer },
          request: x.request,
        }),
  });
  return passed;
}

/** Sends a case; undefined when it got no complete response (recorded as a failure already), so the run goes on. */
export async function trySend(session: Session, c: Case): Promise<Exchange | undefined> {
  try {
    return await session.send(c);
  } catch (error) {
    if (error instanceof NoResponse) return undefined;
    throw error;
  }
}

/** Sends a case and judges it; false when it failed or got no response. */
export async function sendJudged(session: Session, c: Case): Promise<boolean> {
  const x = await trySend(session, c);
  return x !== undefined && judge(session, x);
}
