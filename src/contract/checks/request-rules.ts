// The rules a request body must follow beyond what the generated validators check, each read from
// the body schema: `x-cf-max-serialized-bytes` (bytes of serialized metadata), `x-cf-expiry-window`
// (a time relative to when the request was sent), `x-cf-image-limits` (a file's bytes, sides and
// pixels), a `contentMediaType: application/json` text that must parse, and a form's
// `format: binary` field that must be a file part of one of its `encoding` media types. The one
// home of these rules in the checker: the generator's oracle, the proxy and the HAR check use it.
import type { OperationId } from '../../../generated/operations.js';
import { EXPIRY_WINDOW, isWithinExpiryWindow, secondsAfter, type ExpiryWindow } from '../../spec/expiry-window.js';
import type { Issue } from '../../spec/issues.js';
import { mediaTypeOf } from '../../spec/media-type.js';
import { pointerOf, segmentsOf } from '../../spec/pointer.js';
import { operationModel } from '../schema/operation.js';
import { pngSize } from '../schema/png.js';
import {
  IMAGE_LIMITS,
  MAX_SERIALIZED_BYTES,
  expiryWindowOf,
  flatten,
  imageLimitsOf,
  isBinary,
  isJsonText,
  maxSerializedBytesOf,
  utf8Bytes,
  type FlatSchema,
  type Schema,
} from '../schema/schema.js';

/** A form's file part as a server reads it. */
export interface FileAsRead {
  filename: string;
  contentType?: string;
  /** Its size in bytes; undefined where a recording does not hold its bytes byte for byte. */
  size?: number;
  /** Its first bytes (all of them, or a recording's head): enough for an image's header. */
  head?: Uint8Array;
}

export const isFileAsRead = (v: unknown): v is FileAsRead => !!v && typeof v === 'object' && typeof (v as FileAsRead).filename === 'string';

export const issueAt = (pointer: string, keyword: string, message: string): Issue => ({ pointer, keyword, message, schemaPath: '' });

function fileIssues(flat: FlatSchema, file: FileAsRead, pointer: string, partTypes: readonly string[] | undefined): Issue[] {
  const out: Issue[] = [];
  const type = mediaTypeOf(file.contentType);
  if (partTypes?.length && !partTypes.includes(type ?? ''))
    out.push(issueAt(pointer, 'encoding.contentType', `is a ${type ?? '(none)'} part; must be one of ${partTypes.join(', ')}`));
  const limits = imageLimitsOf(flat);
  if (!limits) return out;
  if (file.size === 0) out.push(issueAt(pointer, IMAGE_LIMITS, 'is empty'));
  if (file.size !== undefined && file.size > limits.maxBytes) out.push(issueAt(pointer, IMAGE_LIMITS, `is ${file.size} bytes; at most ${limits.maxBytes}`));
  const size = file.head && pngSize(file.head);
  if (size && (size.width > limits.maxSide || size.height > limits.maxSide))
    out.push(issueAt(pointer, IMAGE_LIMITS, `is ${size.width}×${size.height} px; at most ${limits.maxSide} a side`));
  if (size && size.width * size.height > limits.maxPixels)
    out.push(issueAt(pointer, IMAGE_LIMITS, `has ${size.width * size.height} pixels; at most ${limits.maxPixels}`));
  return out;
}

function expiryIssues(window: ExpiryWindow, value: string, pointer: string, at: number): Issue[] {
  if (isWithinExpiryWindow(value, at, window)) return [];
  const seconds = secondsAfter(value, at);
  const got = Number.isNaN(seconds) ? 'it is not a time' : `it is ${Math.round(seconds)} s after`;
  return [issueAt(pointer, EXPIRY_WINDOW, `must be between ${window.minSeconds} s and ${window.maxSeconds} s after the request (${got})`)];
}

/** A form field: how its part must be sent (`partTypes`: its `encoding` media types). */
type FormField = { partTypes?: readonly string[] };

function valueIssues(flat: FlatSchema, value: unknown, pointer: string, at: number, field: FormField | undefined): Issue[] {
  if (field && isBinary(flat))
    return isFileAsRead(value)
      ? fileIssues(flat, value, pointer, field.partTypes)
      : [issueAt(pointer, 'format', 'must be a file part (a part with a filename)')];
  const out: Issue[] = [];
  const limit = maxSerializedBytesOf(flat);
  const serialized = typeof value === 'string' ? value : JSON.stringify(value);
  if (limit !== undefined && serialized !== undefined && utf8Bytes(serialized) > limit)
    out.push(issueAt(pointer, MAX_SERIALIZED_BYTES, `is ${utf8Bytes(serialized)} bytes when serialized; at most ${limit}`));
  if (isJsonText(flat) && typeof value === 'string') {
    try {
      JSON.parse(value);
    } catch {
      out.push(issueAt(pointer, 'contentMediaType', 'is not valid JSON (it is sent as application/json)'));
    }
  }
  const window = expiryWindowOf(flat);
  if (window && typeof value === 'string') out.push(...expiryIssues(window, value, pointer, at));
  return out;
}

function walk(schema: Schema, value: unknown, pointer: string, at: number, field: FormField | undefined, out: Issue[]): void {
  const flat = flatten(schema);
  out.push(...valueIssues(flat, value, pointer, at, field));
  if (!value || typeof value !== 'object' || Array.isArray(value) || (field && isBinary(flat))) return;
  for (const [key, child] of Object.entries(value))
    if (flat.properties[key] !== undefined) walk(flat.properties[key], child, pointerOf([...segmentsOf(pointer), key]), at, undefined, out);
}

/**
 * Every way a request body breaks these rules, as the server reads it back (a JSON value, or a
 * form's fields typed per field with file parts as FileAsRead); `at`: when the request was sent,
 * in ms since the epoch.
 */
export function ruleIssues(operationId: OperationId, body: unknown, at: number): Issue[] {
  const model = operationModel(operationId).body;
  if (!model || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  const flat = flatten(model.schema);
  const out: Issue[] = [];
  for (const [key, value] of Object.entries(body))
    if (flat.properties[key] !== undefined)
      walk(flat.properties[key], value, pointerOf(['body', key]), at, model.multipart ? { partTypes: model.partTypes[key] } : undefined, out);
  return out;
}
