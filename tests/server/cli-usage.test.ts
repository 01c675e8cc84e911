// The server's command names itself as it was started, a usage error is the message and one line
// pointing to --help (not the whole help), and the banner says how to point a client at it.
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const tsx = ['--import', 'tsx', 'src/server/cli.ts'];
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  promisify(execFile)(process.execPath, [...tsx, ...args], {
    cwd: root,
    env: { ...process.env, npm_lifecycle_event: '', npm_lifecycle_script: '', ...env },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('cf-images-server', () => {
  it('names itself as started: tsx, or npm run serve', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: tsx src/server/cli.ts [options]');
    expect((await run(['--help'], { npm_lifecycle_event: 'serve', npm_lifecycle_script: 'tsx src/server/cli.ts' })).stdout).toContain(
      'Usage: npm run serve -- [options]',
    );
  }, 60_000);

  it('a usage error is the message and one line pointing to --help', async () => {
    const { code, stderr } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(["Unknown option '--bogus'", "Run 'tsx src/server/cli.ts --help' for the options."]);
  }, 60_000);

  it('the banner gives the environment variables that point a client at it', async () => {
    const child = spawn(process.execPath, [...tsx, '--port', '0'], { cwd: root });
    try {
      const lines: string[] = [];
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.includes('CLOUDFLARE_ACCOUNT_ID')) break;
      }
      const base = lines.find((l) => l.includes('export CLOUDFLARE_BASE_URL='));
      expect(base).toMatch(/export CLOUDFLARE_BASE_URL=http:\/\/127\.0\.0\.1:\d+\/client\/v4/);
    } finally {
      child.kill();
    }
  }, 60_000);
});
