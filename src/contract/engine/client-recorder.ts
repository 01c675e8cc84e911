// What the typed client sends and receives, recorded as the run's exchanges and checked like a raw
// case. The body is read here, within the run's bounds, and handed on to the client as read: a
// body past a bound reaches the client as a read error (the same typed error), never as more bytes.
import type { Middleware } from 'openapi-fetch';
import { readResponseBounded } from '../../core/bounded.js';
import { parseRetryAfter } from '../../core/retry.js';
import { findOperation } from '../../spec/route.js';
import type { FilePart } from '../model/case.js';
import { bodyProblem, type DecodedBody } from './body.js';
import { requestRecord } from './curl.js';
import { MAX_RETRY_AFTER_MS, type Pacer } from './pacer.js';
import { sentFormValues } from './request.js';
import type { Answered } from './response-check.js';

interface RecorderContext {
  pacer: Pacer;
  basePath: string;
  maxBodyBytes: number;
  decode(operationId: string, response: Response, bytes: Uint8Array): DecodedBody;
  exchange(answered: Answered): void;
}

export function clientRecorder(run: RecorderContext): Middleware {
  const pending = new Map<Request, { started: number; body: Promise<{ bytes: Uint8Array; form?: Record<string, string | FilePart> }> }>();
  return {
    onRequest: ({ request }) => {
      pending.set(request, { started: performance.now(), body: requestBody(request) });
      return undefined;
    },
    onResponse: async ({ request, response }) => {
      // A lockout holds the run's other requests too, so they do not each meet it.
      const wait = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      if (wait !== undefined && wait <= MAX_RETRY_AFTER_MS) run.pacer.holdFor(wait);
      const sending = pending.get(request);
      pending.delete(request);
      const latencyMs = performance.now() - (sending?.started ?? performance.now());
      const { bytes: sentBytes, form } = (await sending?.body) ?? { bytes: new Uint8Array() };
      const url = new URL(request.url);
      const match = findOperation(request.method, request.url, { basePath: run.basePath });
      const operationId = match?.operationId ?? 'unknown';
      const headers = Object.fromEntries(request.headers);
      const recorded = requestRecord(request.method, url.pathname + url.search, {
        method: request.method,
        url: request.url,
        headers,
        body: sentBytes,
        form,
        ownCredentials: true,
      });
      let bytes: Uint8Array = new Uint8Array(0);
      let decoded: DecodedBody;
      let refused: unknown;
      try {
        bytes = await readResponseBounded(response, run.maxBodyBytes);
        decoded = run.decode(operationId, response, bytes);
      } catch (error) {
        decoded = { json: undefined, problem: bodyProblem(error) };
        refused = error;
      }
      const sent = { path: match?.pathParams ?? {}, body: form ? sentFormValues(form) : parseJson(sentBytes) };
      run.exchange({
        operationId,
        label: `${request.method} ${url.pathname} (typed client)`,
        method: request.method,
        url: request.url,
        path: recorded.path,
        response,
        bytes,
        decoded,
        latencyMs,
        request: recorded,
        sent,
      });
      // A client that gave up (its deadline) gets an empty body: it reads none, and a read error would go unobserved.
      return request.signal.aborted ? handedOn(response, new Uint8Array(0), undefined) : handedOn(response, bytes, refused);
    },
  };
}

/** Statuses whose response has no body (a Response cannot be built with one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The response as the client gets it after the recorder read it: the bytes read (the client holds
 * them to its own bounds, the run's), or a body whose read fails with `refused` (a body past
 * --max-body-bytes, a dropped connection).
 */
function handedOn(response: Response, bytes: Uint8Array, refused: unknown): Response {
  const body = NULL_BODY_STATUSES.has(response.status)
    ? null
    : refused === undefined
      ? (bytes as Uint8Array<ArrayBuffer>)
      : new ReadableStream<Uint8Array>({ start: (controller) => controller.error(refused) });
  const out = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(out, 'url', { value: response.url });
  return out;
}

function parseJson(bytes: Uint8Array): unknown {
  if (!bytes.byteLength) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** A request's body bytes, and its fields when it is a multipart form (for the curl reproduction). */
async function requestBody(request: Request): Promise<{ bytes: Uint8Array; form?: Record<string, string | FilePart> }> {
  if (!request.body) return { bytes: new Uint8Array() };
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return { bytes };
  try {
    const parsed = await new Response(bytes, { headers: { 'content-type': type } }).formData();
    const form: Record<string, string | FilePart> = {};
    for (const [name, value] of parsed) {
      form[name] =
        typeof value === 'string' ? value : { filename: (value as File).name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
    return { bytes, form };
  } catch {
    return { bytes };
  }
}
