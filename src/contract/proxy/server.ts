// The validating proxy: every request goes to the upstream unchanged, bodies streamed; the
// request is checked against the spec as it passes, the response with the conformance checker,
// and the app gets the upstream's answer with `x-cf-images-violations` naming what broke. Under
// `failOnViolation` a request that breaks the spec is answered with a 4xx instead (its body is
// read first: a request cannot be refused for its body before the body has arrived).
import { once } from 'node:events';
import { Agent as HttpAgent, createServer, request as httpRequest, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { facts } from '../../../generated/operations.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import { decodeBody, endToEndHeaders, headerObject, headerPairs, headerValues, recordingOf, UndecodableBodyError } from './forward.js';
import { BodyRecorder, type RecordedBody } from './recorded-body.js';
import { checkRequest, type RequestCheck, type TrafficRequest } from './request-check.js';
import { responseViolationsOf, TrafficLog, type CheckedExchange, type TrafficExchange, type TrafficResponse } from './traffic-log.js';
import { refusalOf, requestEntries, responseEntries, tooLargeReply, unreachableReply, VIOLATIONS_HEADER, violationsHeaderValue, type HeaderEntry, type ProxyReply } from './violations-header.js';

/** JSON response bodies are kept for checking up to this size; a larger one streams through unchecked. */
export const RESPONSE_TEXT_LIMIT = 32 * 1024 * 1024;
/** The largest request body --fail-on-violation reads before deciding: the upload limit and room for the form. */
export const REFUSAL_BODY_LIMIT = facts.imageLimits.maxBytes + 1024 * 1024;
/** How long the response waits for the rest of a request body its upstream answered early. */
const REQUEST_BODY_GRACE_MS = 1000;

export interface ContractProxyOptions {
  /** The API base URL requests go to, e.g. `https://api.cloudflare.com/client/v4`. */
  upstream: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Answer a request that breaks the spec with a 4xx envelope saying why, instead of forwarding it. */
  failOnViolation?: boolean;
  /** Called once per exchange, after it is checked (for a log line). */
  onExchange?: (checked: CheckedExchange) => void;
  /** Clock in ms since the epoch (the expiry window is judged against it); default Date.now. */
  now?: () => number;
}

export interface ContractProxy {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The URL with the upstream's path: what the app uses as its base URL. */
  baseUrl: string;
  port: number;
  log: TrafficLog;
  /** Requests being answered now. */
  inFlight(): number;
  /** `performance.now()` when a request last started or ended. */
  lastActivity(): number;
  /** Stops accepting, lets answers in flight finish (up to 5 s), and closes every connection. */
  close(): Promise<void>;
}

interface Context {
  origin: string;
  https: boolean;
  agent: HttpAgent;
  find: FindOperationOptions;
  failOnViolation: boolean;
  now: () => number;
  log: TrafficLog;
  onExchange?: (checked: CheckedExchange) => void;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? 'connection failed';

function sendReply(res: ServerResponse, reply: ProxyReply, entries: HeaderEntry[]): void {
  const value = violationsHeaderValue(entries);
  res.writeHead(reply.status, { 'content-type': 'application/json', ...(value ? { [VIOLATIONS_HEADER]: value } : {}) });
  res.end(reply.body);
}

/** Reads the whole request body (for --fail-on-violation), or says why it could not. */
async function readWhole(req: IncomingMessage, recorder: BodyRecorder): Promise<Buffer | 'too large' | 'aborted'> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > REFUSAL_BODY_LIMIT) return 'too large';
      recorder.write(chunk);
      chunks.push(chunk);
    }
  } catch {
    return 'aborted';
  }
  return Buffer.concat(chunks);
}

/** Resolves with the recorded body when the request has been read, undefined when the app went away first. */
function recordWhileStreaming(req: IncomingMessage, recorder: BodyRecorder): Promise<RecordedBody | undefined> {
  req.on('data', (chunk: Buffer) => recorder.write(chunk));
  return new Promise((resolve) => {
    req.once('end', () => resolve(recorder.end()));
    req.once('close', () => resolve(req.complete ? recorder.end() : undefined));
  });
}

const withGrace = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, delay(ms, undefined, { ref: false })]);

