// The rules a request must follow beyond what the generated validators check, each read from the
// spec: x-cf-* extensions (bytes of serialized metadata, the expiry window, image limits), a
// `contentMediaType: application/json` text that must parse, and a form's `format: binary` field
// that must be a file part of one of its `encoding` media types.
import type { OperationId } from '../../../generated/operations.js';
import type { FilePart } from '../engine/case.js';
import type { Issue } from '../../spec/issues.js';
import { pointerOf, segmentsOf } from '../../spec/pointer.js';
import { isFilePart } from './draft.js';
import type { ImageLimits } from './limits.js';
import { operationModel } from './operation.js';
import { pngSize } from './png.js';
import { flatten, utf8Bytes, type FlatSchema, type Schema } from './schema.js';
import { IMAGE_LIMITS, MAX_SERIALIZED_BYTES, expiryWindowOf, isBinary, isJsonText } from './values.js';

const issue = (pointer: string, keyword: string, message: string): Issue => ({ pointer, keyword, message, schemaPath: '' });

function fileIssues(flat: FlatSchema, part: FilePart, pointer: string, partTypes: string[] | undefined): Issue[] {
  const out: Issue[] = [];
  if (partTypes?.length && !partTypes.includes(part.contentType)) out.push(issue(pointer, 'encoding.contentType', `is a ${part.contentType} part; must be one of ${partTypes.join(', ')}`));
  const limits = flat.extensions[IMAGE_LIMITS] as ImageLimits | undefined;
  if (!limits) return out;
  if (part.bytes.byteLength > limits.maxBytes) out.push(issue(pointer, IMAGE_LIMITS, `is ${part.bytes.byteLength} bytes; at most ${limits.maxBytes}`));
  const size = pngSize(part.bytes);
  if (size && (size.width > limits.maxSide || size.height > limits.maxSide)) out.push(issue(pointer, IMAGE_LIMITS, `is ${size.width}×${size.height} px; at most ${limits.maxSide} a side`));
  if (size && size.width * size.height > limits.maxPixels) out.push(issue(pointer, IMAGE_LIMITS, `has ${size.width * size.height} pixels; at most ${limits.maxPixels}`));
  return out;
}

function valueIssues(flat: FlatSchema, value: unknown, pointer: string, now: number, partTypes: string[] | undefined, form: boolean): Issue[] {
  const out: Issue[] = [];
  if (form && isBinary(flat)) {
    if (!isFilePart(value)) return [issue(pointer, 'format', 'must be a file part, not a text field')];
    return fileIssues(flat, value, pointer, partTypes);
  }
  const limit = flat.extensions[MAX_SERIALIZED_BYTES] as number | undefined;
  const serialized = typeof value === 'string' ? value : JSON.stringify(value);
  if (limit !== undefined && serialized !== undefined && utf8Bytes(serialized) > limit) out.push(issue(pointer, MAX_SERIALIZED_BYTES, `is ${utf8Bytes(serialized)} bytes as JSON; at most ${limit}`));
  if (isJsonText(flat) && typeof value === 'string') {
    try {
      JSON.parse(value);
    } catch {
      out.push(issue(pointer, 'contentMediaType', 'is not JSON'));
    }
  }
  const window = expiryWindowOf(flat);
  if (window && typeof value === 'string') {
    const seconds = (Date.parse(value) - now) / 1000;
    if (!(seconds >= window.minSeconds && seconds <= window.maxSeconds)) out.push(issue(pointer, 'x-cf-expiry-window', `must be ${window.minSeconds} to ${window.maxSeconds} seconds from now`));
  }
  return out;
}

type Part = { partTypes?: string[]; form: boolean };

function walk(schema: Schema, value: unknown, pointer: string, now: number, part: Part, out: Issue[]): void {
  const flat = flatten(schema);
  out.push(...valueIssues(flat, value, pointer, now, part.partTypes, part.form));
  if (!value || typeof value !== 'object' || Array.isArray(value) || isFilePart(value)) return;
  for (const [key, child] of Object.entries(value)) if (flat.properties[key] !== undefined) walk(flat.properties[key], child, pointerOf([...segmentsOf(pointer), key]), now, { form: false }, out);
}

/**
 * The issues of a request body (as the server reads it back: typed form fields, file parts) with
 * the rules the validators do not check; `now` is the server's clock in milliseconds.
 */
export function bodyRuleIssues(operationId: OperationId, body: unknown, now: number): Issue[] {
  const model = operationModel(operationId).body;
  if (!model || body === undefined) return [];
  const flat = flatten(model.schema);
  const out: Issue[] = [];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return out;
  for (const [key, value] of Object.entries(body))
    if (flat.properties[key] !== undefined) walk(flat.properties[key], value, pointerOf(['body', key]), now, { partTypes: model.partTypes[key], form: model.multipart }, out);
  return out;
}
