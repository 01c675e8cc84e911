// One response, normalised once for every response check: its operation, headers, media type,
// documented response and parsed body.
import { operations, type OperationId } from '../../../generated/operations.js';
import { DEFAULT_BOUNDS, jsonDepthExceeds } from '../../core/bounded.js';
import { valueDepthExceeds } from '../../core/value-depth.js';
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { responseKeyFor } from '../../spec/responses.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import type { CheckName } from './registry.js';
import type { Violation } from './violation.js';

export type HeadersLike =
  | { get(name: string): string | null; forEach(cb: (value: string, name: string) => void): void }
  | Record<string, string | readonly string[] | number | undefined | null>
  | Iterable<readonly [string, string]>;

export interface CheckInput {
  /** The operation; found from `method` and `url` when omitted. */
  operationId?: string;
  method?: string;
  url?: string;
  status: number;
  headers?: HeadersLike;
  /** Defaults to the `Content-Type` header. */
  contentType?: string | null;
  /** The parsed JSON body, or undefined. */
  body?: unknown;
  /** The body as text; parsed when `body` is undefined and the response should be JSON. */
  rawBodyText?: string;
  /** The body's bytes (or their count), for binary responses. */
  bytes?: number | Uint8Array | ArrayBuffer;
}

export interface CheckOptions extends FindOperationOptions {
  /**
   * Do not report Prism's request violations (`sl-violations` entries whose location starts with
   * `request`): a negative test sends an invalid request on purpose and asserts them itself.
   * Response violations are always reported.
   */
  ignoreRequestViolations?: boolean;
  /**
   * Deepest JSON nesting of a body the checks walk (default DEFAULT_BOUNDS.maxJsonDepth): a deeper
   * body is not walked (the validators recurse) and fails response_schema_conformance saying so.
   */
  maxJsonDepth?: number;
}

type Operation = (typeof operations)[OperationId];

/** What every check looks at: the response, normalised once. */
export interface ResponseUnderCheck {
  operationId: string;
  operation: Operation;
  input: CheckInput;
  options: CheckOptions;
  /** Lower-case header name → values. */
  headers: Map<string, string[]>;
  contentTypeHeader: string | null;
  mediaType: string | undefined;
  /** False for HEAD, 204 and 304. */
  hasBody: boolean;
  /** The documented response key for the status (`'404'`, `'4XX'`, `'default'`), or undefined. */
  statusKey: string | undefined;
  documented: { contentTypes: readonly string[] } | undefined;
  documentedJson: boolean;
  /** The parsed body (`input.body`, or `input.rawBodyText` parsed when it should be JSON). */
  body: unknown;
  /** The body was given as text that should be JSON and does not parse. */
  bodyUnparseable: boolean;
  /** The body nests deeper than this bound (options.maxJsonDepth): it was not parsed or walked. */
  bodyTooDeep?: number;
}

export type Check = (x: ResponseUnderCheck) => Violation[];

export function violation(
  x: ResponseUnderCheck,
  check: CheckName,
  location: Violation['location'],
  pointer: string,
  message: string,
  value: unknown,
): Violation {
  return { operationId: x.operationId, check, location, pointer, message, value };
}

export function headerMap(headers: HeadersLike | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    out.set(key, [...(out.get(key) ?? []), value]);
  };
  if (!headers) return out;
  if (typeof (headers as { forEach?: unknown }).forEach === 'function' && typeof (headers as { get?: unknown }).get === 'function') {
    (headers as { forEach(cb: (value: string, name: string) => void): void }).forEach((value, name) => add(name, value));
  } else if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [name, value] of headers as Iterable<readonly [string, string]>) add(name, value);
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
      if (value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) add(name, String(v));
    }
  }
  return out;
}

export function byteCount(bytes: CheckInput['bytes'], text: string | undefined): number | undefined {
  if (typeof bytes === 'number') return bytes;
  if (bytes) return bytes.byteLength;
  if (text !== undefined) return new TextEncoder().encode(text).byteLength;
  return undefined;
}

function resolveOperationId(input: CheckInput, options: CheckOptions): string {
  if (input.operationId) return input.operationId;
  if (!input.method || !input.url) throw new TypeError('checkResponse needs operationId, or method and url');
  const operationId = findOperation(input.method, input.url, options)?.operationId;
  if (!operationId) throw new TypeError(`no documented operation for ${input.method.toUpperCase()} ${input.url.split('?', 1)[0]}`);
  return operationId;
}

export function responseUnderCheck(input: CheckInput, options: CheckOptions): ResponseUnderCheck {
  const operationId = resolveOperationId(input, options);
  const operation = (operations as Record<string, Operation>)[operationId];
  if (!operation) throw new TypeError(`unknown operationId ${operationId}`);
  const headers = headerMap(input.headers);
  const contentTypeHeader = input.contentType !== undefined ? input.contentType : (headers.get('content-type')?.[0] ?? null);
  const mediaType = mediaTypeOf(contentTypeHeader);
  const statusKey = responseKeyFor(operationId, input.status);
  const documented = statusKey ? (operation.responses as Record<string, { contentTypes: readonly string[] }>)[statusKey] : undefined;
  const documentedJson = !!documented?.contentTypes.some((t) => isJsonMediaType(t));
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULT_BOUNDS.maxJsonDepth;
  let body = input.body;
  let bodyUnparseable = false;
  let bodyTooDeep: number | undefined;
  if (body !== undefined && valueDepthExceeds(body, maxJsonDepth)) {
    body = undefined;
    bodyTooDeep = maxJsonDepth;
  } else if (body === undefined && input.rawBodyText !== undefined && input.rawBodyText !== '' && (isJsonMediaType(mediaType) || documentedJson)) {
    if (jsonDepthExceeds(input.rawBodyText, maxJsonDepth)) bodyTooDeep = maxJsonDepth;
    else {
      try {
        body = JSON.parse(input.rawBodyText);
      } catch {
        // JSON.parse's message quotes the text around the error: it never goes into a violation.
        bodyUnparseable = true;
      }
    }
  }
  const hasBody = (input.method ?? '').toUpperCase() !== 'HEAD' && input.status !== 204 && input.status !== 304;
  return {
    operationId,
    operation,
    input,
    options,
    headers,
    contentTypeHeader,
    mediaType,
    hasBody,
    statusKey,
    documented,
    documentedJson,
    body,
    bodyUnparseable,
    ...(bodyTooDeep === undefined ? {} : { bodyTooDeep }),
  };
}
