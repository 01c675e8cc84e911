import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlFor } from '../../src/contract/engine/curl.js';

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
});
