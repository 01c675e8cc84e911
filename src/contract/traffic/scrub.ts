// The app's own credential values, kept out of what the report records of its exchange: a hostile
// or careless upstream can echo them (in a header, a field, a Location) and a violation would then
// quote them. Only the values of this exchange's request are known; they are never stored.
import { CREDENTIAL_HEADERS } from '../../spec/credentials.js';
import { REDACTED } from '../checks/redact.js';

/** Shorter values are left alone: replacing every `x` of a message would say nothing useful. */
const MIN_SECRET_LENGTH = 8;

/** The credential values a request carries (the token without its scheme, the key, the e-mail). */
function credentialValues(headers: ReadonlyMap<string, readonly string[]>): string[] {
  const values = [
    ...(headers.get(CREDENTIAL_HEADERS.token) ?? []).flatMap((v) => [v, v.replace(/^\S+\s+/, '')]),
    ...(headers.get(CREDENTIAL_HEADERS.key) ?? []),
    ...(headers.get(CREDENTIAL_HEADERS.email) ?? []),
  ];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
}

export interface Scrubber {
  text(text: string): string;
  /** The value, or REDACTED when its JSON holds a credential. */
  value(value: unknown): unknown;
}

export function scrubberFor(headers: ReadonlyMap<string, readonly string[]>): Scrubber {
  const secrets = credentialValues(headers);
  const holds = (text: string) => secrets.some((s) => text.includes(s));
  return {
    text: (text) => (holds(text) ? secrets.reduce((out, s) => out.split(s).join(REDACTED), text) : text),
    value: (value) => {
      if (value === undefined || secrets.length === 0) return value;
      return holds(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')) ? REDACTED : value;
    },
  };
}
