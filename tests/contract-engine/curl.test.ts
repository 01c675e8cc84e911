import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlFor, requestRecord, type CurlRequest } from '../../src/contract/engine/curl.js';
import { authHeaders, MALFORMED_SCHEME, ownCredentialHeaders, wrongLike } from '../../src/contract/engine/request.js';

// The reproduction is run by a POSIX shell with `curl` standing for a function that prints its arguments.
const argumentsOf = (command: string) =>
  execFileSync('sh', ['-c', `curl() { for a in "$@"; do printf '%s\\n' "$a"; done; }\n${command}`], {
    env: { PATH: process.env.PATH, CLOUDFLARE_API_TOKEN: 'from-env' },
  })
    .toString()
    .trimEnd()
    .split('\n');

describe('curl reproductions', () => {
  it('are built when a report reads one, once, and serialise like a written line', () => {
    let built = 0;
    const request: CurlRequest = { method: 'GET', url: 'http://127.0.0.1:1/x', headers: {}, ownCredentials: false };
    const record = requestRecord('GET', '/x', {
      ...request,
      get headers() {
        built++;
        return {};
      },
    });
    expect(built).toBe(0);
    expect(record.curl).toBe(curlFor(request));
    expect(record.curl).toBe(curlFor(request));
    expect(built).toBe(1);
    expect(JSON.parse(JSON.stringify(record))).toEqual({ method: 'GET', path: '/x', curl: curlFor(request) });
  });

  it('quote every value for the shell, quotes and spaces included', () => {
    const command = curlFor({
      method: 'PATCH',
      url: "http://127.0.0.1:1/it's here",
      headers: { 'x-note': `o'k "fine" $HOME` },
      ownCredentials: false,
      body: new TextEncoder().encode(`{"creator":"o'brien"}`),
    });
    expect(argumentsOf(command)).toEqual([
      '-sS',
      '--globoff',
      '-X',
      'PATCH',
      '-H',
      `x-note: o'k "fine" $HOME`,
      '--data-binary',
      `{"creator":"o'brien"}`,
      "http://127.0.0.1:1/it's here",
    ]);
  });

  it("show the run's own token as $CLOUDFLARE_API_TOKEN, expanded by the shell", () => {
    const command = curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers: { authorization: 'Bearer secret-value' }, ownCredentials: true });
    expect(command).not.toContain('secret-value');
    expect(argumentsOf(command)).toContain('authorization: Bearer from-env');
  });

  it("shows only the headers that carry the run's own values as variables: the real key of the wrong-e-mail probe, not its e-mail", () => {
    const credentials = { apiEmail: 'me@example.test', apiKey: 'real-key-0123456789' };
    const headers = authHeaders('wrong-email', credentials);
    const command = curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers, ownCredentials: ownCredentialHeaders('wrong-email', credentials) });
    expect(command).not.toContain(credentials.apiKey);
    expect(command).toContain('"x-auth-key: $CLOUDFLARE_API_KEY"');
    expect(command).toContain(`'x-auth-email: ${headers['x-auth-email']}'`);
    const pair = curlFor({
      method: 'GET',
      url: 'http://127.0.0.1:1/x',
      headers: authHeaders('key-pair', credentials),
      ownCredentials: ownCredentialHeaders('key-pair', credentials),
    });
    expect(pair).toContain('"x-auth-email: $CLOUDFLARE_EMAIL" -H "x-auth-key: $CLOUDFLARE_API_KEY"');
  });
});

describe("the run's own Authorization value in a reproduction", () => {
  const shown = (value: string, authorizationScheme?: string) =>
    curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers: { authorization: value }, ownCredentials: true, authorizationScheme });

  it.each([
    ['a value without a scheme but with a space', 'abc def'],
    ['a scheme the spec does not name', 'Basic dXNlcjpwYXNz'],
    ['no space at all', 'abcdef0123'],
    ['a first word that only looks like a scheme', 'Token abc'],
  ])('shows none of it, not even its first word: %s', (_what, value) => {
    const command = shown(value);
    for (const word of value.split(' ')) expect(command).not.toContain(word);
    expect(argumentsOf(command)).toContain('authorization: from-env');
  });

  it("keeps the spec's scheme (securitySchemes: bearer), and a scheme the run itself put before its token", () => {
    expect(argumentsOf(shown('Bearer abc def'))).toContain('authorization: Bearer from-env');
    expect(shown('Bearer abc def')).not.toMatch(/abc|def/);
    expect(argumentsOf(shown('Token abc def', 'Token'))).toContain('authorization: Token from-env');
    // The malformed-scheme probe's reproduction is built that way.
    const headers = authHeaders('malformed-scheme', { apiToken: 'my real token' });
    expect(
      argumentsOf(
        curlFor({
          method: 'GET',
          url: 'http://127.0.0.1:1/x',
          headers,
          ownCredentials: ownCredentialHeaders('malformed-scheme', { apiToken: 'my real token' }),
          authorizationScheme: MALFORMED_SCHEME,
        }),
      ),
    ).toContain('authorization: Token from-env');
  });
});

describe('wrong credentials', () => {
  it('are as long as the real ones, and random: two are never alike, and neither is the secret', () => {
    const secret = 'Ab3-xyz9ZZ0_q';
    const [a, b] = [wrongLike(secret), wrongLike(secret)];
    for (const wrong of [a, b]) {
      expect(wrong).toHaveLength(secret.length);
      expect(wrong).toMatch(/^[0-9a-zA-Z]+$/);
      expect(wrong).not.toBe(secret);
    }
    expect(a).not.toBe(b);
  });

  it("are independent of the secret: over many draws, each position shows the secret's own character as often as any other", () => {
    const secret = 'k'.repeat(8);
    const draws = Array.from({ length: 3000 }, () => wrongLike(secret));
    const ks = draws.reduce((n, w) => n + [...w].filter((c) => c === 'k').length, 0);
    // 24000 characters, each 'k' with probability 1/62: about 387; the old shape-keeping values never had one
    expect(ks).toBeGreaterThan(250);
    expect(ks).toBeLessThan(550);
  });
});
