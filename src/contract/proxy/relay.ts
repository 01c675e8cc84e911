// Relaying an upstream response to the app: a JSON body is kept (bounded) so the header can name
// its violations, then sent as received; an image streams through, counted. Either way the
// exchange is recorded with the whole response's checks.
import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import type { findOperation, FindOperationOptions } from '../../spec/route.js';
import { decodeBody, endToEndHeaders, headerPairs, recordingOf, UndecodableBodyError } from './forward.js';
import type { RecordedBody } from './recorded-body.js';
import { checkRequest, type RequestCheck, type TrafficRequest } from './request-check.js';
import { responseViolationsOf, type TrafficExchange, type TrafficResponse } from './traffic-log.js';
import { requestEntries, responseEntries, VIOLATIONS_HEADER, violationsHeaderValue, type HeaderEntry } from './violations-header.js';

/** JSON response bodies are kept for checking up to this size; a larger one streams through unchecked. */
export const RESPONSE_TEXT_LIMIT = 32 * 1024 * 1024;
/** How long the response waits for the rest of a request body its upstream answered early. */
const REQUEST_BODY_GRACE_MS = 1000;

export const withGrace = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, delay(ms, undefined, { ref: false })]);

export interface Relay {
  request: TrafficRequest;
  route: ReturnType<typeof findOperation>;
  bodyRecorded: Promise<RecordedBody | undefined>;
  res: ServerResponse;
  upstreamRes: IncomingMessage;
  record: (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => void;
}

export async function relay(find: FindOperationOptions, { request, route, bodyRecorded, res, upstreamRes, record }: Relay): Promise<void> {
  const status = upstreamRes.statusCode ?? 502;
  const raw = endToEndHeaders(upstreamRes.rawHeaders);
  const headers = headerPairs(upstreamRes.rawHeaders);
  const body = await withGrace(bodyRecorded, REQUEST_BODY_GRACE_MS);
  request.body = body;
  const checked = route ? await checkRequest(request, find) : undefined;
  // An upstream may answer before the body has arrived (a 413, say): the body is then not checked.
  const check = checked?.bodyUnchecked && body === undefined ? { ...checked, bodyUnchecked: 'the request body was still arriving when the upstream answered' } : checked;
  const sendHead = (entries: HeaderEntry[]) => {
    const value = violationsHeaderValue(entries);
    res.writeHead(status, value ? [...raw, VIOLATIONS_HEADER, value] : raw);
  };
  const mode = request.method === 'HEAD' ? 'count' : recordingOf(check?.operationId, status, upstreamRes.headers['content-type']);
  const response: TrafficResponse = { status, headers };
  try {
    if (mode === 'text') await relayText(upstreamRes, res, response, check, request, sendHead);
    else await relayCounted(upstreamRes, res, response, check, request, sendHead);
  } catch {
    response.bodyUnrecorded ??= 'the connection closed before the whole response was relayed';
    res.destroy();
  }
  record({ check, response });
}

/** Keeps a JSON body (bounded) so its violations can go into the header, then sends it as received. */
async function relayText(from: IncomingMessage, res: ServerResponse, response: TrafficResponse, check: RequestCheck | undefined, request: TrafficRequest, sendHead: (entries: HeaderEntry[]) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let streaming = false;
  for await (const chunk of from as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (!streaming && size > RESPONSE_TEXT_LIMIT) {
      streaming = true;
      response.bodyUnrecorded = `the body is over ${RESPONSE_TEXT_LIMIT} bytes and was not kept for checking`;
      sendHead(requestEntries(check?.issues ?? []));
      for (const kept of chunks.splice(0)) res.write(kept);
    }
    if (!streaming) chunks.push(chunk);
    else if (!res.write(chunk)) await once(res, 'drain');
  }
  if (streaming) return void res.end();
  const received = Buffer.concat(chunks);
  try {
    const decoded = await decodeBody(received, from.headers['content-encoding']);
    response.text = decoded.toString('utf8');
    response.bytes = decoded.length;
  } catch (error) {
    if (!(error instanceof UndecodableBodyError)) throw error;
    response.bodyUnrecorded = error.message;
  }
  const violations = responseViolationsOf({ request, check, response, latencyMs: 0 });
  sendHead([...requestEntries(check?.issues ?? []), ...responseEntries(violations)]);
  res.end(received);
}

/** Streams the body through, counting its bytes; the header has what the status and headers show. */
async function relayCounted(from: IncomingMessage, res: ServerResponse, response: TrafficResponse, check: RequestCheck | undefined, request: TrafficRequest, sendHead: (entries: HeaderEntry[]) => void) {
  const declared = Number(from.headers['content-length']);
  // An image whose length is not declared is taken as non-empty for the header; the report has the real count.
  const early = responseViolationsOf({ request, check, response: { ...response, bytes: Number.isFinite(declared) ? declared : Number.POSITIVE_INFINITY }, latencyMs: 0 });
  sendHead([...requestEntries(check?.issues ?? []), ...responseEntries(early)]);
  let bytes = 0;
  from.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await pipeline(from, res);
  response.bytes = bytes;
}
