// identifiers: server-assigned image ids as upper-case UUIDs of another version (ImageUuid allows
// either case and any version: they are still told apart from custom ids), and v2 continuation
// tokens in another wrapping: `ct1+` and the standard base64 of a JSON object (a `+` always, often
// `/` and `=`: a client must percent-encode it).
import { randomBytes } from 'node:crypto';

/** A UUID in upper case whose version digit is 8 (RFC 9562's custom version). */
function upperUuid(): string {
  const hex = randomBytes(16).toString('hex').toUpperCase().split('');
  hex[12] = '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
import type { Variation } from './variation.js';

const PREFIX = 'ct1+';

function wrap(token: string): string {
  return PREFIX + Buffer.from(JSON.stringify({ v: 1, cursor: token })).toString('base64');
}

function unwrap(token: string): string | undefined {
  if (!token.startsWith(PREFIX) || !/^[A-Za-z0-9+/]+={0,2}$/.test(token.slice(PREFIX.length))) return undefined;
  try {
    const value = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64').toString('utf8'));
    return value?.v === 1 && typeof value.cursor === 'string' ? value.cursor : undefined;
  } catch {
    return undefined;
  }
}

export const identifiers: Variation = {
  name: 'identifiers',
  exercises: 'open:identifiers',
  summary: "image ids as upper-case UUIDs (version 8); tokens 'ct1+' and standard base64 of JSON",
  install(hooks) {
    hooks.newImageId = upperUuid;
    hooks.pageTokens = { wrap, unwrap };
  },
};
