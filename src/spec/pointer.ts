// JSON pointers (RFC 6901): the one way every part of the project names a place in a request,
// a response or the spec.

export const escapePointerSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
export const unescapePointerSegment = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `['body', 'options', 'fit']` → `/body/options/fit`. */
export const pointerOf = (segments: readonly string[]) => segments.map((s) => `/${escapePointerSegment(s)}`).join('');

/** `/body/options/fit` → `['body', 'options', 'fit']`; `''` → `[]`. */
export const segmentsOf = (pointer: string) => (pointer ? pointer.split('/').slice(1).map(unescapePointerSegment) : []);

/** `/body/options/fit` → `body.options.fit` (for messages); `''` → `fallback`. */
export const dottedPath = (pointer: string, fallback = 'request') => segmentsOf(pointer).join('.') || fallback;

/** The value at a JSON pointer in `data` (own properties only), or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const key of segmentsOf(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The values at every place `pattern` names in `data` (own properties only), where a `*` segment is any key or index. */
export function valuesMatching(data: unknown, pattern: string): unknown[] {
  let nodes = [data];
  for (const segment of pattern ? pattern.split('/').slice(1) : []) {
    const key = unescapePointerSegment(segment);
    nodes = nodes.flatMap((node) => {
      if (node === null || typeof node !== 'object') return [];
      if (segment === '*') return Object.values(node);
      return Object.prototype.hasOwnProperty.call(node, key) ? [(node as Record<string, unknown>)[key]] : [];
    });
  }
  return nodes;
}

/** Whether `pointer` matches `pattern`, where a `*` segment of the pattern matches any one segment. */
export function pointerMatches(pattern: string, pointer: string): boolean {
  const want = pattern.split('/');
  const got = pointer.split('/');
  return want.length === got.length && want.every((segment, i) => segment === '*' || segment === got[i]);
}
