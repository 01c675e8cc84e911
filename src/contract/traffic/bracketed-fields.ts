// Form parts named `field[key]` for a field of the operation's form: how SDKs encode an object
// (the official one sends `metadata[app]=x`), where the spec's field is one part — for a JSON field
// (its encoding's contentType is application/json), one part holding the object as a JSON string.
// Said in words a user acts on, instead of one "is not allowed" per bracketed part.
import type { OperationId } from '../../../generated/operations.js';
import { operations } from '../../../generated/operations.js';
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { escapePointerSegment } from '../../spec/pointer.js';

export interface BracketedField {
  /** The form's field: `metadata`. */
  field: string;
  /** `/body/metadata`. */
  pointer: string;
  message: string;
}

const BRACKETED = /^([^[\]]+)((?:\[[^[\]]*\])+)$/;
const EXAMPLE_LIMIT = 120;

/** Whether the operation's form encodes `field` as JSON (the spec's `encoding.<field>.contentType`). */
function isJsonField(operationId: OperationId, field: string): boolean {
  const body: Json = resolveRef(specOperation(operationId).operation.requestBody);
  const media: Json = body?.content ? Object.values<Json>(body.content)[0] : undefined;
  return String(media?.encoding?.[field]?.contentType ?? '')
    .split(',')
    .some((t) => t.trim() === 'application/json');
}

/** A part as the check reads it: its name, and its text (a text part) or file name (a file part). */
export interface NamedPart {
  name: string;
  filename?: string;
  head: Uint8Array;
}

/** `{"app":"x"}` from the parts `metadata[app]=x` (nested keys nested, a file part as its name). */
function exampleOf(parts: [string[], NamedPart][]): string {
  const object: Record<string, unknown> = {};
  for (const [keys, part] of parts) {
    let node = object;
    keys.slice(0, -1).forEach((key) => (node = (node[key] && typeof node[key] === 'object' ? node[key] : (node[key] = {})) as Record<string, unknown>));
    node[keys.at(-1) ?? ''] = part.filename === undefined ? new TextDecoder().decode(part.head) : `<file ${part.filename}>`;
  }
  const text = JSON.stringify(object);
  return text.length > EXAMPLE_LIMIT ? `${text.slice(0, EXAMPLE_LIMIT - 3)}...` : text;
}

/**
 * The bracketed parts of the form's own fields, as one problem per field, and their names (the
 * form is read without them: the reader would call each `is not allowed`). A field also sent
 * whole is left to the reader.
 */
export function bracketedFields(operationId: OperationId, parts: readonly NamedPart[]): { problems: BracketedField[]; names: Set<string> } {
  const declared = operations[operationId].requestBody?.fields ?? {};
  const sent = new Set(parts.map((p) => p.name));
  const byField = new Map<string, [string[], NamedPart][]>();
  const names = new Set<string>();
  for (const part of parts) {
    const match = BRACKETED.exec(part.name);
    if (!match || !Object.hasOwn(declared, match[1]) || sent.has(match[1])) continue;
    byField.set(match[1], [...(byField.get(match[1]) ?? []), [[...match[2].matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]), part]]);
    names.add(part.name);
  }
  const problems = [...byField].map(([field, found]) => {
    const got = [...new Set(found.map(([, part]) => part.name))].join(', ');
    return {
      field,
      pointer: `/body/${escapePointerSegment(field)}`,
      message: isJsonField(operationId, field)
        ? `${field} is one form field holding a JSON object as a string, e.g. ${field}=${exampleOf(found)}; got bracketed fields ${got}`
        : `${field} is one form field; got bracketed fields ${got}`,
    };
  });
  return { problems, names };
}
