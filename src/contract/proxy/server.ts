// The validating proxy: every request goes to the upstream unchanged, bodies streamed; the
// request is checked against the spec as it passes, the response with the conformance checker,
// and the app gets the upstream's answer with `x-cf-images-violations` naming what broke. Under
// `failOnViolation` a request that breaks the spec is answered with a 4xx instead (its body is
// read first: a request cannot be refused for its body before the body has arrived). Redirects are
// relayed as they came, never followed. Whatever the upstream does — no answer in time, a head it
// cannot read, a body past the bounds — the exchange ends up in the report.
import { once } from 'node:events';
import { Agent as HttpAgent, createServer, request as httpRequest, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { MULTIPART_BODY_LIMIT } from '../../spec/wire.js';
import { findOperation } from '../../spec/route.js';
import { DEFAULT_TRAFFIC_BOUNDS, DEFAULT_UPSTREAM_TIMEOUT_MS, type TrafficBounds } from '../traffic/bounds.js';
import { endToEndHeaders, headerObject, headerValues } from './forward.js';
import { BodyRecorder, type RecordedBody } from '../traffic/recorded-body.js';
import { relay, withGrace, type RelayContext } from './relay.js';
import { checkRequest, type TrafficRequest } from '../traffic/request-check.js';
import { responseViolationsOf, TrafficLog, type CheckedExchange, type TrafficExchange } from '../traffic/traffic-log.js';
import { errorCode, unreadableAnswer, UpstreamTimeout, type ExchangeState } from './upstream-failure.js';
import {
  refusalOf,
  requestEntries,
  responseEntries,
  timeoutReply,
  tooLargeReply,
  unreachableReply,
  unreadableReply,
  VIOLATIONS_HEADER,
  violationsHeaderValue,
  type HeaderEntry,
  type ProxyReply,
} from './violations-header.js';

/** The largest request body --fail-on-violation reads before deciding: the upload limit and room for the form. */
const REFUSAL_BODY_LIMIT = MULTIPART_BODY_LIMIT;

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
  /** What is kept of a body for checking (default DEFAULT_TRAFFIC_BOUNDS). */
  bounds?: Partial<TrafficBounds>;
  /** The upstream's whole answer, body included, must come within this (default DEFAULT_UPSTREAM_TIMEOUT_MS). */
  upstreamTimeoutMs?: number;
}

export interface ContractProxy {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The URL with the upstream's path: what the app uses as its base URL. */
  baseUrl: string;
  port: number;
  log: TrafficLog;
  /** Exchanges not yet recorded (being answered, or being checked). */
  inFlight(): number;
  /** `performance.now()` when an exchange last started or was recorded. */
  lastActivity(): number;
  /** Resolves when every exchange so far is recorded in `log`. */
  settled(): Promise<void>;
  /** Stops accepting, lets answers in flight finish (up to 5 s), closes every connection, and records what they cut. */
  close(): Promise<void>;
}

interface Context extends RelayContext {
  origin: string;
  https: boolean;
  agent: HttpAgent;
  failOnViolation: boolean;
  upstreamTimeoutMs: number;
  now: () => number;
  log: TrafficLog;
  onExchange?: (checked: CheckedExchange) => void;
}

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
    // Read to the end even past the limit: the refusal can only be sent once the app listens for an answer.
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > REFUSAL_BODY_LIMIT) chunks.length = 0;
      else {
        recorder.write(chunk);
        chunks.push(chunk);
      }
    }
  } catch {
    return 'aborted';
  }
  return size > REFUSAL_BODY_LIMIT ? 'too large' : Buffer.concat(chunks);
}

/** Resolves with the recorded body when the request has been read, undefined when the app went away first. */
function recordWhileStreaming(req: IncomingMessage, recorder: BodyRecorder): Promise<RecordedBody | undefined> {
  req.on('data', (chunk: Buffer) => recorder.write(chunk));
  return new Promise((resolve) => {
    req.once('end', () => resolve(recorder.end()));
    req.once('close', () => resolve(req.complete ? recorder.end() : undefined));
  });
}

