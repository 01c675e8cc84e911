/**
 * Serializes query parameters as the Images API expects: plain `key=value` pairs, and the
 * `meta` filter map (already in wire form, `{'meta.status[eq:string]': 'active'}`) spread into
 * top-level keys. Keys are sent as written (brackets and colons included); values are
 * percent-encoded except `|`, the API's list separator.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    pairs.push(`${encodeKey(key)}=${encodeURIComponent(String(value)).replace(/%7C/gi, '|')}`);
  };
  for (const [key, value] of Object.entries(query)) {
    if (key === 'meta' && value && typeof value === 'object') {
      for (const [filterKey, filterValue] of Object.entries(value)) add(filterKey, filterValue);
    } else {
      add(key, value);
    }
  }
  return pairs.join('&');
}

const encodeKey = (key: string) => encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%3A/gi, ':');
