// A fact the code reads from the spec (a limit, a pattern, an extension's value), by JSON pointer:
// a spec that no longer states it is a SpecFactMissing naming the pointer, never a TypeError from
// reading a property of undefined.
import { resolveRef, spec, type Json } from './document.js';
import { unescapePointerSegment } from './pointer.js';

export class SpecFactMissing extends Error {
  override name = 'SpecFactMissing';
  constructor(
    /** Where the code expected it: `/components/schemas/Image/properties/filename/maxLength`. */
    readonly pointer: string,
    /** What it must be: `an integer`. */
    readonly expected: string,
  ) {
    super(`the spec does not state ${pointer} (${expected}), which the code reads: restore it in openapi/images.yaml and run npm run generate`);
  }
}

/** The value at `pointer` in the bundled spec, `$ref`s followed on the way; SpecFactMissing when it is absent or not what `is` expects. */
export function specFact<T>(pointer: string, is: (value: unknown) => value is T, expected: string): T {
  let node: Json = spec;
  for (const segment of pointer.split('/').slice(1).map(unescapePointerSegment)) {
    node = resolveRef(node);
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) throw new SpecFactMissing(pointer, expected);
    node = node[segment];
  }
  const value = resolveRef(node);
  if (!is(value)) throw new SpecFactMissing(pointer, expected);
  return value;
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);

/** An integer the spec states (a `maxLength`, a `maxProperties`). */
export const specInteger = (pointer: string): number => specFact(pointer, isInteger, 'an integer');
