// One HAR entry as the traffic checks read an exchange: the request (headers, the body as
// recorded — base64 decoded — or "not recorded"), and the response, whose missing body leaves its
// body checks unchecked rather than passed. Bodies are read within the bounds: one past them, not
// UTF-8 where JSON is, or nested too deep fails its check, and is never decoded whole.
import { BodyTooLarge } from '../../core/bounded.js';
import { mediaTypeOf } from '../../spec/media-type.js';
import { jsonTextOf } from '../traffic/body-text.js';
import type { TrafficBounds } from '../traffic/bounds.js';
import type { RecordedForm } from '../traffic/multipart.js';
import { recordBody, recordingOf, type RecordedBody } from '../traffic/recorded-body.js';
import type { TrafficRequest } from '../traffic/request-check.js';
import type { TrafficResponse } from '../traffic/traffic-log.js';
import { HarFormatError, type HarEntry, type HarNameValue } from './har-file.js';

/** How an entry's bodies are read. */
export interface EntryReading {
  bounds: TrafficBounds;
  /** The file had bytes that are not UTF-8 (read as U+FFFD): a body text holding U+FFFD may be one of them. */
  fileNotUtf8?: boolean;
}

/** Lower-case name → values; HTTP/2 pseudo-headers (`:authority`) left out. */
function headerValues(headers: readonly HarNameValue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { name, value } of headers) if (!name.startsWith(':')) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  return out;
}

/** The decoded size of a recorded body, without decoding it. */
function decodedSize(text: string, encoding: string | undefined): number {
  if (encoding !== 'base64') return Buffer.byteLength(text, 'utf8');
  let digits = 0; // as Buffer.from(text, 'base64') reads it: other characters skipped, padding ends it
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d /* = */) break;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f || c === 0x2d || c === 0x5f) digits++;
  }
  return Math.floor((digits * 6) / 8);
}

/** A recorded body's bytes, or BodyTooLarge when they would be over the bound (then never decoded). */
function bytesOf(text: string, encoding: string | undefined, maxBytes: number): Buffer | BodyTooLarge {
  if (decodedSize(text, encoding) > maxBytes) return new BodyTooLarge(maxBytes);
  return encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8');
}

/** Why a body text read from a file that is not UTF-8 cannot be trusted, when it holds a replacement character. */
const notUtf8InFile = (text: string, encoding: string | undefined, reading: EntryReading) =>
  reading.fileNotUtf8 && encoding !== 'base64' && text.includes('\uFFFD')
    ? 'the body is not valid UTF-8 in the HAR file (its bytes were read as U+FFFD)'
    : undefined;

/** A form recorded as `params` only (Firefox's export): no sizes, text values as given. */
function formOfParams(params: NonNullable<NonNullable<HarEntry['request']['postData']>['params']>, bounds: TrafficBounds): RecordedForm {
  if (params.length > bounds.maxParts) return { parts: [], truncated: `the form has more than ${bounds.maxParts} parts (the bound on parts kept)` };
  return {
    parts: params.map((p) => ({
      name: p.name,
      ...(p.fileName === undefined ? {} : { filename: p.fileName }),
      ...(p.contentType === undefined ? {} : { contentType: p.contentType }),
      size: 0,
      head: new TextEncoder().encode(p.value ?? ''),
    })),
  };
}

/**
 * Whether the headers show a body the recorder left out: Playwright exports a browser's multipart
 * upload as `bodySize: 0` without `postData`, though Content-Length says otherwise (and a multipart
 * body is never empty: it has at least its closing delimiter).
 */
function bodyLeftOut(request: HarEntry['request'], contentType: string | undefined): boolean {
  const length = Number(request.headers.find((h) => h.name.toLowerCase() === 'content-length')?.value);
  return length > 0 || mediaTypeOf(contentType) === 'multipart/form-data';
}

