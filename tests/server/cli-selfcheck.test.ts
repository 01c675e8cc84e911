import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { SelfCheck } from '../../src/server/self-check.js';
import { expectMatchesSpec } from './helpers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('self-check', () => {
  it('passes spec-valid responses through and turns violations into a recorded, loud 500', () => {
    const check = new SelfCheck(true);
    const good = { status: 200, json: { success: true, errors: [], messages: [], result: { count: { allowed: 1, current: 0 } } } };
    expect(check.operation('getImageStats', good)).toBe(good);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = check.operation('getImageStats', { status: 200, json: { success: true, errors: [], messages: [], result: { count: {} } } });
    const covered = check.operation('getImageStats', {
      status: 404,
      json: { success: false, errors: [{ code: 5404, message: 'x' }], messages: [], result: null },
    });
    const undocumented = check.operation('getImageStats', { status: 302, json: { success: true, errors: [], messages: [], result: {} } });
    error.mockRestore();
    expect(bad.status).toBe(500);
    expectMatchesSpec('getImageStats', 500, 'json' in bad ? bad.json : undefined);
    expect(check.violations.map((v) => v.target)).toEqual(['getImageStats', 'getImageStats']);
    expect(check.violations[0].problem).toMatch(/getImageStats\.response\.200: .*count/);
    expect(check.violations[1].problem).toBe('status 302 is not documented');
    expect(undocumented.status).toBe(500);
    expect(covered.status).toBe(404); // 404 is covered by the documented 4XX range
    expect(new SelfCheck(false).operation('getImageStats', { status: 200, json: {} }).status).toBe(200);
  });
});

describe('cli', () => {
  it('starts a server, prints where it is without printing the token, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--api-token', 'cli-secret-token-123'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no banner: ${output}`)), 10_000);
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (output.includes('CLOUDFLARE_API_TOKEN')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const baseUrl = /API base URL:\s+(\S+)/.exec(output)![1];
      expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/client\/v4$/);
      expect(output).toContain('CLOUDFLARE_ACCOUNT_ID=023e105f4ecef8ad9ca31a8372d0c353');
      expect(output).not.toContain('cli-secret-token-123');
      expect(output).not.toContain('local-token');
      const response = await fetch(`${baseUrl}/accounts/023e105f4ecef8ad9ca31a8372d0c353/images/v1/stats`, {
        headers: { authorization: 'Bearer cli-secret-token-123' },
      });
      expect(response.status).toBe(200);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
