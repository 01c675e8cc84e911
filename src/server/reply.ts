// What a handler answers, and how it goes on the wire.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export type Reply =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Uint8Array; contentType: string; headers?: Record<string, string> };

export const ok = (json: unknown): Reply => ({ status: 200, json });

/** CORS for what browsers fetch cross-origin without credentials: delivery URLs and one-time upload URLs. */
export const CORS_ANY_ORIGIN = { 'access-control-allow-origin': '*' } as const;

/**
 * On every response that carries an uploaded file's bytes (delivery, the blob). The bytes are served as uploaded, an
 * SVG with its scripts too (Cloudflare sanitizes SVGs; this server keeps the original): opened from this origin, such
 * a file runs nothing and loads nothing (no script, handler or `javascript:` URL; `sandbox`: an opaque origin even so),
 * and is never sniffed as another type. An `<img>` ignores both headers.
 */
export const UPLOADED_BYTES_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'x-content-type-options': 'nosniff',
} as const;

/** A Cloudflare-style ray id matching the spec's `^[0-9a-f]{16}(-[A-Z]{3})?$`: `-LCL` marks the local server. */
export function newRayId(): string {
  return `${randomBytes(8).toString('hex')}-LCL`;
}

/** How replies go on the wire unless a variation says otherwise: compact JSON, lower-case header names. */
/** How a reply goes on the wire: JSON text and header-name case. */
export interface Wire {
  stringify(json: unknown): string;
  headerName(name: string): string;
}

const PLAIN_WIRE: Wire = { stringify: (json) => JSON.stringify(json), headerName: (name) => name };

export function writeReply(res: ServerResponse, reply: Reply, head = false, wire: Wire = PLAIN_WIRE): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  let payload: Uint8Array;
  if ('json' in reply) {
    payload = Buffer.from(wire.stringify(reply.json));
    headers['content-type'] = 'application/json; charset=utf-8';
  } else {
    payload = reply.bytes;
    headers['content-type'] = reply.contentType;
  }
  headers['content-length'] = payload.byteLength;
  // Headers set before (cf-ray) are sent under the name last given.
  for (const name of res.getHeaderNames()) res.setHeader(wire.headerName(name), res.getHeader(name)!);
  res.writeHead(reply.status, Object.fromEntries(Object.entries(headers).map(([name, value]) => [wire.headerName(name), value])));
  res.end(head ? undefined : payload);
}
