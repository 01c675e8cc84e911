// A HAR 1.2 recorder around fetch, as a browser's devtools records: every exchange the client
// makes becomes an entry (headers, credentials included, bodies as text, images as base64).
import type { HarEntry } from '../../src/contract/har/har-file.js';

const pairs = (headers: Headers) => [...headers].map(([name, value]) => ({ name, value }));
const isText = (type: string | null) => !!type && /json|text|multipart/.test(type);

export interface HarRecorder {
  fetch: typeof fetch;
  entries: HarEntry[];
  /** The whole file. */
  har(): string;
}

export function harRecorder(inner: typeof fetch = fetch): HarRecorder {
  const entries: HarEntry[] = [];
  const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const sent = new Uint8Array(await request.clone().arrayBuffer());
    const started = new Date();
    const response = await inner(request);
    const received = new Uint8Array(await response.clone().arrayBuffer());
    const type = response.headers.get('content-type');
    const requestType = request.headers.get('content-type');
    entries.push({
      startedDateTime: started.toISOString(),
      time: Date.now() - started.getTime(),
      request: {
        method: request.method,
        url: request.url,
        headers: pairs(request.headers),
        bodySize: sent.length,
        ...(sent.length
          ? {
              postData: {
                mimeType: requestType ?? '',
                text: Buffer.from(sent).toString(isText(requestType) ? 'utf8' : 'base64'),
                ...(isText(requestType) ? {} : { encoding: 'base64' }),
              },
            }
          : {}),
      },
      response: {
        status: response.status,
        headers: pairs(response.headers),
        content: {
          size: received.length,
          mimeType: type ?? '',
          ...(isText(type) ? { text: new TextDecoder().decode(received) } : { text: Buffer.from(received).toString('base64'), encoding: 'base64' }),
        },
      },
    });
    return response;
  }) as typeof fetch;
  return { fetch: recording, entries, har: () => JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } }) };
}
