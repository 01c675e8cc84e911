// Query strings as the spec's parameters are serialized on the wire: OpenAPI's default for query
// parameters (style form, explode true) — a scalar is `key=value`, an array repeats its key, an
// object spreads into its own keys (the v2 metadata filters). Keys keep `[`, `]` and `:` as written;
// values are percent-encoded except the list separator the spec's filter grammar names (`|`), which
// the API reads as written. Runs on every client request: plain loops, no closures.
import { facts } from '../../generated/operations.js';

const SEPARATOR = facts.metadataFilters.listSeparator;
const ENCODED_SEPARATOR = new RegExp(encodeURIComponent(SEPARATOR), 'gi');

const encodeKey = (key: string) => encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%3A/gi, ':');
const encodeValue = (value: unknown) =>
  encodeURIComponent(typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)).replace(
    ENCODED_SEPARATOR,
    SEPARATOR,
  );

function append(search: string, key: string, value: unknown): string {
  if (value === undefined || value === null) return search;
  const pair = `${encodeKey(key)}=${encodeValue(value)}`;
  return search ? `${search}&${pair}` : pair;
}

export function serializeQuery(query: Record<string, unknown> | undefined): string {
  let search = '';
  for (const key in query) {
    const value = query[key];
    if (Array.isArray(value)) {
      for (const item of value) search = append(search, key, item);
    } else if (value && typeof value === 'object') {
      for (const inner in value) search = append(search, inner, (value as Record<string, unknown>)[inner]);
    } else {
      search = append(search, key, value);
    }
  }
  return search;
}
