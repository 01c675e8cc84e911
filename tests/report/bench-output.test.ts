// `npm run bench` redirected to a file (or a CI log) writes plain text: no ANSI colour codes. Run
// with no measure chosen (`--only` nothing), on a copy of the files it needs, so its .bench/ output
// is the copy's and a real bench's results are never overwritten.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'bench-output-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm run bench, not on a terminal', () => {
  it('writes its table and lines without ANSI codes', async () => {
    for (const entry of ['src', 'generated', 'tests/bench', 'tests/helpers', 'package.json', 'tsconfig.json'])
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    // As package.json's bench script runs it, stdout a pipe.
    const { stdout } = await exec(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/bench/run.ts', '--only', 'NONE'], { cwd: copy });
    expect(stdout).toMatch(/│ measure\s+│ figure\s+│ target\s+│ met\s+│ detail/);
    expect(stdout).toContain('every target met');
    expect(stdout).not.toContain('\u001b');
    expect(existsSync(join(copy, '.bench/results.json'))).toBe(true);
    expect(readFileSync(join(copy, '.bench/results.json'), 'utf8')).not.toContain('\u001b');
  }, 60_000);
});
