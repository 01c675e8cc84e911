// The npm package as a user gets it: `npm pack`, installed into a fresh project, imported through
// its `exports`, type-checked, and run against the packaged local server; both bins run from it.
// No registry and no npm cache: the tarball is unpacked into the project's node_modules/ as npm
// would, its declared runtime dependencies and theirs (and only those) are linked from this
// repository's node_modules/, flat, as npm hoists them, and its `bin` entries are linked into
// node_modules/.bin/ from the packed package.json. What the project's node_modules/ then holds is
// what installing the package brings: openapi-fetch and its own dependency. The command-line
// tools, the server and the contract checker carry their dependencies bundled (scripts/build.ts).
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'images-pack-'));
const project = join(work, 'app');
const npm = (args: string[], cwd: string) =>
  run('npm', args, {
    cwd,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    maxBuffer: 2 ** 24,
  });

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

interface Manifest {
  name: string;
  version: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Where Node would find `name` from the package in `from` (its own node_modules, then the repository's). */
function repoPackageDir(name: string, from: string | undefined): string {
  const nested = from && join(from, 'node_modules', name);
  const dir = nested && existsSync(nested) ? nested : join(root, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) throw new Error(`${name} is not installed in this repository (npm install)`);
  return dir;
}

/** What `npm install <tarball>` puts on disk, with the dependencies taken from this repository. */
async function installTarball(tarball: string, into: string): Promise<void> {
  const modules = join(into, 'node_modules');
  const target = join(modules, 'cf-images-kit');
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  const manifest = readManifest(target);
  // The dependencies and theirs, each linked once at the top of node_modules/ (npm's hoisting).
  const queue: [string, string | undefined][] = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }).map((name) => [name, undefined]);
  const linked = new Map<string, string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [name, from] = next;
    const dir = repoPackageDir(name, from);
    if (linked.has(name)) {
      if (linked.get(name) !== dir) throw new Error(`two copies of ${name} (${linked.get(name)}, ${dir}): nest them as npm would`);
      continue;
    }
    linked.set(name, dir);
    const link = join(modules, name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(dir, link, 'dir');
    const own = readManifest(dir);
    for (const dependency of Object.keys({ ...own.dependencies, ...own.optionalDependencies })) queue.push([dependency, dir]);
  }
  mkdirSync(join(modules, '.bin'));
  for (const [name, file] of Object.entries(manifest.bin ?? {})) {
    chmodSync(join(target, file), 0o755);
    symlinkSync(join('..', manifest.name, file), join(modules, '.bin', name));
  }
}

/** The packages in a node_modules/ directory (scoped ones as @scope/name), without .bin. */
function installedPackages(modules: string): string[] {
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]))
    .sort();
}

/**
 * The module specifiers a built file imports (static, dynamic, and require() in bundled CommonJS),
 * as written; not a call that is itself inside a string (ajv's generated code names one).
 */
function importsOf(code: string): string[] {
  const pattern =
    /(?:^|[\s;}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']|(?<![\w$.'"`])(?:import|require|__require)\(\s*["']([^"']+)["']\s*\)/g;
  return [...code.matchAll(pattern)].map((m) => m[1] ?? m[2]);
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

const bin = (name: string) => join(project, 'node_modules/.bin', name);

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
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        lib: ['ES2023', 'DOM'],
        typeRoots: [join(root, 'node_modules/@types')],
        types: ['node'],
      },
      files: ['main.ts'],
    }),
  );
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed npm package', () => {
  it('ships the compiled entry points, the validators and the spec, and no tests', async () => {
    const { stdout } = await run('tar', ['-tzf', join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!)]);
    const files = stdout.split('\n');
    for (const f of [
      'package/dist/src/index.js',
      'package/dist/src/index.d.ts',
      'package/dist/src/node/index.js',
      'package/dist/src/server/index.js',
      'package/dist/src/server/index.d.ts',
      'package/dist/src/contract/index.js',
      'package/dist/src/contract/cli.js',
      'package/dist/generated/validators.js',
      'package/dist/generated/schema.d.ts',
      'package/openapi/images.yaml',
      'package/dist/THIRD-PARTY-NOTICES.txt',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('package/tests/'))).toBe(false);
  });

  it('depends on openapi-fetch alone: that and its own dependency are all an install brings', () => {
    const manifest = readManifest(join(project, 'node_modules/cf-images-kit'));
    expect(manifest.dependencies).toEqual({ 'openapi-fetch': readManifest(join(root, 'node_modules/openapi-fetch')).version });
    expect(manifest.optionalDependencies).toBeUndefined();
    const installed = installedPackages(join(project, 'node_modules')).filter((name) => name !== 'cf-images-kit');
    expect(installed).toEqual(['openapi-fetch', 'openapi-typescript-helpers']);
  });

  it('ships code that imports nothing but its own files, Node built-ins and openapi-fetch', () => {
    const pkg = join(project, 'node_modules/cf-images-kit');
    const files = readdirSync(join(pkg, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(10);
    const foreign = files.flatMap((f) =>
      importsOf(readFileSync(join(pkg, 'dist', f), 'utf8'))
        .filter((s) => !s.startsWith('.') && !isBuiltin(s) && s !== 'openapi-fetch')
        .map((s) => `${f}: ${s}`),
    );
    expect(foreign).toEqual([]);
    // The bundles carry the notices of what they bundled.
    const notices = readFileSync(join(pkg, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['fast-check', 'cli-table3', 'image-size']) expect(notices).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
  });

  it('type-checks a project that uses every entry point', async () => {
    await expect(run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project])).resolves.toBeTruthy();
  }, 180_000); // ~30 s alone on 2 cores, more beside other test files

  it('runs against its own local server', async () => {
    const { stdout } = await run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'main.ts'], { cwd: project });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.ids).toEqual([result.uploaded]);
    expect(result).toMatchObject({ delivered: 200, refused: '/query/per_page', violations: 0 });
  }, 60_000);

  it('installs the contract command as a bin that runs against the embedded server', async () => {
    const { stdout } = await run(bin('cf-images-contract'), ['--phases', 'examples'], { cwd: project });
    expect(stdout).toMatch(/PASS/);
  }, 60_000);

  it('installs both bins: --help, then the server started and the contract command run against it', async () => {
    const serverHelp = await run(bin('cf-images-server'), ['--help'], { cwd: project });
    expect(serverHelp.stdout).toMatch(/--port/);
    const contractHelp = await run(bin('cf-images-contract'), ['--help'], { cwd: project });
    expect(contractHelp.stdout).toMatch(/--base-url/);

    const accountId = 'a'.repeat(32);
    const server = spawn(bin('cf-images-server'), ['--port', '0', '--account-id', accountId, '--api-token', 'pack-bin-token'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          const match = out.match(/http:\/\/127\.0\.0\.1:\d+/);
          if (match) resolve(match[0]);
        });
        server.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        server.once('exit', (code) => reject(new Error(`cf-images-server exited with ${code} before listening:\n${out}`)));
      });
      const env = { ...process.env, CLOUDFLARE_API_TOKEN: 'pack-bin-token', CLOUDFLARE_EMAIL: '', CLOUDFLARE_API_KEY: '' };
      const contract = await run(bin('cf-images-contract'), ['--base-url', `${url}/client/v4`, '--account-id', accountId, '--phases', 'examples'], {
        cwd: project,
        env,
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(contract.stdout + contract.stderr, 'cf-images-contract against cf-images-server').toMatch(/PASS/);
      expect('code' in contract ? contract.code : 0).toBe(0);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
    }
  }, 90_000);
});
