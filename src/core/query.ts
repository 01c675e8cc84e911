/**
 * Serializes query parameters as the Images API expects: plain `key=value` pairs, and the
 * `meta` filter map (already in wire form, `{'meta.status[eq:string]': 'active'}`) spread into
 * top-level keys. Keys are sent as written (brackets and colons included); values are
 * percent-encoded except `|`, the API's list separator. Runs on every request: no closures.
 */
export function serializeQuery(query: Record<string, unknown> | undefined): string {
  let search = '';
  for (const key in query) {
    const value = query[key];
    if (key === 'meta' && value && typeof value === 'object') {
      for (const filterKey in value) search = append(search, filterKey, (value as Record<string, unknown>)[filterKey]);
    } else {
      search = append(search, key, value);
    }
  }
  return search;
}

function append(search: string, key: string, value: unknown): string {
  if (value === undefined || value === null) return search;
  const pair = `${encodeKey(key)}=${encodeURIComponent(String(value)).replace(/%7C/gi, '|')}`;
  return search ? `${search}&${pair}` : pair;
}

const encodeKey = (key: string) => encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%3A/gi, ':');
