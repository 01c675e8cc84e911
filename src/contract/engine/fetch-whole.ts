// One request of the run and its whole body, paced, within the run's request timeout and body
// bound. A redirect is never followed: the credentials would go along.
import { BodyTooLarge, readResponseBounded } from '../../core/bounded.js';
import { bodyProblem } from './body.js';
import type { Pacer } from './pacer.js';

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** No complete answer within the run's request timeout. */
export class RequestTimeout extends Error {
  override name = 'RequestTimeout';
}

export interface Sender {
  fetch: typeof globalThis.fetch;
  pacer: Pacer;
  timeoutMs: number;
  maxBodyBytes: number;
}

/**
 * A request and its whole body: one timer, started once it is this request's turn (the pacer's
 * wait is not the server's) and cleared once the body is read. A body past `--max-body-bytes` is
 * not kept: `problem` says so and `bytes` is empty.
 */
export function fetchWhole(sender: Sender, url: string, init: RequestInit): Promise<{ response: Response; bytes: Uint8Array; problem?: string }> {
  const { timeoutMs } = sender;
  return sender.pacer.run(async () => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new RequestTimeout(`none within ${timeoutMs / 1000} s`)), timeoutMs);
    try {
      const response = await sender.fetch(url, { ...init, redirect: 'manual', signal: deadline.signal });
      try {
        return { response, bytes: await readResponseBounded(response, sender.maxBodyBytes) };
      } catch (error) {
        if (error instanceof BodyTooLarge) return { response, bytes: new Uint8Array(0), problem: bodyProblem(error) };
        throw error;
      }
    } catch (error) {
      throw deadline.signal.aborted ? deadline.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  });
}