async function answer(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const method = req.method ?? 'GET';
  const request: TrafficRequest = { method, target: req.url ?? '/', headers: headerValues(req.rawHeaders), body: undefined, at: ctx.now() };
  const route = findOperation(method, request.target, ctx.find);
  const record = (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => {
    const checked = ctx.log.add({ ...exchange, request, latencyMs: performance.now() - started });
    ctx.onExchange?.(checked);
  };
  const recorder = new BodyRecorder(request.headers.get('content-type')?.[0], ctx.bounds);
  const open = () =>
    (ctx.https ? httpsRequest : httpRequest)(`${ctx.origin}${request.target}`, {
      method,
      headers: headerObject(endToEndHeaders(req.rawHeaders)),
      agent: ctx.agent,
    });
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
  const state: ExchangeState = { appGone: false };
  let upstreamRes: IncomingMessage | undefined;
  let connected = false;
  upstream.once('socket', (socket) => {
    if (!socket.connecting) connected = true;
    else socket.once(ctx.https ? 'secureConnect' : 'connect', () => (connected = true));
  });
  // The timer runs from when the request has gone (or the answer began, if sooner) to the end of the answer.
  let timer: NodeJS.Timeout | undefined;
  const startTimer = () => {
    timer ??= setTimeout(() => {
      state.timedOut = new UpstreamTimeout(ctx.upstreamTimeoutMs);
      (upstreamRes ?? upstream).destroy(state.timedOut);
    }, ctx.upstreamTimeoutMs);
  };
  if (req.complete) startTimer();
  else req.once('end', startTimer);
  req.once('close', () => {
    if (!req.complete) upstream.destroy();
  });
  res.once('close', () => {
    if (res.writableFinished) return;
    state.appGone = true;
    (upstreamRes ?? upstream).destroy();
  });
  // Settles once the exchange is recorded: what `settled()` and `close()` wait for.
  await new Promise<void>((done) => {
    let handled = false;
    upstream.once('response', (response) => {
      handled = true;
      upstreamRes = response;
      startTimer();
      relay(ctx, { request, route, bodyRecorded, res, upstreamRes: response, state, record })
        .catch(() => res.destroy())
        .finally(done);
    });
    upstream.on('error', (error) => {
      if (handled) return; // a failure mid-body: relay() reports it
      handled = true;
      // A kept-alive socket the upstream had just closed is a reach failure too, not the upstream's answer.
      const reached = connected && !(upstream.reusedSocket && errorCode(error) === 'ECONNRESET');
      noAnswer(ctx, { request, route, bodyRecorded, res, state, record }, error, reached)
        .catch(() => res.destroy())
        .finally(done);
    });
  }).finally(() => clearTimeout(timer));
}

interface NoAnswer {
  request: TrafficRequest;
  route: ReturnType<typeof findOperation>;
  bodyRecorded: Promise<RecordedBody | undefined>;
  res: ServerResponse;
  state: ExchangeState;
  record: (exchange: Omit<TrafficExchange, 'request' | 'latencyMs'>) => void;
}

/**
 * The upstream gave no answer: not reached (unchecked, as there is nothing to judge), or reached
 * without an answer the proxy can read in time (status_code_conformance fails). The app gets a
 * 502 or 504 envelope saying which, never a reset.
 */
async function noAnswer(ctx: Context, { request, route, bodyRecorded, res, state, record }: NoAnswer, error: unknown, reached: boolean): Promise<void> {
  const check = route ? await checkRequest({ ...request, body: await withGrace(bodyRecorded, 0) }, ctx.find) : undefined;
  if (state.appGone) return record({ check, noResponse: 'the app closed the connection before the upstream answered' });
  if (!reached && !state.timedOut) {
    sendReply(res, unreachableReply(errorCode(error)), requestEntries(check?.issues ?? []));
    return record({ check, noResponse: `the upstream could not be reached (${errorCode(error)})` });
  }
  const unanswered = state.timedOut ? state.timedOut.message : unreadableAnswer(error);
  const entries = [...requestEntries(check?.issues ?? []), ...responseEntries(responseViolationsOf({ request, check, unanswered, latencyMs: 0 }))];
  if (res.headersSent) res.destroy();
  else sendReply(res, state.timedOut ? timeoutReply(state.timedOut.ms / 1000) : unreadableReply(unanswered), entries);
  record({ check, unanswered });
}

export async function startContractProxy(options: ContractProxyOptions): Promise<ContractProxy> {
  const upstream = new URL(options.upstream);
  const basePath = upstream.pathname.replace(/\/+$/, '');
  const https = upstream.protocol === 'https:';
  const bounds: TrafficBounds = { ...DEFAULT_TRAFFIC_BOUNDS, ...options.bounds };
  const log = new TrafficLog({ mode: 'proxy', target: `${upstream.origin}${basePath}`, reproduceAt: () => upstream.origin, maxJsonDepth: bounds.maxJsonDepth });
  const ctx: Context = {
    origin: upstream.origin,
    https,
    agent: https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true }),
    find: basePath ? { basePath } : {},
    bounds,
    responseContext: (request) => log.responseContext(request),
    upstreamTimeoutMs: options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
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
    answer(ctx, req, res)
      .catch(() => res.destroy())
      .finally(() => {
        inFlight--;
        lastActivity = performance.now();
      });
  });
  const settled = async (deadline = Number.POSITIVE_INFINITY) => {
    while (inFlight > 0 && performance.now() < deadline) await delay(10);
  };
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening'); // rejects on 'error' (a port in use)
  // Stop accepting, let exchanges in flight be recorded (up to 5 s), then drop every connection.
  const shutdown = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await settled(performance.now() + 5000);
    server.closeAllConnections();
    ctx.agent.destroy();
    // The exchanges those connections cut are recorded as they unwind (the app gone, the upstream cut): wait for them too.
    await settled(performance.now() + 1000);
    await closed;
  };
  let closing: Promise<void> | undefined;
  const listening = server.address() as AddressInfo;
  const host = listening.address.includes(':') ? `[${listening.address}]` : listening.address;
  const url = `http://${host}:${listening.port}`;
  return {
    url,
    baseUrl: `${url}${basePath}`,
    port: listening.port,
    log,
    inFlight: () => inFlight,
    lastActivity: () => lastActivity,
    settled: () => settled(),
    close: () => (closing ??= shutdown()),
  };
}
