// A request being generated, as the server reads it back: path and query values, and the body as
// the value its validator checks (typed form fields, file parts). `caseOf` writes it as a Case:
// form fields become text parts, so `true` travels as "true".
import type { Case, CaseBody, FilePart, Phase } from '../model/case.js';
import { segmentsOf } from '../../spec/pointer.js';
import type { OperationModel } from '../schema/operation.js';

type DraftBody = { value: unknown } | { raw: { contentType: string; bytes: Uint8Array } };

export interface Draft {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body?: DraftBody;
}

export const isFilePart = (v: unknown): v is FilePart => !!v && typeof v === 'object' && (v as FilePart).bytes instanceof Uint8Array;
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !isFilePart(v);

/** A copy of `node` with `value` at `path` (`undefined` deletes), copying only the objects on the way. */
function setIn(node: unknown, path: readonly string[], value: unknown): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  const copy: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setIn(copy[key], rest, value);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** The draft with `value` at a request pointer (`/query/per_page`, `/body/options/fit`, `/body`); `undefined` removes it. */
export function setAt(draft: Draft, pointer: string, value: unknown): Draft {
  const [where, ...rest] = segmentsOf(pointer);
  if (where === 'body') {
    const current = draft.body && 'value' in draft.body ? draft.body.value : undefined;
    const next = setIn(current, rest, value);
    return { ...draft, body: next === undefined ? undefined : { value: next } };
  }
  if (where !== 'path' && where !== 'query') throw new Error(`not a request pointer: ${pointer}`);
  return { ...draft, [where]: setIn(draft[where], rest, value) as Record<string, unknown> };
}

/** The value at a request pointer, or undefined. */
export function getAt(draft: Draft, pointer: string): unknown {
  const [where, ...rest] = segmentsOf(pointer);
  let node: unknown = where === 'body' ? (draft.body && 'value' in draft.body ? draft.body.value : undefined) : draft[where as 'path' | 'query'];
  for (const key of rest) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** A form field as its part: files as they are, text as text, anything else as its JSON. */
const fieldOf = (value: unknown): string | FilePart => (isFilePart(value) ? value : typeof value === 'string' ? value : JSON.stringify(value));

function bodyOf(model: OperationModel, body: DraftBody | undefined): CaseBody | undefined {
  if (!body) return undefined;
  if ('raw' in body) return { kind: 'raw', ...body.raw };
  if (!model.body?.multipart) return { kind: 'json', value: body.value };
  const fields = Object.fromEntries(Object.entries(isRecord(body.value) ? body.value : {}).map(([k, v]) => [k, fieldOf(v)]));
  return { kind: 'multipart', fields };
}

export interface CaseMeta {
  phase: Phase;
  purpose: 'positive' | 'negative';
  label: string;
  pointer?: string;
}

export function caseOf(model: OperationModel, draft: Draft, meta: CaseMeta): Case {
  const body = bodyOf(model, draft.body);
  return {
    operationId: model.operationId,
    phase: meta.phase,
    purpose: meta.purpose,
    label: meta.label,
    ...(Object.keys(draft.path).length ? { path: draft.path } : {}),
    ...(Object.keys(draft.query).length ? { query: draft.query } : {}),
    ...(body ? { body } : {}),
    ...(meta.purpose === 'negative' && meta.pointer !== undefined ? { pointer: meta.pointer } : {}),
  };
}
