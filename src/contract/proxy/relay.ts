// Relaying an upstream response to the app: a JSON body is kept (within --max-body-bytes, decoded
// within it too) so the header can name its violations, then sent as received; past the bound, or
// for an image, it streams through. Either way the exchange is recorded, whatever happened to the
// answer: a body past a bound, cut off or too slow fails its check, never passes, never goes missing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { BodyTooLarge } from '../../core/bounded.js';
import type { findOperation, FindOperationOptions } from '../../spec/route.js';
import { jsonTextOf } from '../traffic/body-text.js';
import type { TrafficBounds } from '../traffic/bounds.js';
import { decodeBody, endToEndHeaders, headerPairs, UndecodableBodyError } from './forward.js';
import { recordingOf, type RecordedBody } from '../traffic/recorded-body.js';
import { checkRequest, type RequestCheck, type TrafficRequest } from '../traffic/request-check.js';
import { responseViolationsOf, type ResponseCheckContext, type TrafficExchange, type TrafficResponse } from '../traffic/traffic-log.js';
import { brokenBody, type ExchangeState } from './upstream-failure.js';
import {
  requestEntries,
  responseEntries,
  timeoutReply,
  unreadableReply,
  VIOLATIONS_HEADER,
  violationsHeaderValue,
  type ProxyReply,
} from './violations-header.js';

/** How long the response waits for the rest of a request body its upstream answered early. */
const REQUEST_BODY_GRACE_MS = 1000;

export const withGrace = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, delay(ms, undefined, { ref: false })]);

export interface RelayContext {
  find: FindOperationOptions;
  bounds: TrafficBounds;
  responseContext: (request: TrafficRequest) => ResponseCheckContext;
}

export interface Relay {
  request: TrafficRequest;
  route: ReturnType<typeof findOperation>;
  bodyRecorded: Promise<RecordedBody | undefined>;
  res: ServerResponse;
  upstreamRes: IncomingMessage;
  state: ExchangeState;
  record: (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => void;
}

/** One relayed answer: what the two halves below share. */
interface Io {
  from: IncomingMessage;
  res: ServerResponse;
  response: TrafficResponse;
  /** Sends the upstream's head, with the violations known so far (of `seen`, by default the response) in the header. */
  sendHead(seen?: TrafficResponse): void;
}

/** Resolves when `res` can take more, or has closed (the app went away: the caller's loop then ends on the upstream's destruction). */
const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });

function sendReply(res: ServerResponse, reply: ProxyReply, header: string | undefined): void {
  res.writeHead(reply.status, { 'content-type': 'application/json', ...(header ? { [VIOLATIONS_HEADER]: header } : {}) });
  res.end(reply.body);
}

export async function relay(ctx: RelayContext, { request, route, bodyRecorded, res, upstreamRes, state, record }: Relay): Promise<void> {
  const status = upstreamRes.statusCode ?? 502;
  const response: TrafficResponse = { status, headers: headerPairs(upstreamRes.rawHeaders) };
  let check: RequestCheck | undefined;
  const header = (seen = response) => {
    const exchange = { request, check, response: seen, latencyMs: 0 };
    return violationsHeaderValue([...requestEntries(check?.issues ?? []), ...responseEntries(responseViolationsOf(exchange, ctx.responseContext(request)))]);
  };
  const raw = endToEndHeaders(upstreamRes.rawHeaders);
  const io: Io = {
    from: upstreamRes,
    res,
    response,
    sendHead: (seen) => {
      const value = header(seen);
      res.writeHead(status, value ? [...raw, VIOLATIONS_HEADER, value] : raw);
    },
  };
  try {
    const body = await withGrace(bodyRecorded, REQUEST_BODY_GRACE_MS);
    request.body = body;
    const checked = route ? await checkRequest(request, ctx.find) : undefined;
    // An upstream may answer before the body has arrived (a 413, say): the body is then not checked.
    check =
      checked?.bodyUnchecked && body === undefined ? { ...checked, bodyUnchecked: 'the request body was still arriving when the upstream answered' } : checked;
    const mode = request.method === 'HEAD' ? 'count' : recordingOf(check?.operationId, status, upstreamRes.headers['content-type']);
    if (mode === 'text') await relayText(io, ctx.bounds);
    else await relayCounted(io);
  } catch (error) {
    // The upstream's body stopped short, or (a bug) the proxy itself failed: either way the exchange is recorded, as a failure.
    const why =
      state.timedOut || state.appGone || !upstreamRes.complete
        ? brokenBody(state)
        : `the proxy could not relay the answer (${(error as Error)?.name ?? 'error'})`;
    upstreamRes.destroy();
    if (state.appGone && !state.timedOut) response.bodyUnrecorded ??= 'the app closed the connection before the whole response was relayed';
    else response.bodyUnreadable = response.bodyUnreadable ? `${response.bodyUnreadable}; ${why}` : why;
    if (res.headersSent || res.destroyed) res.destroy();
    else sendReply(res, state.timedOut ? timeoutReply(state.timedOut.ms / 1000) : unreadableReply(why), header());
  } finally {
    record({ check, response });
  }
}

/** An image's declared length; one without it is taken as non-empty for the header (the report has the real count). */
function declaredBytes(from: IncomingMessage): number {
  const declared = Number(from.headers['content-length']);
  return Number.isFinite(declared) ? declared : Number.POSITIVE_INFINITY;
}

/** Keeps a JSON body (bounded, decoded within the bound) so its violations can go into the header, then sends it as received. */
async function relayText({ from, res, response, sendHead }: Io, bounds: TrafficBounds): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  let streaming = false;
  for await (const chunk of from as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (!streaming && size > bounds.maxBodyBytes) {
      // Past the bound: what was kept goes out, the rest streams through as it comes.
      streaming = true;
      response.bodyUnreadable = new BodyTooLarge(bounds.maxBodyBytes).message;
      sendHead();
      for (const kept of chunks.splice(0)) res.write(kept);
    }
    if (!streaming) chunks.push(chunk);
    else if (!res.write(chunk)) await drained(res);
  }
  if (streaming) return void res.end();
  const received = Buffer.concat(chunks);
  chunks.length = 0;
  try {
    const decoded = await decodeBody(received, from.headers['content-encoding'], bounds.maxBodyBytes);
    const read = jsonTextOf(decoded, bounds.maxJsonDepth);
    response.bytes = decoded.length;
    if (read.text !== undefined) response.text = read.text;
    else response.bodyUnreadable = read.unreadable;
  } catch (error) {
    if (error instanceof BodyTooLarge) response.bodyUnreadable = error.message;
    else if (error instanceof UndecodableBodyError) response[error.unknownCoding ? 'bodyUnrecorded' : 'bodyUnreadable'] = error.message;
    else throw error;
  }
  sendHead();
  res.end(received);
}

/** Streams the body through, counting its bytes; the header has what the status and headers show. */
async function relayCounted({ from, res, response, sendHead }: Io): Promise<void> {
  sendHead({ ...response, bytes: declaredBytes(from) });
  let bytes = 0;
  from.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await pipeline(from, res);
  response.bytes = bytes;
}
