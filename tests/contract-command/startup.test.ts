// What the commands do before they run on a checkout whose spec and generated files disagree: the
// spec edited without `npm run generate` (stale generated/), and a fact the code reads removed from
// the spec and generated again. Each is one line and exit 2 — never a run on stale facts, never a
// TypeError's stack. Run on a copy of the checkout (its own spec to edit), with the real node_modules.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpecFactMissing, specFact, specInteger } from '../../src/spec/fact.js';
import { assertGeneratedFresh, SPEC_HASH_FILE, specHash, StaleGenerated } from '../../src/spec/generated-freshness.js';

const exec = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
let copy: string;

/** The command in the copy: exit code and output. */
async function contract(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return exec(tsx, [join(copy, 'src/contract/cli.ts'), ...args], { cwd: copy, env: { PATH: process.env.PATH } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const spec = () => join(copy, 'openapi/images.yaml');

// A fresh copy per test: each edits its spec (and generates) without undoing it.
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'contract-startup-'));
  for (const entry of ['src', 'generated', 'openapi', 'scripts', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe('a checkout whose generated/ disagrees with its spec', () => {
  it('the spec edited without npm run generate: the run and its subcommands say so, exit 2, and nothing runs', async () => {
    writeFileSync(spec(), `${readFileSync(spec(), 'utf8')}\n# an edit\n`);
    for (const args of [
      ['--phases', 'examples'],
      ['proxy', '--exit-after', '1'],
      ['check-har', 'x.har'],
    ]) {
      const { code, stdout, stderr } = await contract(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toBe('contract: generated/ is older than openapi/images.yaml: run npm run generate\n');
      expect(stdout).toBe('');
    }
    const server = await exec(tsx, [join(copy, 'src/server/cli.ts'), '--port', '0'], { cwd: copy, env: { PATH: process.env.PATH } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(server.code).toBe(2);
    expect(server.stderr).toBe('cf-images-server: generated/ is older than openapi/images.yaml: run npm run generate\n');
  }, 60_000);

  it.each([
    // The limit gone: the server reads it by pointer (specInteger).
    ['its maxLength', /( {8}filename:\n {10}type: string\n) {10}maxLength: \d+\n/, '$1'],
    // The field gone: the pointer names the first missing step, never a TypeError.
    ['the whole field', / {8}filename:\n {10}type: string\n {10}maxLength: \d+\n/, ''],
  ])(
    'a fact the code reads (Image.filename: %s) removed from the spec and generated again: one line naming it, exit 2, no stack',
    async (_what, pattern, replacement) => {
      const original = readFileSync(spec(), 'utf8');
      const edited = original.replace(pattern, replacement);
      expect(edited).not.toBe(original);
      writeFileSync(spec(), edited);
      await exec(tsx, [join(copy, 'scripts/generate.ts')], { cwd: copy });
      const { code, stdout, stderr } = await contract(['--phases', 'examples']);
      expect(code, stderr).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(2);
      // Named by where the spec no longer states it (a SpecFactMissing).
      expect(stderr).toMatch(/^contract: the spec does not state \/components\/schemas\/Image\/properties\/filename\/maxLength \(an integer\)/);
      expect(stderr).toMatch(/run npm run generate\n$/);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    120_000,
  );
});

describe('the freshness record and spec facts', () => {
  it('an installed package has no spec beside its generated files: nothing to compare, nothing said', () => {
    const installed = mkdtempSync(join(tmpdir(), 'installed-'));
    try {
      cpSync(join(root, 'generated'), join(installed, 'generated'), { recursive: true });
      expect(() => assertGeneratedFresh(installed)).not.toThrow();
      cpSync(join(root, 'openapi'), join(installed, 'openapi'), { recursive: true });
      expect(() => assertGeneratedFresh(installed)).not.toThrow();
      writeFileSync(join(installed, SPEC_HASH_FILE), 'f'.repeat(64));
      expect(() => assertGeneratedFresh(installed)).toThrow(StaleGenerated);
    } finally {
      rmSync(installed, { recursive: true, force: true });
    }
  });

  it('the record is the spec as committed, whatever its line endings', () => {
    const text = readFileSync(join(root, 'openapi/images.yaml'), 'utf8');
    expect(readFileSync(join(root, SPEC_HASH_FILE), 'utf8').split(' ', 1)[0]).toBe(specHash(text));
    expect(specHash(text.replace(/\n/g, '\r\n'))).toBe(specHash(text));
  });

  it('a fact read by pointer: its value, or a SpecFactMissing naming the pointer', () => {
    expect(specInteger('/components/schemas/Image/properties/filename/maxLength')).toBeGreaterThan(0);
    // $refs are followed on the way.
    expect(specFact('/components/schemas/UploadImageForm/properties/creator/maxLength', (v): v is number => typeof v === 'number', 'a number')).toBeGreaterThan(
      0,
    );
    expect(() => specInteger('/components/schemas/Image/properties/nope/maxLength')).toThrow(SpecFactMissing);
    expect(() => specInteger('/components/schemas/Image/properties/filename/type')).toThrow(
      'the spec does not state /components/schemas/Image/properties/filename/type (an integer), which the code reads',
    );
  });
});