function requestBodyOf(request: HarEntry['request'], contentType: string | undefined, reading: EntryReading): RecordedBody | undefined {
  const post = request.postData;
  if (!post) return request.bodySize === 0 && !bodyLeftOut(request, contentType) ? { contentType, size: 0 } : undefined;
  const type = post.mimeType || contentType;
  if (post.text !== undefined) {
    const bytes = bytesOf(post.text, post.encoding, reading.bounds.maxBodyBytes);
    if (bytes instanceof BodyTooLarge) {
      return {
        contentType: type,
        size: undefined,
        tooLarge: bytes.limit,
        ...(mediaTypeOf(type) === 'multipart/form-data' ? { form: { parts: [], truncated: bytes.message } } : {}),
      };
    }
    const body = recordBody(type, bytes, reading.bounds);
    const unreadable = notUtf8InFile(post.text, post.encoding, reading);
    if (unreadable && body.text !== undefined) return { ...body, text: undefined, unreadable };
    // Binary parts of a text (not base64) body do not survive the export byte for byte: their sizes are unknown.
    return post.encoding !== 'base64' && body.form ? { ...body, size: undefined } : body;
  }
  if (post.params && mediaTypeOf(type) === 'multipart/form-data')
    return { contentType: type, size: undefined, form: formOfParams(post.params, reading.bounds) };
  return undefined;
}

export interface EntryExchange {
  origin: string;
  request: TrafficRequest;
  response?: TrafficResponse;
  noResponse?: string;
  latencyMs: number;
}

function responseOf(entry: HarEntry, operationId: string | undefined, reading: EntryReading): TrafficResponse {
  const { status, content } = entry.response;
  const headers = entry.response.headers.filter((h) => !h.name.startsWith(':')).map((h): [string, string] => [h.name, h.value]);
  if (content.mimeType && !headers.some(([name]) => name.toLowerCase() === 'content-type')) headers.push(['content-type', content.mimeType]);
  const contentType = headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const size = typeof content.size === 'number' && content.size >= 0 ? content.size : undefined;
  const response: TrafficResponse = { status, headers };
  const mode = recordingOf(operationId, status, contentType);
  if (content.text === undefined) {
    if (size === 0) return { ...response, text: '', bytes: 0 };
    if (mode === 'count' && size !== undefined) return { ...response, bytes: size };
    return { ...response, ...(size === undefined ? {} : { bytes: size }), bodyUnrecorded: 'the HAR entry has no body text (content.text)' };
  }
  // A counted body (an image) needs only its size: never decoded.
  if (mode === 'count') return { ...response, bytes: decodedSize(content.text, content.encoding) };
  const bytes = bytesOf(content.text, content.encoding, reading.bounds.maxBodyBytes);
  if (bytes instanceof BodyTooLarge) return { ...response, bodyUnreadable: bytes.message };
  const unreadable = notUtf8InFile(content.text, content.encoding, reading);
  if (unreadable) return { ...response, bytes: bytes.length, bodyUnreadable: unreadable };
  const read = jsonTextOf(bytes, reading.bounds.maxJsonDepth);
  return read.text !== undefined
    ? { ...response, text: read.text, bytes: bytes.length }
    : { ...response, bytes: bytes.length, bodyUnreadable: read.unreadable };
}

/** The entry as an exchange; `operationOf` finds the request's operation (for how to read the response body). */
export function exchangeOfEntry(
  entry: HarEntry,
  index: number,
  operationOf: (request: TrafficRequest) => string | undefined,
  reading: EntryReading,
): EntryExchange {
  let url: URL;
  try {
    url = new URL(entry.request.url);
  } catch {
    throw new HarFormatError(`log.entries[${index}].request.url is not an absolute URL`);
  }
  const headers = headerValues(entry.request.headers);
  const started = Date.parse(entry.startedDateTime);
  const request: TrafficRequest = {
    method: entry.request.method.toUpperCase(),
    target: `${url.pathname}${url.search}`,
    headers,
    body: requestBodyOf(entry.request, headers.get('content-type')?.[0], reading),
    at: Number.isNaN(started) ? Date.now() : started,
  };
  const base = { origin: url.origin, request, latencyMs: entry.time };
  if (entry.response.status === 0) return { ...base, noResponse: 'the HAR entry has no response (status 0: blocked or failed)' };
  return { ...base, response: responseOf(entry, operationOf(request), reading) };
}
