import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'images-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run generate -- --check', () => {
  it('passes on the committed files and names each stale file after a spec change', async () => {
    cpSync(join(root, 'openapi'), join(work, 'openapi'), { recursive: true });
    cpSync(join(root, 'generated'), join(work, 'generated'), { recursive: true });
    const script = join(root, 'scripts/generate.ts');
    const tsx = join(root, 'node_modules/.bin/tsx');
    await expect(run(tsx, [script, '--check'], { cwd: work })).resolves.toMatchObject({ stdout: expect.stringContaining('up to date') });

    const specPath = join(work, 'openapi/images.yaml');
    writeFileSync(specPath, readFileSync(specPath, 'utf8').replace('maxLength: 255', 'maxLength: 256'));
    const failure = await run(tsx, [script, '--check'], { cwd: work }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('stale: generated/openapi.json');
    expect(failure.stderr).not.toContain('stale: generated/schema.d.ts');
    expect(failure.stderr).toContain('stale: generated/validators.js');
    expect(failure.stderr).not.toContain('stale: generated/operations.ts');
  }, 60_000);
});
