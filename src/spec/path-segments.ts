// A path parameter whose value may hold `/` (a custom image ID `products/sku-1/front`) travels
// as several path segments: each part percent-encoded, the `/` between them kept.

/** The value as URL path segments: `a b/c` → `a%20b/c`. */
export const encodeSegments = (value: string) => value.split('/').map(encodeURIComponent).join('/');

/** The value of raw path segments (`a%20b/c` → `a b/c`); undefined when a segment is not valid percent-encoding. */
export function decodeSegments(raw: string): string | undefined {
  try {
    return raw.split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
}
