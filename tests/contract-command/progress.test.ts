// The run's progress: progress lines where the output is not a terminal (a line per phase, and one
// at least every heartbeat within a long phase), a status line only on a terminal that says how wide
// it is — one reporting 0 columns gets lines, never a redraw loop — and SIGINT stops a run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { invokedAs } from '../../src/contract/command/invocation.js';
import { startProgress } from '../../src/contract/command/progress.js';
import { unreachableReason } from '../../src/contract/command/reachability.js';

const root = new URL('../../', import.meta.url).pathname;

const sink = (extra: { isTTY?: boolean; columns?: number } = {}) => {
  const out: string[] = [];
  return { out, stream: { write: (t: string) => out.push(t), ...extra } };
};

describe('progress', () => {
  it('not a terminal: a line per phase with the requests so far and the time, and a heartbeat within a long phase', async () => {
    let requests = 0;
    const { out, stream } = sink();
    const progress = startProgress(stream, { requests: () => requests, heartbeatMs: 50 });
    progress.update('fixtures');
    requests = 3;
    progress.update('coverage › getImage › per_page = 9');
    requests = 40;
    progress.update('coverage › getImage › with no credentials');
    await delay(300);
    progress.stop();
    expect(out[0]).toMatch(/^contract: \[0\.\d s\] fixtures \(0 requests so far\)\n$/);
    expect(out[1]).toMatch(/^contract: \[0\.\d s\] coverage \(3 requests so far\)\n$/);
    // Within the phase: no line per step, but one per heartbeat, saying where the run is.
    expect(out.slice(2, -1).length).toBeGreaterThanOrEqual(2);
    for (const line of out.slice(2, -1))
      expect(line).toMatch(/^contract: \[0\.\d s\] coverage: 40 requests so far \(coverage › getImage › with no credentials\)\n$/);
    expect(out.at(-1)).toMatch(/^contract: \[0\.\d s\] done: 40 requests\n$/);
    expect(out.join('')).not.toContain('\u001b');
  });

  it('a terminal that reports 0 columns (or none) gets the lines: no status line to redraw', async () => {
    for (const columns of [0, undefined]) {
      const { out, stream } = sink({ isTTY: true, columns });
      const progress = startProgress(stream, { requests: () => 1, heartbeatMs: 1000 });
      progress.update('examples › getImage › the spec example');
      await delay(300);
      progress.stop();
      expect(out).toHaveLength(2);
      expect(out.join('')).not.toMatch(/[\r\u001b]/);
    }
  });

  it('a terminal with a width: one status line, redrawn in place and never wider than the terminal, cleared at the end', async () => {
    const { out, stream } = sink({ isTTY: true, columns: 30 });
    const progress = startProgress(stream, { requests: () => 12 });
    progress.update('fuzz › listImagesV2 › positive #3 with a long label');
    await delay(400);
    progress.stop();
    expect(out.length).toBeGreaterThanOrEqual(2);
    expect(out.length).toBeLessThan(10);
    for (const frame of out.slice(0, -1)) {
      expect(frame.startsWith('\r\u001b[2K')).toBe(true);
      expect([...frame.slice('\r\u001b[2K'.length)].length).toBeLessThanOrEqual(29);
    }
    expect(out.at(-1)).toBe('\r\u001b[2K');
  });
});

describe('on a terminal that reports 0 columns', () => {
  it('the run ends as usual, its progress as lines (before: a redraw loop, megabytes of escapes, SIGINT ignored)', async () => {
    // util-linux `script` gives the command a terminal; stty makes it report no width.
    const command = `stty cols 0 rows 0; exec ${join(root, 'node_modules/.bin/tsx')} ${join(root, 'src/contract/cli.ts')} --phases examples`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    const hang = setTimeout(() => child.kill('SIGKILL'), 45_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(hang);
    expect(code).toBe(0);
    expect(output.length).toBeLessThan(64 * 1024);
    expect(output).toMatch(/contract: \[\d+\.\d s\] examples \(\d+ requests so far\)/);
    expect(output).toMatch(/PASS: \d+ check outcomes/);
  }, 60_000);
});

describe('SIGINT and SIGTERM', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s stops a run at once: nothing new is sent but the cleanup, exit %i',
    async (signal, exitCode) => {
      // A node process of its own (tsx as a loader), so the signal reaches the command.
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/contract/cli.ts'), '--max-examples', '200'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      for (let i = 0; i < 300 && !/\] fuzz \(/.test(stderr); i++) await delay(100);
      const sent = Date.now();
      child.kill(signal);
      expect(await exit).toBe(exitCode);
      // The phase under way ends at once: nothing new is sent, and no client retries what was not.
      expect(Date.now() - sent).toBeLessThan(10_000);
      expect(stderr).toContain(`contract: stopping (${signal}): nothing new is sent but the cleanup of what the run created`);
      expect(stderr).toMatch(/\] cleanup \(\d+ requests so far\)\n(.*\n)*contract: \[\d+\.\d s\] stopped: \d+ requests\n/);
      expect(stderr).toMatch(new RegExp(`contract: stopped by ${signal} before the run ended: no report\\n$`));
    },
    60_000,
  );
});

describe('why a target cannot be reached', () => {
  const failed = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });
  it.each([
    [failed({ code: 'ECONNREFUSED' }), 'the connection was refused (nothing listens on that port)'],
    [failed({ code: 'ENOTFOUND' }), 'the host name could not be resolved (DNS: ENOTFOUND)'],
    [failed({ code: 'EAI_AGAIN' }), 'the host name could not be resolved (DNS: EAI_AGAIN)'],
    [new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 'no answer within 15 s'],
    [failed({ code: 'UND_ERR_CONNECT_TIMEOUT' }), 'no answer within 15 s'],
    [failed({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'the TLS handshake failed (DEPTH_ZERO_SELF_SIGNED_CERT)'],
    [failed({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), 'the TLS handshake failed (ERR_TLS_CERT_ALTNAME_INVALID)'],
    [failed({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }), 'the TLS handshake failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE)'],
    [failed({ code: 'ECONNRESET' }), 'the connection was closed before an answer (ECONNRESET)'],
    // fetch refuses some ports outright (port 9, say): its cause's words.
    [failed(Object.assign(new Error('bad port'))), 'the request failed (bad port)'],
  ])('%s', (error, why) => {
    expect(unreachableReason(error)).toBe(why);
  });

  it('an answer no client can read is an answer: the target is there', () => {
    expect(unreachableReason(failed({ code: 'HPE_HEADER_OVERFLOW' }))).toBeUndefined();
  });
});

describe('the command as the user invoked it', () => {
  it('npm run contract --, the installed bin, or the source file', () => {
    expect(invokedAs({ npm_lifecycle_event: 'contract', npm_lifecycle_script: 'tsx src/contract/cli.ts' }, '/repo/src/contract/cli.ts')).toBe(
      'npm run contract --',
    );
    // npm test → vitest → the command: npm's script is not this command's.
    expect(invokedAs({ npm_lifecycle_event: 'test', npm_lifecycle_script: 'vitest run' }, '/repo/node_modules/.bin/cf-images-contract')).toBe(
      'cf-images-contract',
    );
    expect(invokedAs({}, '/app/node_modules/cf-images-kit/dist/src/contract/cli.js')).toBe('cf-images-contract');
    expect(invokedAs({}, '/repo/src/contract/cli.ts')).toBe('tsx src/contract/cli.ts');
  });
});