async function answer(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const method = req.method ?? 'GET';
  const request: TrafficRequest = { method, target: req.url ?? '/', headers: headerValues(req.rawHeaders), body: undefined, at: ctx.now() };
  const route = findOperation(method, request.target, ctx.find);
  const record = (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => ctx.onExchange?.(ctx.log.add({ ...exchange, request, latencyMs: performance.now() - started }));
  const recorder = new BodyRecorder(request.headers.get('content-type')?.[0]);
  const open = () => (ctx.https ? httpsRequest : httpRequest)(`${ctx.origin}${request.target}`, { method, headers: headerObject(endToEndHeaders(req.rawHeaders)), agent: ctx.agent });
  let upstream: ClientRequest;
  let bodyRecorded: Promise<RecordedBody | undefined>;
  if (ctx.failOnViolation && route) {
    const whole = await readWhole(req, recorder);
    if (whole === 'aborted') return;
    request.body = whole === 'too large' ? undefined : recorder.end();
    const check = (await checkRequest(request, ctx.find))!;
    if (whole === 'too large' || check.issues.length) {
      sendReply(res, whole === 'too large' ? tooLargeReply(REFUSAL_BODY_LIMIT) : refusalOf(check.issues), requestEntries(check.issues));
      return record({ check, refused: true, noResponse: 'refused by the proxy (--fail-on-violation); not forwarded' });
    }
    bodyRecorded = Promise.resolve(request.body);
    upstream = open();
    upstream.end(whole);
  } else {
    upstream = open();
    bodyRecorded = recordWhileStreaming(req, recorder);
    req.pipe(upstream);
  }
  req.once('close', () => {
    if (!req.complete) upstream.destroy();
  });
  let responded = false;
  upstream.once('response', (upstreamRes) => {
    responded = true;
    void relay(ctx, { request, route, bodyRecorded, res, upstreamRes, record });
  });
  upstream.once('error', async (error) => {
    if (responded) return; // a failure mid-body: relay() reports it
    const check = route ? await checkRequest({ ...request, body: await withGrace(bodyRecorded, 0) }, ctx.find) : undefined;
    if (res.headersSent) res.destroy();
    else sendReply(res, unreachableReply(errorCode(error)), requestEntries(check?.issues ?? []));
    record({ check, noResponse: `the upstream could not be reached (${errorCode(error)})` });
  });
}

interface Relay {
  request: TrafficRequest;
  route: ReturnType<typeof findOperation>;
  bodyRecorded: Promise<RecordedBody | undefined>;
  res: ServerResponse;
  upstreamRes: IncomingMessage;
  record: (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => void;
}

async function relay(ctx: Context, { request, route, bodyRecorded, res, upstreamRes, record }: Relay): Promise<void> {
  const status = upstreamRes.statusCode ?? 502;
  const raw = endToEndHeaders(upstreamRes.rawHeaders);
  const headers = headerPairs(upstreamRes.rawHeaders);
  const body = await withGrace(bodyRecorded, REQUEST_BODY_GRACE_MS);
  request.body = body;
  const checked = route ? await checkRequest(request, ctx.find) : undefined;
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

export async function startContractProxy(options: ContractProxyOptions): Promise<ContractProxy> {
  const upstream = new URL(options.upstream);
  const basePath = upstream.pathname.replace(/\/+$/, '');
  const https = upstream.protocol === 'https:';
  const log = new TrafficLog({ mode: 'proxy', target: `${upstream.origin}${basePath}`, reproduceAt: () => upstream.origin });
  const ctx: Context = {
    origin: upstream.origin,
    https,
    agent: https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true }),
    find: basePath ? { basePath } : {},
    failOnViolation: options.failOnViolation ?? false,
    now: options.now ?? Date.now,
    log,
    onExchange: options.onExchange,
  };
  let inFlight = 0;
  let lastActivity = performance.now();
  const server = createServer((req, res) => {
    inFlight++;
    lastActivity = performance.now();
    res.once('close', () => {
      inFlight--;
      lastActivity = performance.now();
    });
    answer(ctx, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: `${url}${basePath}`,
    port,
    log,
    inFlight: () => inFlight,
    lastActivity: () => lastActivity,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = performance.now() + 5000;
        while (inFlight > 0 && performance.now() < deadline) await delay(20);
        server.closeAllConnections();
        ctx.agent.destroy();
        await closed;
      })();
      return closing;
    },
  };
}
