// The repository's scripts that take options refuse what they do not know: an unknown option or a
// stray argument is a usage error (exit 2, the message and one line pointing to --help, nothing
// done), and --help prints the usage. Run as a user runs them, through `npm run`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

async function npmRun(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, npm_config_update_notifier: 'false' };
  return run('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env, timeout: 120_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

/** npm script → the name its messages start with. `check:generated` is `generate --check`: it writes nothing even when it runs. */
const SCRIPTS: Record<string, string> = { docs: 'docs', 'spec:diff': 'spec:diff', size: 'size', 'check:generated': 'generate', build: 'build' };

describe.each(Object.entries(SCRIPTS))('npm run %s', (script, name) => {
  it('refuses an unknown option: exit 2, the message and one line pointing to --help', async () => {
    const result = await npmRun(script, ['--bogus']);
    expect(result.code, result.stdout + result.stderr).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([`${name}: Unknown option '--bogus'`, `Run 'npm run ${script} -- --help' for the options.`]);
    expect(result.stdout).toBe('');
  }, 120_000);

  it('prints its usage with --help', async () => {
    const result = await npmRun(script, ['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Usage: npm run ${script} -- `);
  }, 120_000);
});

describe('stray arguments', () => {
  it.each(['docs', 'size', 'check:generated', 'build'])(
    'npm run %s refuses a positional argument',
    async (script) => {
      const result = await npmRun(script, ['api']);
      expect(result.code, result.stdout + result.stderr).toBe(2);
      expect(result.stderr).toMatch(/Unexpected argument 'api'\nRun 'npm run .* -- --help' for the options\.\n$/);
    },
    120_000,
  );

  it('npm run spec:diff refuses a third spec', async () => {
    const result = await npmRun('spec:diff', ['a.yaml', 'b.yaml', 'c.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^spec:diff: at most two specs/);
  }, 120_000);
});
