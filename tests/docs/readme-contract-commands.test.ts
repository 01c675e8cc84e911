// Every `npm run contract` line of the README's shell blocks, run as written: the command the CLI
// runs, in this process, with the line's own arguments. A line aimed at "your own server" gets a
// local server's URL, account id and token in place of its placeholders (`https://api.example.test/…`,
// `<32 hex>`, `…`); the others run exactly as printed, against the embedded server they start.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractCommand } from '../../src/contract/command/contract.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const root = new URL('../../', import.meta.url).pathname;
const TOKEN = 'readme-commands-token';

/** Each `npm run contract` line of a ```sh block: its environment assignments and its arguments, comments dropped. */
const lines = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1].split('\n'))
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => /^(\w+=\S+ )*npm run contract( |$)/.test(line));

let server: ImagesServer;
let dir: string;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'readme-commands-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The line as argv and env, placeholders filled; `out/…` report paths go to a temporary folder. */
function parse(line: string): { env: Record<string, string>; args: string[] } {
  const words = line.split(/\s+/);
  const env: Record<string, string> = {};
  while (/^\w+=/.test(words[0])) {
    const [name, value] = words.shift()!.split('=');
    env[name] = value === '…' ? TOKEN : value;
  }
  const args = words
    .slice(words[3] === '--' ? 4 : 3)
    .join(' ')
    .replace('https://api.example.test/client/v4', server.baseUrl)
    .replace('<32 hex>', server.accountId)
    .split(' ')
    .filter(Boolean)
    .map((arg) => (arg.startsWith('out/') ? join(dir, arg) : arg));
  return { env, args };
}

describe("the README's npm run contract lines", () => {
  it('are there: the quick start, your own server (read-only and with writes), and the option examples', () => {
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines).toContain('npm run contract');
  });

  it.each(lines.map((line) => [line]))(
    '%s: exits 0 with what it promises',
    async (line) => {
      const { env, args } = parse(line);
      let stdout = '';
      let stderr = '';
      const code = await contractCommand(args, { env, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
      expect(code, stderr).toBe(0);
      if (args.includes('--help')) return void expect(stdout).toContain('Usage:');
      expect(stdout).toMatch(/^PASS: /m);
      for (const [i, arg] of args.entries()) if (['--json', '--junit', '--html'].includes(arg)) expect(existsSync(args[i + 1]), arg).toBe(true);
      if (args.includes('--base-url')) expect(stdout).toContain(server.baseUrl);
      expect(stdout + stderr).not.toContain(TOKEN);
    },
    180_000,
  );
});
