import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlFor } from '../../src/contract/engine/curl.js';
import { authHeaders, ownCredentialHeaders, wrongLike } from '../../src/contract/engine/request.js';

// The reproduction is run by a POSIX shell with `curl` standing for a function that prints its arguments.
const argumentsOf = (command: string) => execFileSync('sh', ['-c', `curl() { for a in "$@"; do printf '%s\\n' "$a"; done; }\n${command}`], { env: { PATH: process.env.PATH, CLOUDFLARE_API_TOKEN: 'from-env' } }).toString().trimEnd().split('\n');

describe('curl reproductions', () => {
  it('quote every value for the shell, quotes and spaces included', () => {
    const command = curlFor({ method: 'PATCH', url: "http://127.0.0.1:1/it's here", headers: { 'x-note': `o'k "fine" $HOME` }, ownCredentials: false, body: new TextEncoder().encode(`{"creator":"o'brien"}`) });
    expect(argumentsOf(command)).toEqual(['-sS', '-X', 'PATCH', '-H', `x-note: o'k "fine" $HOME`, '--data-binary', `{"creator":"o'brien"}`, "http://127.0.0.1:1/it's here"]);
  });

  it('show the run\'s own token as $CLOUDFLARE_API_TOKEN, expanded by the shell', () => {
    const command = curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers: { authorization: 'Bearer secret-value' }, ownCredentials: true });
    expect(command).not.toContain('secret-value');
    expect(argumentsOf(command)).toContain('authorization: Bearer from-env');
  });

  it('shows only the headers that carry the run\'s own values as variables: the real key of the wrong-e-mail probe, not its e-mail', () => {
    const credentials = { apiEmail: 'me@example.test', apiKey: 'real-key-0123456789' };
    const headers = authHeaders('wrong-email', credentials);
    const command = curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers, ownCredentials: ownCredentialHeaders('wrong-email', credentials) });
    expect(command).not.toContain(credentials.apiKey);
    expect(command).toContain('"x-auth-key: $CLOUDFLARE_API_KEY"');
    expect(command).toContain(`'x-auth-email: ${headers['x-auth-email']}'`);
    const pair = curlFor({ method: 'GET', url: 'http://127.0.0.1:1/x', headers: authHeaders('key-pair', credentials), ownCredentials: ownCredentialHeaders('key-pair', credentials) });
    expect(pair).toContain('"x-auth-email: $CLOUDFLARE_EMAIL" -H "x-auth-key: $CLOUDFLARE_API_KEY"');
  });
});

describe('wrong credentials', () => {
  it('are shaped like the real ones (length, character classes), differ in every character, and are random', () => {
    const secret = 'Ab3-xyz9ZZ0_q';
    const [a, b] = [wrongLike(secret), wrongLike(secret)];
    for (const wrong of [a, b]) {
      expect(wrong).toHaveLength(secret.length);
      [...secret].forEach((c, i) => {
        expect(wrong[i]).not.toBe(c);
        for (const cls of [/[0-9]/, /[a-z]/, /[A-Z]/]) if (cls.test(c)) expect(wrong[i]).toMatch(cls);
      });
    }
    expect(wrongLike('k'.repeat(40))).not.toBe(wrongLike('k'.repeat(40)));
  });
});
