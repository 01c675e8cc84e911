// identifiers: server-assigned image ids as 32 lowercase hex digits (the ImageId schema allows
// any; they are not UUIDs), and v2 continuation tokens in another wrapping: `ct1+` and the
// standard base64 of a JSON object (a `+` always, often `/` and `=`: a client must percent-encode it).
import { randomBytes } from 'node:crypto';
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
  summary: "image ids of 32 hex digits, not UUIDs; tokens 'ct1+' and standard base64 of JSON",
  install(hooks) {
    hooks.newImageId = () => randomBytes(16).toString('hex');
    hooks.pageTokens = { wrap, unwrap };
  },
};
