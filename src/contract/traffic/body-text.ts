// A JSON body's bytes as the checks read them, or why they cannot: JSON is UTF-8 (RFC 8259 §8.1),
// and nested no deeper than the bound (the checks walk it recursively). The one reading for
// request and response bodies, in the proxy and in check-har.
import { JsonTooDeep, jsonDepthExceeds } from '../../core/bounded.js';

export type JsonText = { text: string; unreadable?: undefined } | { text?: undefined; unreadable: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function jsonTextOf(bytes: Uint8Array, maxJsonDepth: number): JsonText {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { unreadable: 'the body is not valid UTF-8 (JSON must be)' };
  }
  return jsonDepthExceeds(text, maxJsonDepth) ? { unreadable: new JsonTooDeep(maxJsonDepth).message } : { text };
}
