// `npm run serve -- --variation a,b`: variations and their options as CLI flags.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_ID, VARIATIONS, VARIATION_NAMES } from '../../src/server/index.js';
import { ROOT, runCli, startChildServer } from './child-server.js';

describe('--variation', () => {
  it('--help lists every variation, one line each with the spec statement it exercises', () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const v of VARIATIONS) expect(help.stdout).toMatch(new RegExp(`^ {2}${v.name} +\\S.*; ${v.exercises.replace(/[/+]/g, '\\$&')}$`, 'm'));
  });

  it('applies the named variations, combined (repeated or comma-separated), and their options', { timeout: 60_000 }, async () => {
    const child = await startChildServer([
      '--api-token',
      't',
      '--variation',
      'refusal-codes,no-ray',
      '--variation',
      'rate-limited',
      '--rate-limit-scale',
      '0.01',
      '--rate-limit-requests',
      '2',
    ]);
    try {
      const url = `${child.baseUrl}/accounts/${DEFAULT_ACCOUNT_ID}/images/v1/nosuch`;
      const gone = await fetch(url, { headers: { authorization: 'Bearer t' } });
      expect(gone.status).toBe(410);
      expect(gone.headers.has('cf-ray')).toBe(false);
      expect((await fetch(url, { headers: { authorization: 'Bearer t' } })).status).toBe(410);
      const limited = await fetch(url, { headers: { authorization: 'Bearer t' } });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
    } finally {
      child.child.kill('SIGTERM');
      await child.exited;
    }
  });

  it('an unknown name or a bad option value is a usage error (exit 2) listing the known variations', { timeout: 60_000 }, async () => {
    const unknown = runCli(['--variation', 'no-ray,fancy']);
    expect(await unknown.exited).toBe(2);
    expect(await unknown.stderr).toContain(`--variation: unknown 'fancy'; known: ${VARIATION_NAMES.join(', ')}`);
    for (const [flag, value, message] of [
      ['--list-lag-ms', '20000', '--list-lag-ms must be at most 10000'],
      ['--rate-limit-scale', '0', '--rate-limit-scale must be a number above 0 and at most 1'],
      ['--rate-limit-requests', '0', '--rate-limit-requests must be a positive integer'],
    ]) {
      const run = runCli(['--variation', 'lagging-lists', flag, value]);
      expect(await run.exited).toBe(2);
      expect(await run.stderr).toContain(message);
    }
  });
});
