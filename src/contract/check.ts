// Response conformance checks against the spec, named like Schemathesis' checks. Runtime-neutral
// (no node: imports): it runs in the client-side contract command, against live servers, in tests.
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction, type ValidationError } from '../../generated/validators.js';
import { errorPointer, valueAt } from '../core/validate.js';
import { redactText, redactValue } from './redact.js';
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
  /**
   * The offending value, secrets redacted (`undefined` when it is missing). For a body that is not
   * valid JSON, its size in bytes: the text of a body that does not parse is never copied (a
   * truncated signing-key list cannot be redacted reliably).
   */
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
    const pointer = errorPointer(error);
    let message = error.message ?? error.keyword;
    if (error.keyword === 'required') message = `is required (${message})`;
    else if (error.keyword === 'additionalProperties') message = `is not allowed (${message})`;
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      operationId,
      check: 'response_schema_conformance',
      location: 'body',
      pointer,
      message: `${message} [${error.keyword} at ${error.schemaPath}]`,
      value: redactValue(valueAt(body, pointer), pointer),
    });
  }
  return out;
}

/** What every check looks at: the response, normalised once. */
interface Context {
  operationId: string;
  operation: (typeof operations)[OperationId];
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
}

type Check = (ctx: Context) => Violation[];

function violation(ctx: Context, check: CheckName, location: Violation['location'], pointer: string, message: string, value: unknown): Violation {
  return { operationId: ctx.operationId, check, location, pointer, message, value };
}

function resolveOperationId(input: CheckInput, options: CheckOptions): string {
  if (input.operationId) return input.operationId;
  if (!input.method || !input.url) throw new TypeError('checkResponse needs operationId, or method and url');
  const operationId = findOperation(input.method, input.url, options)?.operationId;
  if (!operationId) throw new TypeError(`no documented operation for ${input.method.toUpperCase()} ${input.url.split('?', 1)[0]}`);
  return operationId;
}

function contextOf(input: CheckInput, options: CheckOptions): Context {
  const operationId = resolveOperationId(input, options);
  const operation = (operations as Record<string, (typeof operations)[OperationId]>)[operationId];
  if (!operation) throw new TypeError(`unknown operationId ${operationId}`);
  const headers = headerMap(input.headers);
  const contentTypeHeader = input.contentType !== undefined ? input.contentType : (headers.get('content-type')?.[0] ?? null);
  const mediaType = mediaTypeOf(contentTypeHeader);
  const statusKey = statusKeyFor(operationId, input.status);
  const documented = statusKey ? (operation.responses as Record<string, { contentTypes: readonly string[] }>)[statusKey] : undefined;
  const documentedJson = !!documented?.contentTypes.some((t) => isJsonType(t));
  let body = input.body;
  let bodyUnparseable = false;
  if (body === undefined && input.rawBodyText !== undefined && input.rawBodyText !== '' && (isJsonType(mediaType) || documentedJson)) {
    try {
      body = JSON.parse(input.rawBodyText);
    } catch {
      // JSON.parse's message quotes the text around the error: it never goes into a violation.
      bodyUnparseable = true;
    }
  }
  return {
    operationId,
    operation,
    input,
    options,
    headers,
    contentTypeHeader,
    mediaType,
    hasBody: (input.method ?? '').toUpperCase() !== 'HEAD' && input.status !== 204 && input.status !== 304,
    statusKey,
    documented,
    documentedJson,
    body,
    bodyUnparseable,
  };
}

const statusCodeConformance: Check = (ctx) =>
  ctx.statusKey
    ? []
    : [
        violation(ctx, 'status_code_conformance', 'status', '', `status ${ctx.input.status} is not documented for ${ctx.operationId} (documented: ${Object.keys(ctx.operation.responses).join(', ')})`, ctx.input.status),
      ];

const contentTypeConformance: Check = (ctx) => {
  const { documented, statusKey, mediaType } = ctx;
  if (!documented || !ctx.hasBody || documented.contentTypes.length === 0) return [];
  const listed = documented.contentTypes.join(', ');
  if (!mediaType) return [violation(ctx, 'content_type_conformance', 'header', '/content-type', `no Content-Type; documented for ${statusKey}: ${listed}`, undefined)];
  if (documented.contentTypes.some((t) => t.toLowerCase() === mediaType)) return [];
  return [violation(ctx, 'content_type_conformance', 'header', '/content-type', `${mediaType} is not documented for ${statusKey} (documented: ${listed})`, ctx.contentTypeHeader)];
};

