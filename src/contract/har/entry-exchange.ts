// One HAR entry as the traffic checks read an exchange: the request (headers, the body as
// recorded — base64 decoded — or "not recorded"), and the response, whose missing body leaves its
// body checks unchecked rather than passed.
import { mediaTypeOf } from '../../spec/media-type.js';
import { recordingOf } from '../proxy/forward.js';
import type { RecordedForm } from '../proxy/multipart.js';
import { recordBody, type RecordedBody } from '../proxy/recorded-body.js';
import type { TrafficRequest } from '../proxy/request-check.js';
import type { TrafficResponse } from '../proxy/traffic-log.js';
import { HarFormatError, type HarEntry, type HarNameValue } from './har-file.js';

/** Lower-case name → values; HTTP/2 pseudo-headers (`:authority`) left out. */
function headerValues(headers: readonly HarNameValue[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { name, value } of headers) if (!name.startsWith(':')) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  return out;
}

const bytesOf = (text: string, encoding: string | undefined) => (encoding === 'base64' ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'));

/** A form recorded as `params` only (Firefox's export): no sizes, text values as given. */
function formOfParams(params: NonNullable<NonNullable<HarEntry['request']['postData']>['params']>): RecordedForm {
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

function requestBodyOf(request: HarEntry['request'], contentType: string | undefined): RecordedBody | undefined {
  const post = request.postData;
  if (!post) return request.bodySize === 0 ? { contentType, size: 0 } : undefined;
  const type = post.mimeType || contentType;
  if (post.text !== undefined) {
    const body = recordBody(type, bytesOf(post.text, post.encoding));
    // Binary parts of a text (not base64) body do not survive the export byte for byte: their sizes are unknown.
    return post.encoding !== 'base64' && body.form ? { ...body, size: undefined } : body;
  }
  if (post.params && mediaTypeOf(type) === 'multipart/form-data') return { contentType: type, size: undefined, form: formOfParams(post.params) };
  return undefined;
}

export interface EntryExchange {
  origin: string;
  request: TrafficRequest;
  response?: TrafficResponse;
  noResponse?: string;
  latencyMs: number;
}

function responseOf(entry: HarEntry, operationId: string | undefined): TrafficResponse {
  const { status, content } = entry.response;
  const headers = entry.response.headers.filter((h) => !h.name.startsWith(':')).map((h): [string, string] => [h.name, h.value]);
  if (content.mimeType && !headers.some(([name]) => name.toLowerCase() === 'content-type')) headers.push(['content-type', content.mimeType]);
  const contentType = headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const size = typeof content.size === 'number' && content.size >= 0 ? content.size : undefined;
  const response: TrafficResponse = { status, headers };
  if (content.text === undefined) {
    if (size === 0) return { ...response, text: '', bytes: 0 };
    if (recordingOf(operationId, status, contentType) === 'count' && size !== undefined) return { ...response, bytes: size };
    return { ...response, ...(size === undefined ? {} : { bytes: size }), bodyUnrecorded: 'the HAR entry has no body text (content.text)' };
  }
  const bytes = bytesOf(content.text, content.encoding);
  return recordingOf(operationId, status, contentType) === 'text' ? { ...response, text: bytes.toString('utf8'), bytes: bytes.length } : { ...response, bytes: bytes.length };
}

/** The entry as an exchange; `operationOf` finds the request's operation (for how to read the response body). */
export function exchangeOfEntry(entry: HarEntry, index: number, operationOf: (request: TrafficRequest) => string | undefined): EntryExchange {
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
    body: requestBodyOf(entry.request, headers.get('content-type')?.[0]),
    at: Number.isNaN(started) ? Date.now() : started,
  };
  const base = { origin: url.origin, request, latencyMs: entry.time };
  if (entry.response.status === 0) return { ...base, noResponse: 'the HAR entry has no response (status 0: blocked or failed)' };
  return { ...base, response: responseOf(entry, operationOf(request)) };
}
