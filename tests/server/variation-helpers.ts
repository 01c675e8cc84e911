// Test helpers for the server's variations: a started server with variations, and callers that
// hold every answer to the spec with the contract checker (status, content type, body, headers)
// without assuming any of the choices a variation changes (a cf-ray, a key order).
import { expect } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { checkResponse } from '../../src/contract/checks/check-response.js';
import type { ImagesServerOptions } from '../../src/server/index.js';
import { expectSchema, png, startTestServer, TOKEN, type Bytes, type CallOptions, type TestServer } from './helpers.js';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
  json: any;
}

export interface VariedServer extends TestServer {
  /** Calls the operation at `images/<path>`; the answer must pass every response check of the contract checker. */
  api(operationId: OperationId, path: string, options?: CallOptions): Promise<Answer>;
  /** Uploads a PNG (`image.png`) with these form fields; must answer 200. */
  uploaded(fields?: Record<string, string>): Promise<any>;
  /** A URL outside the API (delivery, or an upload URL when POSTed to); a JSON body must be an ImageEnvelope (a 2xx of an upload URL) or a Failure. */
  outside(url: string, init?: RequestInit): Promise<Answer>;
}

async function answerOf(response: Response): Promise<Answer> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const json = response.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, text, bytes, json };
}

export async function startVaried(variations: string[], options: ImagesServerOptions = {}): Promise<VariedServer> {
  const t = await startTestServer({ variations, ...options });

  async function api(operationId: OperationId, path: string, options: CallOptions = {}): Promise<Answer> {
    const url = new URL(`${t.server.baseUrl}/accounts/${options.accountId ?? t.server.accountId}/images/${path}`);
    const query = Array.isArray(options.query) ? options.query : Object.entries(options.query ?? {}).map(([k, v]) => [k, String(v)]);
    for (const [k, v] of query) url.searchParams.append(k, v);
    const headers: Record<string, string> = { ...(options.auth === false ? {} : (options.auth ?? { authorization: `Bearer ${TOKEN}` })), ...options.headers };
    let body: BodyInit | undefined;
    if (options.body instanceof FormData || typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const method = operations[operationId].method;
    const answer = await answerOf(await fetch(url, { method, headers, body }));
    const violations = checkResponse({
      operationId,
      method,
      url: url.href,
      status: answer.status,
      headers: answer.headers,
      rawBodyText: answer.json === undefined ? undefined : answer.text,
      bytes: answer.bytes,
    });
    expect(violations, `${operationId} ${answer.status}: ${answer.text.slice(0, 500)}`).toEqual([]);
    return answer;
  }

  async function uploaded(fields: Record<string, string> = {}) {
    const form = new FormData();
    form.append('file', new Blob([png(2, 2) as Bytes]), 'image.png');
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const answer = await api('uploadImage', 'v1', { body: form });
    expect(answer.status, answer.text).toBe(200);
    return answer.json.result;
  }

  async function outside(url: string, init?: RequestInit): Promise<Answer> {
    const answer = await answerOf(await fetch(url, init));
    if (answer.json !== undefined) expectSchema(answer.status < 400 && init?.method === 'POST' ? 'ImageEnvelope' : 'Failure', answer.json);
    return answer;
  }

  return { ...t, api, uploaded, outside };
}

/** A one-time upload URL's POST of a 2x2 PNG, as a browser sends it (no credentials). */
export const fileForm = (): FormData => {
  const form = new FormData();
  form.append('file', new Blob([png(2, 2) as Bytes], { type: 'image/png' }), 'browser.png');
  return form;
};

export const form = (fields: Record<string, string>): FormData => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
