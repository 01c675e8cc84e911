// What can go wrong with the upstream's answer, and how the report words it: no answer in time
// (--upstream-timeout), a head the proxy cannot read, a body cut off. Words come from error codes,
// never from error messages (a parser's message may quote the peer's bytes).
import { maxHeaderSize } from 'node:http';
import { formatBytes } from '../../core/bounded.js';

/** The upstream's answer, body included, did not complete in time. */
export class UpstreamTimeout extends Error {
  override name = 'UpstreamTimeout';
  constructor(readonly ms: number) {
    super(`the upstream's answer did not complete within ${ms / 1000} s (--upstream-timeout)`);
  }
}

/** What happened to one exchange while it was relayed, as the relay needs to word its outcome. */
export interface ExchangeState {
  /** Set when the upstream timer fired. */
  timedOut?: UpstreamTimeout;
  /** The app closed its connection before the whole answer was relayed. */
  appGone: boolean;
}

export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? 'connection failed';

/** Why an upstream that was reached gave no answer the proxy could read. */
export function unreadableAnswer(error: unknown): string {
  const code = errorCode(error);
  if (code === 'HPE_HEADER_OVERFLOW') return `its response head is over ${formatBytes(maxHeaderSize)}, the most the proxy reads (${code})`;
  if (code.startsWith('HPE_')) return `its answer is not HTTP the proxy can read (${code})`;
  return `the connection closed without an answer (${code})`;
}

/** Why a body stopped before its end, once its head had come. */
export function brokenBody(state: ExchangeState): string {
  return state.timedOut ? state.timedOut.message : 'the body broke off: the upstream closed the connection before it was complete';
}
