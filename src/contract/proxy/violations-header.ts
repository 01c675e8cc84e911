// What the proxy tells the app about one exchange: the `x-cf-images-violations` header (as
// Prism's `sl-violations`), and under --fail-on-violation the 4xx envelope that refuses a request.
import { Codes } from '../../spec/error-codes.js';
import type { Violation } from '../checks/violation.js';
import { dottedPath } from '../../spec/pointer.js';
import type { RequestIssue } from '../traffic/request-check.js';

export const VIOLATIONS_HEADER = 'x-cf-images-violations';
/** Header values beyond this are cut (servers and clients limit header sizes); the report has them all. */
const HEADER_LIMIT = 8 * 1024;

export interface HeaderEntry {
  check: string;
  /** `request`, or where in the response: `response.status`, `response.header`, `response.body`. */
  location: string;
  pointer: string;
  message: string;
}

export const requestEntries = (issues: readonly RequestIssue[]): HeaderEntry[] =>
  issues.map((i) => ({ check: 'request_conformance', location: 'request', pointer: i.pointer, message: i.message }));

export const responseEntries = (violations: readonly Violation[]): HeaderEntry[] =>
  violations.map((v) => ({ check: v.check, location: `response.${v.location}`, pointer: v.pointer, message: v.message }));

/** JSON with every non-ASCII character escaped: header values are Latin-1 on the wire. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The header value naming `entries` (a JSON array), or undefined when there are none. */
export function violationsHeaderValue(entries: readonly HeaderEntry[]): string | undefined {
  if (entries.length === 0) return undefined;
  const kept = [...entries];
  let value = asciiJson(kept);
  while (value.length > HEADER_LIMIT && kept.length > 1) {
    kept.pop();
    value = asciiJson([...kept, { check: 'more', location: '', pointer: '', message: `${entries.length - kept.length} more in the report` }]);
  }
  return value.length > HEADER_LIMIT
    ? asciiJson([{ check: 'more', location: '', pointer: '', message: `${entries.length} violations, listed in the report` }])
    : value;
}

/** Envelope codes of the proxy's own answers (Cloudflare's where it has one). */
const PROXY_CODES = { ...Codes, tooLarge: 5413, upstreamUnreachable: 10502, upstreamUnreadable: 10503, upstreamTimeout: 10504 } as const;

export interface ProxyReply {
  status: number;
  body: string;
}

const envelope = (errors: { code: number; message: string; source?: { pointer: string } }[]) =>
  JSON.stringify({ success: false, errors, messages: [], result: null });

/** The refusal of a request that breaks the spec: 401 for credentials, 415 for the media type, else 400; one error per issue. */
export function refusalOf(issues: readonly RequestIssue[]): ProxyReply {
  const status = issues.some((i) => i.status === 401) ? 401 : issues.some((i) => i.status === 415) ? 415 : 400;
  const code = status === 401 ? PROXY_CODES.authentication : status === 415 ? PROXY_CODES.unsupportedMediaType : PROXY_CODES.badRequest;
  const errors = issues.map((i) => ({
    code,
    message: `Refused by the contract proxy: ${dottedPath(i.pointer)}: ${i.message}`,
    source: { pointer: i.pointer },
  }));
  return { status, body: envelope(errors) };
}

export const tooLargeReply = (limit: number): ProxyReply => ({
  status: 413,
  body: envelope([{ code: PROXY_CODES.tooLarge, message: `Refused by the contract proxy: the request body is over ${limit} bytes` }]),
});

/** The answer when the upstream cannot be reached; `reason` is an error code, never a URL. */
export const unreachableReply = (reason: string): ProxyReply => ({
  status: 502,
  body: envelope([{ code: PROXY_CODES.upstreamUnreachable, message: `The contract proxy could not reach the upstream API (${reason})` }]),
});

/** The answer when the upstream's answer could not be read or broke off before its head was relayed; `reason` names no URL. */
export const unreadableReply = (reason: string): ProxyReply => ({
  status: 502,
  body: envelope([{ code: PROXY_CODES.upstreamUnreadable, message: `The contract proxy could not relay the upstream's answer: ${reason}` }]),
});

/** The answer when the upstream's answer did not complete within --upstream-timeout. */
export const timeoutReply = (seconds: number): ProxyReply => ({
  status: 504,
  body: envelope([{ code: PROXY_CODES.upstreamTimeout, message: `The contract proxy got no complete answer from the upstream within ${seconds} s` }]),
});
