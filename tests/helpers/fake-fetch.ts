interface Captured {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array;
  text: string;
  /** The body with one character per byte, for binary-safe multipart parsing. */
  latin1: string;
}

type Handler = (request: Captured, index: number) => Response | Promise<Response>;

/** A `fetch` that records each request it receives and answers with `handler`. */
export function recordingFetch(handler: Handler = () => ok({})) {
  const requests: Captured[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = new Uint8Array(await request.arrayBuffer());
    const captured = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body,
      text: new TextDecoder().decode(body),
      latin1: Buffer.from(body).toString('latin1'),
    };
    requests.push(captured);
    if (request.signal.aborted) throw request.signal.reason;
    return handler(captured, requests.length - 1);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const TOKEN = 'tok_SECRET_abc123';
export const BASE = 'https://api.example.test/client/v4';

export function ok(result: unknown, init: ResponseInit = {}): Response {
  return Response.json({ success: true, errors: [], messages: [], result }, init);
}

export function fail(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ success: false, errors: [{ code, message }], messages: [], result: null }, { status, headers });
}

export const image = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  filename: `${id}.png`,
  requireSignedURLs: false,
  uploaded: '2026-11-20T09:15:42.000Z',
  variants: [`https://imagedelivery.net/hash/${id}/public`],
  ...extra,
});

/** A 1x1 PNG. */
export const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);
