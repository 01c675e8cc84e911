// HTTP plumbing of the proxy: which headers go through, and decoding a kept body's Content-Encoding
// (bounded: a small gzip can inflate to gigabytes). How a body is recorded: traffic/recorded-body.ts.
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from 'node:zlib';
import { BodyTooLarge } from '../../core/bounded.js';

/** Headers that belong to one connection, not to the message (RFC 9110 §7.6.1), plus Host (the upstream's own). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'expect',
]);

/** A message's raw header list (`[name, value, name, value, …]`) without hop-by-hop headers. */
export function endToEndHeaders(raw: readonly string[]): string[] {
  const listed = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === 'connection') raw[i + 1].split(',').forEach((n) => listed.add(n.trim().toLowerCase()));
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    if (!HOP_BY_HOP.has(name) && !listed.has(name)) out.push(raw[i], raw[i + 1]);
  }
  return out;
}

/** A raw header list as the object node:http's request() takes (a repeated name's values in order). */
export function headerObject(raw: readonly string[]): Record<string, string | string[]> {
  const out: Record<string, string[]> = {};
  const names = new Map<string, string>();
  for (const [name, value] of headerPairs(raw)) {
    const key = names.get(name.toLowerCase()) ?? name;
    names.set(name.toLowerCase(), key);
    (out[key] ??= []).push(value);
  }
  return Object.fromEntries(Object.entries(out).map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
}

/** `[name, value]` pairs of a raw header list, for the checker. */
export function headerPairs(raw: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

/** Lower-case name → values, from a raw header list. */
export function headerValues(raw: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of headerPairs(raw)) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  return out;
}

const DECODERS: Record<string, (input: Buffer, options: Pick<ZlibOptions, 'maxOutputLength'>) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** A body the proxy cannot decode. `unknownCoding`: a coding it does not know (the body is then unchecked, not wrong). */
export class UndecodableBodyError extends Error {
  constructor(
    message: string,
    readonly unknownCoding = false,
  ) {
    super(message);
  }
}

/**
 * The body without its Content-Encoding (as sent, the app gets the encoded bytes unchanged), at most
 * `maxBytes` decoded: zlib stops there (`BodyTooLarge`), so a bomb never inflates past the bound.
 */
export async function decodeBody(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new UndecodableBodyError(`the body's Content-Encoding ${coding} is not one the proxy decodes`, true);
    try {
      out = await decode(out, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new BodyTooLarge(maxBytes);
      throw new UndecodableBodyError(`the body is not valid ${coding}`);
    }
  }
  return out;
}
