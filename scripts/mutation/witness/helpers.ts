// What a witness needs: raw requests to a server (no client-side validation: a witness may send
// what the typed client would refuse), uploads, direct uploads and signed delivery URLs.
import { randomUUID } from 'node:crypto';
import { signImageUrl } from '../../../src/signing.js';

export interface Target {
  baseUrl: string;
  accountId: string;
  apiToken: string;
  apiEmail: string;
  apiKey: string;
  /** The server's clock (ms since the epoch): the wall clock, plus how far it was moved. */
  now(): number;
  /** Moves the server's clock ahead (it never goes back): a witness of a time-based rule does not wait. */
  advanceClock(ms: number): Promise<void>;
}

/**
 * A witness: requests that show one mutant's bug. It returns what it observed (a status, a
 * count, a header); the mutant is witnessed when the unmutated server observes something else.
 */
export type Witness = (t: Target) => Promise<unknown>;

export interface Answer {
  status: number;
  headers: Headers;
  /** The body parsed as JSON (undefined when it is not): a witness reads whatever came back. */
  json: any;
}

export interface CallOptions {
  body?: unknown;
  /** Replaces the credentials (`{}` for none). */
  headers?: Record<string, string>;
  /** Another account id for the path. */
  accountId?: string;
}

/** `method` of `/accounts/<id><path>` under the API (or an absolute URL), with the run's token. */
export async function call(t: Target, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const url = /^https?:/.test(path) ? path : `${t.baseUrl}/accounts/${options.accountId ?? t.accountId}${path}`;
  const { body } = options;
  const headers: Record<string, string> = options.headers ?? { authorization: `Bearer ${t.apiToken}` };
  let payload: BodyInit | undefined;
  if (body instanceof FormData || typeof body === 'string') payload = body;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(url, { method, headers, body: payload });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json };
}

/** A PNG header claiming `width` × `height` (enough for the type sniffer and the size reader). */
export function pngOfSize(width: number, height: number, totalBytes = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(totalBytes, 33));
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

const PIXEL = pngOfSize(1, 1);

/** A multipart upload form: a file part (unless `file: null`) and text fields. */
function uploadForm(fields: Record<string, string> = {}, file: Uint8Array<ArrayBuffer> | null = PIXEL, filename = 'w.png'): FormData {
  const form = new FormData();
  if (file) form.append('file', new Blob([file], { type: 'image/png' }), filename);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

export const upload = (t: Target, fields: Record<string, string> = {}, file: Uint8Array<ArrayBuffer> | null = PIXEL) =>
  call(t, 'POST', '/images/v1', { body: uploadForm(fields, file) });

/** Uploads and returns the image (throws when refused: the witness's set-up must work on the real server). */
export async function uploaded(t: Target, fields: Record<string, string> = {}): Promise<{ id: string; variants: string[] }> {
  const answer = await upload(t, fields);
  if (answer.status !== 200) throw new Error(`witness set-up: the upload was refused (HTTP ${answer.status})`);
  return answer.json.result;
}

/** A tag that keeps a witness's images apart from the others' on a shared server. */
export const tag = () => `w${randomUUID().slice(0, 8)}`;

export async function directUpload(t: Target, fields: Record<string, string> = { metadata: '{}' }): Promise<{ id: string; uploadURL: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const answer = await call(t, 'POST', '/images/v2/direct_upload', { body: form });
  if (answer.status !== 200) throw new Error(`witness set-up: the direct upload was refused (HTTP ${answer.status})`);
  return answer.json.result;
}

/** The file posted to a one-time upload URL, without credentials; its status. */
export async function postToUploadUrl(uploadURL: string): Promise<number> {
  const response = await fetch(uploadURL, { method: 'POST', body: uploadForm() });
  await response.arrayBuffer();
  return response.status;
}

export async function status(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

/** A delivery URL signed with the account's first key (expiry in Unix seconds, default in an hour). */
export async function signed(t: Target, url: string, expiresAt = Math.floor(Date.now() / 1000) + 3600): Promise<string> {
  const key = (await call(t, 'GET', '/images/v1/keys')).json.result.keys[0].value as string;
  return signImageUrl({ url, key, expiresAt });
}

export const variant = (id: string, neverRequireSignedURLs = false) => ({
  id,
  options: { fit: 'cover', metadata: 'none', width: 10, height: 10 },
  neverRequireSignedURLs,
});

/** Ids of a v2 listing (query string as given). */
export async function v2Ids(t: Target, query: string): Promise<string[]> {
  const answer = await call(t, 'GET', `/images/v2?${query}`);
  return answer.status === 200 ? answer.json.result.images.map((i: { id: string }) => i.id) : [`HTTP ${answer.status}`];
}
