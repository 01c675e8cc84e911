// Test helpers for the local Images server: a started server, a spec-validating HTTP caller, image bytes.
import { deflateSync } from 'node:zlib';
import { afterEach, expect } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { validators, type ValidateFunction } from '../../generated/validators.js';
import { startImagesServer, type ImagesServer, type ImagesServerOptions } from '../../src/server/index.js';
import { crc32 } from '../../src/contract/schema/png.js';

const CF_RAY = /^[0-9a-f]{16}(-[A-Z]{3})?$/;
const byKey = validators as Record<string, ValidateFunction>;

/** Asserts a JSON body matches the spec for the operation and status (exact status, else its range). */
export function expectMatchesSpec(operationId: OperationId, status: number, body: unknown): void {
  const key = [`${operationId}.response.${status}`, `${operationId}.response.${String(status)[0]}XX`].find((k) => byKey[k]);
  expect(key, `${operationId} documents no JSON response for ${status}`).toBeDefined();
  const validate = byKey[key!];
  expect(validate(body), `${key}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(body)}`).toBe(true);
}

export function expectSchema(name: 'ImageEnvelope' | 'Failure', body: unknown): void {
  const validate = byKey[`schema.${name}`];
  expect(validate(body), `schema.${name}: ${JSON.stringify(validate.errors)} in ${JSON.stringify(body)}`).toBe(true);
}

export interface CallOptions {
  query?: Record<string, string | number | boolean> | [string, string][];
  /** A FormData (multipart), a string (sent as is) or any other value (sent as JSON). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Default: the bearer token. `false`: no credentials. */
  auth?: false | Record<string, string>;
  accountId?: string;
}

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  json: T;
  bytes: Uint8Array;
}

export interface TestServer {
  server: ImagesServer;
  clock: { now: number };
  /** Calls the operation at `images/<path>` and validates the response against the spec. */
  call<T = any>(operationId: OperationId, path: string, options?: CallOptions): Promise<Reply<T>>;
  upload(fields?: Record<string, string | Blob>, file?: Bytes | null, filename?: string): Promise<Reply>;
}

export const TOKEN = 'test-token';
const started: ImagesServer[] = [];

afterEach(async () => {
  const servers = started.splice(0);
  for (const server of servers) {
    expect(server.selfCheckViolations, 'the server sent responses that do not match the spec').toEqual([]);
    await server.close();
  }
});

/** Starts a server on 127.0.0.1:0 with self-check on and a controllable clock; it is closed after the test. */
export async function startTestServer(options: ImagesServerOptions = {}): Promise<TestServer> {
  const clock = { now: Date.parse('2030-01-01T00:00:00.000Z') };
  const server = await startImagesServer({ port: 0, host: '127.0.0.1', apiToken: TOKEN, selfCheck: true, now: () => clock.now, ...options });
  started.push(server);

  async function call(operationId: OperationId, path: string, options: CallOptions = {}): Promise<Reply> {
    const url = new URL(`${server.baseUrl}/accounts/${options.accountId ?? server.accountId}/images/${path}`);
    const query = Array.isArray(options.query) ? options.query : Object.entries(options.query ?? {}).map(([k, v]) => [k, String(v)]);
    for (const [k, v] of query) url.searchParams.append(k, v);
    const headers: Record<string, string> = { ...(options.auth === false ? {} : (options.auth ?? { authorization: `Bearer ${TOKEN}` })), ...options.headers };
    let body: BodyInit | undefined;
    if (options.body instanceof FormData || typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(url, { method: operations[operationId].method, headers, body });
    return readReply(response, (json, status) => expectMatchesSpec(operationId, status, json));
  }

  async function upload(fields: Record<string, string | Blob> = {}, file: Bytes | null = png(2, 2), filename = 'image.png') {
    const form = new FormData();
    if (file) form.append('file', new Blob([file]), filename);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return call('uploadImage', 'v1', { body: form });
  }

  return { server, clock, call, upload };
}

/** Reads a response; JSON bodies are parsed and checked with `check`; every response must carry a cf-ray. */
export async function readReply(response: Response, check: (json: unknown, status: number) => void): Promise<Reply> {
  expect(response.headers.get('cf-ray')).toMatch(CF_RAY);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let json: any;
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    json = JSON.parse(new TextDecoder().decode(bytes));
    check(json, response.status);
  }
  return { status: response.status, headers: response.headers, json, bytes };
}

export function expectFailure(reply: Reply, status: number, code?: number, message?: string | RegExp): void {
  expect(reply.status, JSON.stringify(reply.json)).toBe(status);
  expect(reply.json.success).toBe(false);
  expect(reply.json.result).toBeNull();
  if (code !== undefined) expect(reply.json.errors[0].code).toBe(code);
  if (typeof message === 'string') expect(reply.json.errors[0].message).toBe(message);
  else if (message) expect(reply.json.errors[0].message).toMatch(message);
}

// ---- image bytes ----

/** Bytes backed by a plain ArrayBuffer (what Blob and fetch bodies accept). */
export type Bytes = Uint8Array<ArrayBuffer>;

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return chunk('IHDR', data);
}

/** A complete, decodable RGB PNG of `width`x`height` (keep it small); `seed` varies the pixels. */
export function png(width: number, height: number, seed = 0): Bytes {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (width * 3 + 1) === 0 ? 0 : (i * 31 + seed * 7) & 0xff;
  return new Uint8Array(Buffer.concat([PNG_SIGNATURE, ihdr(width, height), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]));
}

/** Just a PNG signature and IHDR claiming `width`x`height` (what image-size reads), padded to `size` bytes. */
export function pngHeader(width: number, height: number, size = 0): Bytes {
  const head = Buffer.concat([PNG_SIGNATURE, ihdr(width, height)]);
  const out = new Uint8Array(Math.max(size, head.length));
  out.set(head);
  return out;
}

export const svg = (attrs = ''): Bytes => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"${attrs}><rect width="1" height="1"/></svg>`);
