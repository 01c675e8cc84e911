// How the transport meets fetch: a deferred Request for the runtime's fetch, whether it sends
// stream bodies, and failures of the network told apart from the rest.
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
      const init = { method: 'POST', body: new ReadableStream(), get duplex() { duplexRead = true; return 'half'; } };
      requestStreams = !agent.startsWith('Mozilla/') && !new Request('http://localhost/', init as RequestInit).headers.has('content-type') && duplexRead;
    } catch {
      requestStreams = false;
    }
  }
  return requestStreams;
}

/** A 2xx response as it is (its body is read later, under the deadline); an error response with its body read now. */
export const errorBodyRead = (response: Response): Response | Promise<Response> => (response.ok ? response : readErrorBody(response));

async function readErrorBody(response: Response): Promise<Response> {
  try {
    const bytes = await response.arrayBuffer();
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    throw new TransportFailure(error);
  }
}

export const asTransportFailure = (error: unknown): never => {
  throw new TransportFailure(error);
};
