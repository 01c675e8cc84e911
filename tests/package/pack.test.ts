// The npm package as a user gets it: `npm pack`, installed into a fresh project, imported through
// its `exports`, type-checked, and run against the packaged local server. No registry and no npm
// cache: the tarball is unpacked into the project's node_modules/ as npm would, its declared
// runtime dependencies (and only those) are linked from this repository's node_modules/, and its
// `bin` entries are linked into node_modules/.bin/ from the packed package.json.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'images-pack-'));
const project = join(work, 'app');
const npm = (args: string[], cwd: string) => run('npm', args, { cwd, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }, maxBuffer: 2 ** 24 });

const USAGE = `
import { createImagesClient, signImageUrl, ImagesValidationError, type Image } from 'cf-images-kit';
import { startImagesServer } from 'cf-images-kit/server';
import { checkResponse } from 'cf-images-kit/contract';
import { fileFromPath } from 'cf-images-kit/node';
import { writeFileSync } from 'node:fs';

const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
writeFileSync('pixel.png', png);
const srv = await startImagesServer({ port: 0, apiToken: 'pack-token' });
try {
  const cf = createImagesClient({ baseUrl: srv.baseUrl, accountId: srv.accountId, apiToken: 'pack-token' });
  const uploaded: Image = await cf.images.v1.create({ file: await fileFromPath('pixel.png'), requireSignedURLs: true });
  const ids: string[] = [];
  for await (const image of cf.images.v2.list()) ids.push(image.id);
  const { keys } = await cf.images.v1.keys.list();
  const signed = await signImageUrl({ url: uploaded.variants[0], key: keys[0].value });
  const delivered = (await fetch(signed)).status;
  const refused = await cf.images.v1.list({ per_page: 1 }).then(() => 'sent', (e) => (e instanceof ImagesValidationError ? e.pointer : String(e)));
  const violations = checkResponse({ operationId: 'getImageStats', status: 200, headers: { 'content-type': 'application/json' }, body: { success: true, errors: [], messages: [], result: { count: { allowed: 1, current: 1 } } } });
  console.log(JSON.stringify({ uploaded: uploaded.id, ids, delivered, refused, violations: violations.length }));
} finally {
  await srv.close();
}
`;

/** What `npm install <tarball>` puts on disk, with the dependencies taken from this repository. */
async function installTarball(tarball: string, into: string): Promise<void> {
  const modules = join(into, 'node_modules');
  const target = join(modules, 'cf-images-kit');
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')) as { name: string; bin?: Record<string, string>; dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const link = join(modules, dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), link, 'dir');
  }
  mkdirSync(join(modules, '.bin'));
  for (const [name, file] of Object.entries(manifest.bin ?? {})) {
    chmodSync(join(target, file), 0o755);
    symlinkSync(join('..', manifest.name, file), join(modules, '.bin', name));
  }
}

beforeAll(async () => {
  await npm(['pack', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await installTarball(join(work, tarball), project);
  writeFileSync(join(project, 'main.ts'), USAGE);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], typeRoots: [join(root, 'node_modules/@types')], types: ['node'] },
      files: ['main.ts'],
    }),
  );
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed npm package', () => {
  it('ships the compiled entry points, the validators and the spec, and no tests', async () => {
    const { stdout } = await run('tar', ['-tzf', join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!)]);
    const files = stdout.split('\n');
    for (const f of ['package/dist/src/index.js', 'package/dist/src/index.d.ts', 'package/dist/src/node/index.js', 'package/dist/src/server/index.js', 'package/dist/src/contract/index.js', 'package/dist/src/contract/cli.js', 'package/dist/generated/validators.js', 'package/dist/generated/schema.d.ts', 'package/openapi/images.yaml']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('package/tests/'))).toBe(false);
  });

  it('type-checks a project that uses every entry point', async () => {
    await expect(run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project])).resolves.toBeTruthy();
  }, 60_000);

  it('runs against its own local server', async () => {
    const { stdout } = await run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'main.ts'], { cwd: project });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.ids).toEqual([result.uploaded]);
    expect(result).toMatchObject({ delivered: 200, refused: '/query/per_page', violations: 0 });
  }, 60_000);

  it('installs the contract command as a bin that runs against the embedded server', async () => {
    const { stdout } = await run(join(project, 'node_modules/.bin/cf-images-contract'), ['--phases', 'examples'], { cwd: project });
    expect(stdout).toMatch(/^PASS: \d+ check outcomes over \d+ exchanges; 0 check × operation pairs failed/m);
  }, 60_000);
});