const responseSchemaConformance: Check = (ctx) => {
  const { documented } = ctx;
  if (!documented || !ctx.hasBody) return [];
  const validate = (validators as Record<string, ValidateFunction | undefined>)[`${ctx.operationId}.response.${ctx.statusKey}`];
  if (ctx.documentedJson && validate) {
    if (ctx.bodyUnparseable) {
      const size = byteCount(ctx.input.bytes, ctx.input.rawBodyText) ?? 0;
      return [violation(ctx, 'response_schema_conformance', 'body', '', `the body is not valid JSON (${size} bytes${ctx.mediaType ? ` of ${ctx.mediaType}` : ''})`, size)];
    }
    if (ctx.body === undefined) return [violation(ctx, 'response_schema_conformance', 'body', '', 'the body is empty; a JSON body is documented', undefined)];
    return schemaViolations(ctx.operationId, validate, ctx.body);
  }
  const binaryDocumented = documented.contentTypes.length > 0 && !ctx.documentedJson;
  if (!binaryDocumented) return [];
  const size = byteCount(ctx.input.bytes, ctx.input.rawBodyText);
  return size ? [] : [violation(ctx, 'response_schema_conformance', 'body', '', 'the binary body is empty', size ?? 0)];
};

const responseHeadersConformance: Check = (ctx) => {
  if (!ctx.statusKey || !ctx.documented) return [];
  const out: Violation[] = [];
  for (const [name, header] of documentedHeaders(ctx.operationId, ctx.statusKey)) {
    const values = ctx.headers.get(name) ?? [];
    if (values.length === 0 && header.required) out.push(violation(ctx, 'response_headers_conformance', 'header', `/${name}`, `required header ${header.name} is missing`, undefined));
    for (const value of values) {
      const problem = headerValueProblem(header.schema, value);
      if (problem) out.push(violation(ctx, 'response_headers_conformance', 'header', `/${name}`, `${header.name} ${problem}`, value));
    }
  }
  return out;
};

const envelopeConsistency: Check = (ctx) => {
  const { body } = ctx;
  if (!ctx.hasBody || body === null || typeof body !== 'object' || Array.isArray(body) || !('success' in body)) return [];
  const envelope = body as Record<string, unknown>;
  const ok = ctx.input.status >= 200 && ctx.input.status < 300;
  const out: Violation[] = [];
  if (envelope.success !== ok) out.push(violation(ctx, 'envelope_consistency', 'body', '/success', `success must be ${ok} with status ${ctx.input.status}`, envelope.success));
  if (ok && envelope.success !== false) return out;
  if (envelope.result !== null) out.push(violation(ctx, 'envelope_consistency', 'body', '/result', 'result must be null on failure', redactValue(envelope.result, '/result')));
  if (!Array.isArray(envelope.errors) || envelope.errors.length === 0) {
    out.push(violation(ctx, 'envelope_consistency', 'body', '/errors', 'errors must list at least one error on failure', redactValue(envelope.errors, '/errors')));
  }
  return out;
};

const prismViolations: Check = (ctx) => {
  const out: Violation[] = [];
  for (const header of ctx.headers.get('sl-violations') ?? []) {
    let entries: PrismViolation[];
    try {
      entries = parseSlViolations(header);
    } catch {
      out.push(violation(ctx, 'prism_violations', 'header', '/sl-violations', 'Prism reported violations it could not fit in the header', redactText(header.slice(0, 200))));
      continue;
    }
    entries.forEach((entry, i) => {
      const where = Array.isArray(entry.location) ? entry.location : [];
      if (ctx.options.ignoreRequestViolations && where[0] === 'request') return;
      out.push(violation(ctx, 'prism_violations', 'header', `/sl-violations/${i}`, `${where.join('.')}: ${entry.message} (${entry.code}, ${entry.severity})`, redactValue(entry, '')));
    });
  }
  return out;
};

/** The checks, in the order of `CHECKS` (and of the violations they report). */
const CHECK_FUNCTIONS: Record<CheckName, Check> = {
  status_code_conformance: statusCodeConformance,
  content_type_conformance: contentTypeConformance,
  response_schema_conformance: responseSchemaConformance,
  response_headers_conformance: responseHeadersConformance,
  envelope_consistency: envelopeConsistency,
  prism_violations: prismViolations,
};

/** Every way the response breaks the spec; `[]` when it conforms. */
export function checkResponse(input: CheckInput, options: CheckOptions = {}): Violation[] {
  const ctx = contextOf(input, options);
  return CHECKS.flatMap((check) => CHECK_FUNCTIONS[check](ctx));
}
