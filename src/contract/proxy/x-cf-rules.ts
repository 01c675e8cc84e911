// The request rules JSON Schema cannot state, read from the `x-cf-*` extensions of the body
// schema's fields: serialized metadata size, the direct-upload expiry window (relative to when
// the request was sent), the upload size limit.
import { componentSchema, resolveRef, type Json } from '../../spec/document.js';
import { escapePointerSegment } from '../../spec/pointer.js';

export interface RuleIssue {
  pointer: string;
  message: string;
}

export interface RuleInput {
  /** The body schema's component name (`UploadImageForm`). */
  schema: string;
  /** The body as validated (multipart fields typed). */
  body: Record<string, unknown>;
  /** Byte size per file field, where known. */
  fileSizes: ReadonlyMap<string, number>;
  /** When the request was sent, in ms since the epoch. */
  at: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function serializedBytes(field: string, value: unknown, max: number): RuleIssue[] {
  const pointer = `/body/${escapePointerSegment(field)}`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > max) return [{ pointer, message: `is ${bytes} bytes when serialized; at most ${max}` }];
  if (typeof value !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [{ pointer, message: 'must be a JSON object serialized as a string (it is not valid JSON)' }];
  }
  return isPlainObject(parsed) ? [] : [{ pointer, message: 'must be a JSON object serialized as a string' }];
}

function expiryWindow(field: string, value: unknown, window: { minSeconds: number; maxSeconds: number }, at: number): RuleIssue[] {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return [];
  const seconds = Math.round((Date.parse(value) - at) / 1000);
  if (seconds >= window.minSeconds && seconds <= window.maxSeconds) return [];
  return [{ pointer: `/body/${escapePointerSegment(field)}`, message: `must be between ${window.minSeconds} s and ${window.maxSeconds} s after the request (it is ${seconds} s after)` }];
}

function fileLimits(field: string, size: number | undefined, limits: { maxBytes: number }): RuleIssue[] {
  const pointer = `/body/${escapePointerSegment(field)}`;
  if (size === undefined) return [];
  if (size === 0) return [{ pointer, message: 'is empty' }];
  return size > limits.maxBytes ? [{ pointer, message: `is ${size} bytes; at most ${limits.maxBytes}` }] : [];
}

/** Every way the body breaks an `x-cf-*` rule of its schema's fields; `[]` when none. */
export function xCfRuleIssues({ schema, body, fileSizes, at }: RuleInput): RuleIssue[] {
  const properties: Record<string, Json> = componentSchema(schema).properties ?? {};
  return Object.entries(properties).flatMap(([field, propertyOrRef]) => {
    const property = resolveRef(propertyOrRef);
    const out: RuleIssue[] = [];
    if (property['x-cf-max-serialized-bytes'] !== undefined && body[field] !== undefined) out.push(...serializedBytes(field, body[field], property['x-cf-max-serialized-bytes']));
    if (property['x-cf-expiry-window']) out.push(...expiryWindow(field, body[field], property['x-cf-expiry-window'], at));
    if (property['x-cf-image-limits'] && field in body) out.push(...fileLimits(field, fileSizes.get(field), property['x-cf-image-limits']));
    return out;
  });
}
