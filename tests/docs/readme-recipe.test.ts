// The README's proxy CI recipe, run as written in a fresh project (no out/ folder): the installed
// bin is this repository's command, and the app's `npm test` is one client call through the proxy.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The sh block that starts the proxy in the background. */
const recipe = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('cf-images-contract proxy'));

const project = mkdtempSync(join(tmpdir(), 'readme-recipe-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const ACCOUNT = '0123456789abcdef0123456789abcdef';

function freshProject(appTest: string): void {
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  const bin = join(project, 'node_modules/.bin/cf-images-contract');
  // `exec` keeps the pid the recipe signals: the command itself, not a wrapper.
  writeFileSync(
    bin,
    `#!/bin/sh\nexec "${process.execPath}" --import "${join(root, 'node_modules/tsx/dist/loader.mjs')}" "${join(root, 'src/contract/cli.ts')}" "$@"\n`,
  );
  chmodSync(bin, 0o755);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, scripts: { test: 'node app.test.mjs' } }));
  writeFileSync(join(project, 'app.test.mjs'), appTest);
}

const runRecipe = () =>
  promisify(execFile)('bash', ['-c', recipe!], {
    cwd: project,
    env: { ...process.env, CLOUDFLARE_API_TOKEN: 'app-token-for-the-recipe', CLOUDFLARE_ACCOUNT_ID: ACCOUNT },
    timeout: 90_000,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
  );

describe("the README's proxy CI recipe", () => {
  it('is in the README', () => {
    expect(recipe).toContain('out/proxy.log');
  });

  it('runs as written in a fresh project: the app talks through the proxy, the reports are written, exit 0', async () => {
    freshProject(`
      const base = process.env.CLOUDFLARE_BASE_URL;
      const r = await fetch(\`\${base}/accounts/${ACCOUNT}/images/v1/stats\`, { headers: { authorization: \`Bearer \${process.env.CLOUDFLARE_API_TOKEN}\` } });
      if (r.status !== 200) { console.error('stats', r.status, await r.text()); process.exit(1); }
    `);
    const { code, stdout } = await runRecipe();
    expect(stdout).toContain('proxy listening');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(project, 'out/traffic.json'), 'utf8'));
    expect(report.operations.map((o: { operationId: string }) => o.operationId)).toEqual(['getImageStats']);
    expect(report.passed).toBe(true);
    expect(existsSync(join(project, 'out/traffic.xml'))).toBe(true);
  }, 120_000);

  it("exits non-zero when the app's traffic breaks the spec", async () => {
    freshProject(`
      await fetch(\`\${process.env.CLOUDFLARE_BASE_URL}/accounts/${ACCOUNT}/images/v1?per_page=5\`, { headers: { authorization: \`Bearer \${process.env.CLOUDFLARE_API_TOKEN}\` } });
    `);
    const { code, stdout } = await runRecipe();
    expect(code).toBe(1);
    expect(stdout).toMatch(/per_page/);
  }, 120_000);
});
