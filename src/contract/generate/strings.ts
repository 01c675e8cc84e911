// Strings that satisfy (or break) exactly the string keywords of a schema, built deterministically
// from a valid value: filled to a length with a character the pattern accepts, or changed by one
// character the pattern refuses.
import fc from 'fast-check';
import { codePoints, firstCodePoints, fitsString, regexOf, type FlatSchema } from '../schema/schema.js';

/** Text as people write it: mostly ASCII, some other scripts, a few astral characters (one code point each). */
export const codePoint: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 2, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }) },
    { weight: 1, arbitrary: fc.integer({ min: 0x1f300, max: 0x1faff }) },
  )
  .map((c) => String.fromCodePoint(c));

const FILLERS = ['a', '0', 'x', 'A', '1', '-', '_', ' '];
/** Characters that patterns commonly refuse, tried in order to break one. */
const ODD_CHARACTERS = ['-', '/', ' ', '!', '.', '%', 'é', '~', 'g', '0'];

/** `base` cut or filled (at the end) to exactly `length` code points, still matching the patterns; undefined if no filler works. */
export function stringOfLength(flat: FlatSchema, base: string, length: number): string | undefined {
  if (codePoints(base) >= length) {
    const cut = firstCodePoints(base, length);
    return flat.patterns.every((p) => regexOf(p).test(cut)) ? cut : undefined;
  }
  for (const filler of FILLERS) {
    const candidate = base + filler.repeat(length - codePoints(base));
    if (flat.patterns.every((p) => regexOf(p).test(candidate))) return candidate;
  }
  return undefined;
}

type Edit = 'append' | 'replaceLast' | 'prepend' | 'replaceFirst';
export interface Breaker {
  edit: Edit;
  character: string;
}

export function applyBreaker(value: string, { edit, character }: Breaker): string {
  const chars = [...value];
  switch (edit) {
    case 'append':
      return value + character;
    case 'prepend':
      return character + value;
    case 'replaceLast':
      return chars.slice(0, -1).join('') + character;
    default:
      return character + chars.slice(1).join('');
  }
}

const EDITS: Edit[] = ['replaceLast', 'append', 'replaceFirst', 'prepend'];
const breaksPatternOnly = (flat: FlatSchema, s: string) =>
  !flat.patterns.every((p) => regexOf(p).test(s)) && codePoints(s) >= (flat.minLength ?? 0) && codePoints(s) <= (flat.maxLength ?? Infinity);

/**
 * The one-character edits that make every one of `samples` (valid values) miss a pattern while
 * keeping its length valid; edits at the end come first, so a value keeps its prefix (the run tag).
 */
export function patternBreakers(flat: FlatSchema, samples: readonly string[]): Breaker[] {
  if (!flat.patterns.length || !samples.length) return [];
  const all = EDITS.flatMap((edit) => ODD_CHARACTERS.map((character) => ({ edit, character })));
  return all.filter((breaker) => samples.every((s) => breaksPatternOnly(flat, applyBreaker(s, breaker))));
}

/** A string outside `values` that otherwise fits the schema's string keywords: a differently cased or extended value. */
export function outsideOf(flat: FlatSchema, values: readonly unknown[]): string | undefined {
  const strings = values.filter((v): v is string => typeof v === 'string');
  const first = strings[0] ?? 'value';
  const candidates = [first.toUpperCase(), `${first}x`, `x${first}`, first.slice(0, -1), 'unknown'];
  return candidates.find((c) => !values.includes(c) && fitsString({ ...flat, minLength: flat.minLength ?? 0 }, c));
}

/** A short human rendering of a value for labels. */
export function preview(value: unknown): string {
  if (typeof value === 'string' && codePoints(value) > 40) return `a string of ${codePoints(value)} characters`;
  if (value && typeof value === 'object' && 'bytes' in value && (value as { bytes: unknown }).bytes instanceof Uint8Array) {
    const part = value as { contentType: string; bytes: Uint8Array };
    return `a ${part.bytes.byteLength}-byte ${part.contentType} file`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
