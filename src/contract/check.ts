// Response conformance checks against the spec, named like Schemathesis' checks. Runtime-neutral
// (no node: imports): it runs in the client-side contract command, against live servers, in tests.
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction, type ValidationError } from '../../generated/validators.js';
import { escapePointerSegment, redactText, redactValue } from './redact.js';
import { findOperation, type FindOperationOptions } from './route.js';
import { documentedHeaders, headerValueProblem } from './spec.js';

export const CHECKS = [
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'envelope_consistency',
  'prism_violations',
] as const;
export type CheckName = (typeof CHECKS)[number];

export interface Violation {
  operationId: string;
  check: CheckName;
  /** What `pointer` points into: the status line, the response headers, or the body. */
  location: 'status' | 'header' | 'body';
  /**
   * `''` for the status; `/<lower-case header name>` for a header (`/retry-after`, `/content-type`,
   * `/sl-violations/<index>` for a Prism violation); a JSON pointer into the body otherwise (ajv's
   * `instancePath`; for a missing or an unexpected property, the pointer of that property).
   */
  pointer: string;
  message: string;
  /** The offending value, secrets redacted (`undefined` when it is missing). */
  value: unknown;
}

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
}

/** One entry of Prism's `sl-violations` header. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** The entries of an `sl-violations` header; throws when it is not a JSON array (e.g. truncated). */
export function parseSlViolations(header: string): PrismViolation[] {
  const parsed: unknown = JSON.parse(header);
  if (!Array.isArray(parsed)) throw new TypeError('sl-violations is not a JSON array');
  return parsed as PrismViolation[];
}

