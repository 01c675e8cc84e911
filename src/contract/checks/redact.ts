// Secrets never leave the checker: the values the spec marks `x-cf-secret` (signing key values,
// `result.keys[].value`) are replaced before a value is put into a violation. Request headers
// (Authorization, X-Auth-Key, X-Auth-Email) are never an input of the checker in the first place.
// Runtime-neutral.
import { facts } from '../../../generated/operations.js';
import { escapePointerSegment, pointerMatches, valuesMatching } from '../../spec/pointer.js';

export const REDACTED = '[redacted]';

/** Whether a JSON pointer (into a response body) holds a value the spec marks as a secret. */
export function isSecretPointer(pointer: string): boolean {
  return facts.secretPointers.some((pattern) => pointerMatches(pattern, pointer));
}

/** The strings a response body holds at the spec's secret pointers: read there, the rest of the body is not walked. */
export const secretStrings = (body: unknown): string[] =>
  facts.secretPointers.flatMap((pattern) => valuesMatching(body, pattern)).filter((value): value is string => typeof value === 'string');

/**
 * `value`, found at `pointer` of a response body, with every secret inside it replaced by
 * `[redacted]`. Returns a copy when something was replaced; never mutates `value`.
 */
export function redactValue(value: unknown, pointer = ''): unknown {
  if (isSecretPointer(pointer)) return value === undefined ? undefined : REDACTED;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item, i) => {
      const next = redactValue(item, `${pointer}/${i}`);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const next = redactValue(item, `${pointer}/${escapePointerSegment(key)}`);
    if (next !== item) changed = true;
    out[key] = next;
  }
  return changed ? out : value;
}

/**
 * Signing key values in raw (possibly malformed) JSON text, replaced: quoted values, values cut off
 * before their closing quote (a truncated body), and unquoted values. A last line of defence only:
 * the checker never copies the text of a body it cannot parse into a violation.
 */
export function redactText(text: string): string {
  return text.replace(/("value"\s*:\s*)(?:"(?:[^"\\]|\\.)*(?:"|\\?$)|[^\s,}\]]+)/g, `$1"${REDACTED}"`);
}
