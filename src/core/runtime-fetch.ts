// How the transport meets fetch: a deferred Request for the runtime's fetch, whether it sends
// stream bodies, redirects never followed, and failures of the network told apart from the rest.
import { TransportFailure } from './deadline.js';

/**
 * What openapi-fetch builds instead of a Request when no middleware needs to see one: the URL and
 * init, handed to the runtime's fetch, which builds the only Request (a Request that fetch then
 * copies costs Node 20 a second Request, AbortSignal and signal-follow: ~25 µs a call, bench P1).
 */
export class DeferredRequest {
  readonly method: string;

  constructor(
    readonly url: string,
    readonly init: RequestInit,
  ) {
    this.method = init.method ?? 'GET';
  }
}

/**
 * Whether this runtime sends stream bodies (`duplex: 'half'`): Node, Deno, Workers. Not browsers:
 * Firefox and Safari turn the stream into text, Chrome sends one only over HTTP/2 (they all start
 * their user agent with `Mozilla/`). The usual feature test, run once.
 */
let requestStreams: boolean | undefined;
export function sendsRequestStreams(): boolean {
  if (requestStreams === undefined) {
    let duplexRead = false;
    const agent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
    try {
      const init = {
        method: 'POST',
        body: new ReadableStream(),
        get duplex() {
          duplexRead = true;
          return 'half';
        },
      };
      requestStreams = !agent.startsWith('Mozilla/') && !new Request('http://localhost/', init as RequestInit).headers.has('content-type') && duplexRead;
    } catch {
      requestStreams = false;
    }
  }
  return requestStreams;
}

/** The init every fetch of the client gets alongside a Request (see the client's `redirect` option in transport.ts); a fresh one, as a fetch of the caller's may write to it. */
export const manualRedirect = (): RequestInit => ({ redirect: 'manual' });

export const asTransportFailure = (error: unknown): never => {
  throw new TransportFailure(error);
};