/** The documented response key for `status` (`'404'`, else `'4XX'`, else `'default'`), or undefined. */
export function statusKeyFor(operationId: string, status: number): string | undefined {
  const responses = (operations as Record<string, { responses: Record<string, unknown> }>)[operationId]?.responses;
  if (!responses) return undefined;
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact.charAt(0)}XX`;
  if (range in responses) return range;
  if ('default' in responses) return 'default';
  return undefined;
}

/** The media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | null | undefined): string | undefined {
  const type = contentType?.split(';', 1)[0].trim().toLowerCase();
  return type ? type : undefined;
}

const isJsonType = (type: string | undefined) => !!type && /^application\/([\w.+-]+\+)?json$/.test(type);

function headerMap(headers: HeadersLike | undefined): Map<string, string[]> {
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

function byPointer(doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc;
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function byteCount(bytes: CheckInput['bytes'], text: string | undefined): number | undefined {
  if (typeof bytes === 'number') return bytes;
  if (bytes) return bytes.byteLength;
  if (text !== undefined) return new TextEncoder().encode(text).byteLength;
  return undefined;
}

/** ajv errors as violations: a pointer at the offending (or missing, or unexpected) property. */
function schemaViolations(operationId: string, validate: ValidateFunction, body: unknown): Violation[] {
  if (validate(body)) return [];
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of (validate.errors ?? []) as ValidationError[]) {
    let pointer = error.instancePath;
    let message = error.message ?? error.keyword;
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
      pointer = `${pointer}/${escapePointerSegment(error.params.missingProperty)}`;
      message = `is required (${message})`;
    } else if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
      pointer = `${pointer}/${escapePointerSegment(error.params.additionalProperty)}`;
      message = `is not allowed (${message})`;
    }
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      operationId,
      check: 'response_schema_conformance',
      location: 'body',
      pointer,
      message: `${message} [${error.keyword} at ${error.schemaPath}]`,
      value: redactValue(byPointer(body, pointer), pointer),
    });
  }
  return out;
}

/** Every way the response breaks the spec; `[]` when it conforms. */
export function checkResponse(input: CheckInput, options: CheckOptions = {}): Violation[] {
  let operationId = input.operationId;
  if (!operationId) {
    if (!input.method || !input.url) throw new TypeError('checkResponse needs operationId, or method and url');
    operationId = findOperation(input.method, input.url, options)?.operationId;
    if (!operationId) throw new TypeError(`no documented operation for ${input.method.toUpperCase()} ${input.url.split('?', 1)[0]}`);
  }
  const operation = (operations as Record<string, (typeof operations)[OperationId]>)[operationId];
  if (!operation) throw new TypeError(`unknown operationId ${operationId}`);

  const violations: Violation[] = [];
  const add = (check: CheckName, location: Violation['location'], pointer: string, message: string, value: unknown) =>
    violations.push({ operationId: operationId!, check, location, pointer, message, value });

  const headers = headerMap(input.headers);
  const contentTypeHeader = input.contentType !== undefined ? input.contentType : (headers.get('content-type')?.[0] ?? null);
  const mediaType = mediaTypeOf(contentTypeHeader);
  const hasBody = (input.method ?? '').toUpperCase() !== 'HEAD' && input.status !== 204 && input.status !== 304;

  // The body, parsed when it was given as text and should be JSON.
  let body = input.body;
  let bodyParseError: string | undefined;
  const statusKey = statusKeyFor(operationId, input.status);
  const documented = statusKey ? (operation.responses as Record<string, { contentTypes: readonly string[] }>)[statusKey] : undefined;
  const documentedJson = !!documented?.contentTypes.some((t) => isJsonType(t));
  if (body === undefined && input.rawBodyText !== undefined && input.rawBodyText !== '' && (isJsonType(mediaType) || documentedJson)) {
    try {
      body = JSON.parse(input.rawBodyText);
    } catch (error) {
      bodyParseError = error instanceof Error ? error.message : String(error);
    }
  }

  // status_code_conformance
  if (!statusKey) {
    add('status_code_conformance', 'status', '', `status ${input.status} is not documented for ${operationId} (documented: ${Object.keys(operation.responses).join(', ')})`, input.status);
  }

  if (statusKey && documented) {
    // content_type_conformance
    if (hasBody && documented.contentTypes.length > 0) {
      if (!mediaType) {
        add('content_type_conformance', 'header', '/content-type', `no Content-Type; documented for ${statusKey}: ${documented.contentTypes.join(', ')}`, undefined);
      } else if (!documented.contentTypes.some((t) => t.toLowerCase() === mediaType)) {
        add('content_type_conformance', 'header', '/content-type', `${mediaType} is not documented for ${statusKey} (documented: ${documented.contentTypes.join(', ')})`, contentTypeHeader);
      }
    }

    // response_schema_conformance
    if (hasBody) {
      const binaryDocumented = documented.contentTypes.length > 0 && !documentedJson;
      const validate = (validators as Record<string, ValidateFunction | undefined>)[`${operationId}.response.${statusKey}`];
      if (documentedJson && validate) {
        if (bodyParseError !== undefined) {
          add('response_schema_conformance', 'body', '', `the body is not valid JSON: ${bodyParseError}`, redactText(input.rawBodyText!.slice(0, 200)));
        } else if (body === undefined) {
          add('response_schema_conformance', 'body', '', 'the body is empty; a JSON body is documented', undefined);
        } else {
          violations.push(...schemaViolations(operationId, validate, body));
        }
      } else if (binaryDocumented) {
        const size = byteCount(input.bytes, input.rawBodyText);
        if (!size) add('response_schema_conformance', 'body', '', 'the binary body is empty', size ?? 0);
      }
    }

    // response_headers_conformance
    for (const [name, header] of documentedHeaders(operationId, statusKey)) {
      const values = headers.get(name);
      if (!values || values.length === 0) {
        if (header.required) add('response_headers_conformance', 'header', `/${name}`, `required header ${header.name} is missing`, undefined);
        continue;
      }
      for (const value of values) {
        const problem = headerValueProblem(header.schema, value);
        if (problem) add('response_headers_conformance', 'header', `/${name}`, `${header.name} ${problem}`, value);
      }
    }
  }

  // envelope_consistency
  if (hasBody && body !== null && typeof body === 'object' && !Array.isArray(body) && 'success' in body) {
    const envelope = body as Record<string, unknown>;
    const ok = input.status >= 200 && input.status < 300;
    if (envelope.success !== ok) {
      add('envelope_consistency', 'body', '/success', `success must be ${ok} with status ${input.status}`, envelope.success);
    }
    if (!ok || envelope.success === false) {
      if (envelope.result !== null) add('envelope_consistency', 'body', '/result', 'result must be null on failure', redactValue(envelope.result, '/result'));
      if (!Array.isArray(envelope.errors) || envelope.errors.length === 0) {
        add('envelope_consistency', 'body', '/errors', 'errors must list at least one error on failure', redactValue(envelope.errors, '/errors'));
      }
    }
  }

  // prism_violations
  const sl = headers.get('sl-violations') ?? [];
  for (const header of sl) {
    let entries: PrismViolation[];
    try {
      entries = parseSlViolations(header);
    } catch {
      add('prism_violations', 'header', '/sl-violations', 'Prism reported violations it could not fit in the header', redactText(header.slice(0, 200)));
      continue;
    }
    entries.forEach((entry, i) => {
      const where = Array.isArray(entry.location) ? entry.location : [];
      if (options.ignoreRequestViolations && where[0] === 'request') return;
      add('prism_violations', 'header', `/sl-violations/${i}`, `${where.join('.')}: ${entry.message} (${entry.code}, ${entry.severity})`, redactValue(entry, ''));
    });
  }

  return violations;
}
