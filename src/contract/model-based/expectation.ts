// What the reference model predicts of one answer, as data: a class of statuses and facts about
// the body. Data, so that the same prediction is judged in the run and, in the shell script a
// failure prints, by the very same function (`judgeAnswer` is self-contained: the script embeds
// its source).
import type { CheckName, SpecSource } from '../checks/registry.js';

/**
 * A fact about an answer. Statuses come as classes, never as one code where the spec documents
 * several: `refused` is a 4xx other than 401, 403 and 429 (those speak of credentials and the
 * rate limit, not of what was asked); `4xx` is any (URLs outside the API document none).
 */
export type Fact =
  | { kind: 'status'; is: '2xx' | 'refused' | '4xx' }
  /**
   * The JSON value at `pointer` equals `value` (key order free; `undefined`: absent). When it is
   * absent, `absentMeans` is compared instead (a default), or with `ifPresent` nothing is.
   */
  | { kind: 'equals'; pointer: string; value: unknown; absentMeans?: unknown; ifPresent?: boolean }
  /** The value at `pointer` is a string none of `values`. */
  | { kind: 'none-of'; pointer: string; values: readonly string[] }
  /** The object at `pointer` has at least these properties with these values (more are allowed). */
  | { kind: 'has'; pointer: string; value: Record<string, unknown> }
  /** The array at `pointer` holds an element whose `by` is each of `include`, and none whose `by` is one of `exclude`. */
  | { kind: 'members'; pointer: string; by: string; include: readonly string[]; exclude: readonly string[] }
  /** The object at `pointer` has each key of `include` and none of `exclude`. */
  | { kind: 'keys'; pointer: string; include: readonly string[]; exclude: readonly string[] }
  /** The number at `pointer` is within [min, max]. */
  | { kind: 'between'; pointer: string; min: number; max: number }
  /** The body is these bytes (base64) with an `image/` media type. */
  | { kind: 'bytes'; base64: string }
  /** The body is an image: an `image/` media type and at least one byte. */
  | { kind: 'image' };

export interface Expectation {
  check: CheckName;
  /** The spec statements it enforces (quoted in a failure). */
  sources: readonly SpecSource[];
  /** What must hold, in words. */
  says: string;
  facts: readonly Fact[];
  /** A read whose answer may lag a write (lists, stats): retried within the settle window. */
  settles?: boolean;
}

/** An answer as the judge sees it: the status, the media type, the body as JSON (when it is) and as base64. */
export interface JudgedAnswer {
  status: number;
  contentType: string;
  json: unknown;
  base64: string;
}

/**
 * The first fact an answer breaks, in words; undefined when it keeps them all. Self-contained
 * (no imports, no closures): the failure scripts embed this function's source.
 */
export function judgeAnswer(facts: readonly Fact[], answer: JudgedAnswer): string | undefined {
  const at = (pointer: string): unknown => {
    let node: unknown = answer.json;
    for (const raw of pointer ? pointer.split('/').slice(1) : []) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  };
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 200));
  const isImage = answer.contentType.toLowerCase().startsWith('image/');
  for (const fact of facts) {
    switch (fact.kind) {
      case 'status': {
        const s = answer.status;
        const ok = fact.is === '2xx' ? s >= 200 && s < 300 : s >= 400 && s < 500 && (fact.is === '4xx' || (s !== 401 && s !== 403 && s !== 429));
        const due = fact.is === '2xx' ? 'a 2xx' : fact.is === '4xx' ? 'a 4xx' : 'a refusal (a 4xx other than 401/403/429)';
        if (!ok) return `answered HTTP ${s} where ${due} is due`;
        break;
      }
      case 'equals': {
        const got = at(fact.pointer);
        if (got === undefined && fact.ifPresent) break;
        const shown = got === undefined && 'absentMeans' in fact ? fact.absentMeans : got;
        if (!same(shown, fact.value)) return `${fact.pointer} is ${show(got)}, not ${show(fact.value)}`;
        break;
      }
      case 'none-of': {
        const got = at(fact.pointer);
        if (typeof got !== 'string' || fact.values.includes(got)) return `${fact.pointer} is ${show(got)}, not a new value`;
        break;
      }
      case 'has': {
        const got = at(fact.pointer) as Record<string, unknown> | undefined;
        for (const [key, value] of Object.entries(fact.value)) {
          const shown = got && typeof got === 'object' ? got[key] : undefined;
          if (!same(shown, value)) return `${fact.pointer}/${key} is ${show(shown)}, not ${show(value)}`;
        }
        break;
      }
      case 'members': {
        const list = at(fact.pointer);
        const keys = Array.isArray(list) ? list.map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>)[fact.by] : undefined)) : [];
        if (!Array.isArray(list)) return `${fact.pointer} is ${show(list)}, not a list`;
        const missing = fact.include.filter((k) => !keys.includes(k));
        if (missing.length) return `${fact.pointer} lacks ${missing.join(', ')}`;
        const extra = fact.exclude.filter((k) => keys.includes(k));
        if (extra.length) return `${fact.pointer} still holds ${extra.join(', ')}`;
        break;
      }
      case 'keys': {
        const map = at(fact.pointer);
        if (!map || typeof map !== 'object') return `${fact.pointer} is ${show(map)}, not an object`;
        const missing = fact.include.filter((k) => !Object.prototype.hasOwnProperty.call(map, k));
        if (missing.length) return `${fact.pointer} lacks ${missing.join(', ')}`;
        const extra = fact.exclude.filter((k) => Object.prototype.hasOwnProperty.call(map, k));
        if (extra.length) return `${fact.pointer} still holds ${extra.join(', ')}`;
        break;
      }
      case 'between': {
        const n = at(fact.pointer);
        if (typeof n !== 'number' || n < fact.min || n > fact.max)
          return `${fact.pointer} is ${show(n)}, not ${fact.min === fact.max ? fact.min : `within ${fact.min}–${fact.max}`}`;
        break;
      }
      case 'bytes':
        if (!isImage || answer.base64 !== fact.base64)
          return `the body is not the uploaded bytes (${answer.contentType || 'no media type'}, base64 ${answer.base64.slice(0, 24)}…)`;
        break;
      case 'image':
        if (!isImage || answer.base64 === '')
          return `the body is not an image (${answer.contentType || 'no media type'}, ${answer.base64 ? 'some' : 'no'} bytes)`;
        break;
    }
  }
  return undefined;
}
