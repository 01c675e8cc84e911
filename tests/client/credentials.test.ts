// A credential a header cannot carry fails at construction, naming the option and the problem,
// never the value; a header a middleware sets is not quoted in the error either.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createImagesClient, ImagesConfigError, ImagesError, type ImagesClientOptions } from '../../src/index.js';
import { ACCOUNT, BASE, ok, recordingFetch } from '../helpers/fake-fetch.js';

const SECRET = 'canarySECRET0123456789abcdef';

/** Every string reachable from an error: renderings, own properties (hidden ones too) and causes. */
function shown(error: unknown): string {
  const out = [String(error), inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error) ?? ''];
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') return void out.push(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Error) out.push(value.message, value.stack ?? '');
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value);
    }
  };
  walk(error);
  return out.join('\n');
}

const construct = (options: ImagesClientOptions): unknown => {
  try {
    createImagesClient({ accountId: ACCOUNT, baseUrl: BASE, fetch: recordingFetch().fetch, env: {}, ...options });
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('credentials a header cannot carry', () => {
  const cases: [string, ImagesClientOptions, string][] = [
    ['a line feed in the token', { apiToken: `${SECRET.slice(0, 11)}\n${SECRET.slice(11)}` }, 'apiToken contains a line feed at position 12'],
    [
      'a trailing newline (a token read from a file)',
      { apiToken: `${SECRET}\n` },
      `apiToken contains a line feed at position ${SECRET.length + 1} (the last character)`,
    ],
    [
      'a carriage return in the key',
      { apiEmail: 'me@example.com', apiKey: `${SECRET}\r\nX-Evil: 1` },
      `apiKey contains a carriage return at position ${SECRET.length + 1}`,
    ],
    [
      'a NUL in the key',
      { apiEmail: 'me@example.com', apiKey: `${SECRET}\0` },
      `apiKey contains a NUL character at position ${SECRET.length + 1} (the last character)`,
    ],
    ['a line feed in the e-mail', { apiEmail: `me@example.com\n${SECRET}`, apiKey: SECRET }, 'apiEmail contains a line feed at position 15'],
    ['a tab', { apiToken: `\t${SECRET}` }, 'apiToken contains a tab at position 1 (the first character)'],
    ['a space', { apiToken: `Bearer ${SECRET}` }, 'apiToken contains a space at position 7'],
    [
      'another control character',
      { apiToken: `${SECRET}\x1b` },
      `apiToken contains a control character (U+001B) at position ${SECRET.length + 1} (the last character)`,
    ],
    ['a character outside ASCII', { apiToken: `${SECRET}€` }, `apiToken contains a non-ASCII character at position ${SECRET.length + 1} (the last character)`],
    ['not a string', { apiToken: 12345 as unknown as string }, 'apiToken must be a string, got number'],
  ];

  it.each(cases)('%s: ImagesConfigError naming the option and the problem, never the value', (_name, options, message) => {
    const error = construct(options);
    expect(error).toBeInstanceOf(ImagesConfigError);
    expect((error as Error).message).toBe(message);
    expect(shown(error)).not.toContain(SECRET);
  });

  it('from the environment: the variable is named', () => {
    const error = construct({ env: { CLOUDFLARE_API_TOKEN: `${SECRET}\n` } } as ImagesClientOptions);
    expect((error as Error).message).toBe(`apiToken (from CLOUDFLARE_API_TOKEN) contains a line feed at position ${SECRET.length + 1} (the last character)`);
    const legacy = construct({ env: { CLOUDFLARE_EMAIL: 'me@example.com', CLOUDFLARE_API_KEY: `${SECRET}\r` } } as ImagesClientOptions);
    expect((legacy as Error).message).toBe(`apiKey (from CLOUDFLARE_API_KEY) contains a carriage return at position ${SECRET.length + 1} (the last character)`);
  });

  it('credentials that are not sent are not checked (a token takes precedence)', () => {
    expect(construct({ apiToken: SECRET, env: { CLOUDFLARE_EMAIL: 'x\ny', CLOUDFLARE_API_KEY: 'k\0' } })).toBeUndefined();
  });
});

describe('a header a middleware sets', () => {
  it.each([
    ['a Request rebuilt with a bad header', (request: Request) => new Request(request, { headers: { authorization: `Bearer ${SECRET}\r\nX-Evil: 1` } })],
    ['a bad header set on the Request', (request: Request) => void request.headers.set('x-auth-key', `${SECRET}\0`)],
  ])('%s: a typed error that does not quote its value', async (_name, onRequest) => {
    const recorder = recordingFetch(() => ok({}));
    const client = createImagesClient({
      accountId: ACCOUNT,
      apiToken: 'fine',
      baseUrl: BASE,
      fetch: recorder.fetch,
      env: {},
      middleware: [{ onRequest: ({ request }) => onRequest(request) }],
    });
    const error = await client.images.v1.get('abc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesError);
    expect((error as Error).message).toMatch(/invalid header value/);
    expect(shown(error)).not.toContain(SECRET);
    expect(recorder.requests).toHaveLength(0);
  });
});
