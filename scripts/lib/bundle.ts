// The command-line tools, the local server and the contract checker as the package ships them:
// bundled by esbuild with their own dependencies (fast-check, ora, cli-table3, image-size, …)
// inside, so the package depends on openapi-fetch alone. What they share with the client (src/core,
// src/spec, src/images, generated/, …) is not bundled: it stays an import of the file tsc emitted
// into dist/, so there is one copy of each module (one ImagesError class, one validator set) and
// the client's own files keep importing nothing but openapi-fetch.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

/** Source roots that are bundled: everything else of the repository stays a dist/ import. */
const BUNDLED_DIRS = ['src/server', 'src/contract'];
/** What the bundles import at run time and the package declares as its dependency. */
const RUNTIME_DEPENDENCIES = ['openapi-fetch'];
/** Bundled outputs and their chunks all sit one directory below dist/src/ (dist/src/<dir>/<file>.js). */
const CHUNK_NAMES = 'bundled/[name]-[hash]';

export interface BundleResult {
  /** Output files written, relative to the repository. */
  outputs: string[];
  metafile: Metafile;
}

const inside = (file: string, dir: string) => file === dir || file.startsWith(dir + sep);

/**
 * Imports of the repository's own modules outside BUNDLED_DIRS become imports of their compiled
 * files in dist/. Every output is at the same depth (dist/src/<dir>/), so one relative path fits all.
 */
function sharedModulesFromDist(root: string, dist: string): Plugin {
  const bundled = BUNDLED_DIRS.map((d) => resolve(root, d));
  const own = [resolve(root, 'src'), resolve(root, 'generated')];
  const outputDir = join(dist, 'src', 'any');
  return {
    name: 'shared-modules-from-dist',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        if (!own.some((d) => inside(target, d)) || bundled.some((d) => inside(target, d))) return undefined;
        const compiled = join(dist, relative(root, target));
        if (!existsSync(compiled))
          return { errors: [{ text: `${relative(root, target)} is shared with the client but ${relative(root, compiled)} was not built` }] };
        return { path: relative(outputDir, compiled).split(sep).join('/'), external: true };
      });
    },
  };
}

/** Bundles `entryPoints` (paths under src/) into dist/src/, over the tsc output of the same names. */
export async function bundleEntryPoints(root: string, dist: string, entryPoints: string[]): Promise<BundleResult> {
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outbase: 'src',
    outdir: join(dist, 'src'),
    chunkNames: CHUNK_NAMES,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: RUNTIME_DEPENDENCIES,
    // CommonJS dependencies (cli-table3 and its own) call require() for Node built-ins.
    banner: { js: "import { createRequire as __bundleCreateRequire } from 'node:module';\nconst require = __bundleCreateRequire(import.meta.url);" },
    plugins: [sharedModulesFromDist(root, dist)],
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs);
  for (const output of outputs) {
    if (dirname(dirname(resolve(root, output))) !== join(dist, 'src'))
      throw new Error(`bundle: ${output} is not one directory below dist/src/ (its relative imports of dist/ would be wrong)`);
  }
  return { outputs, metafile: result.metafile };
}

/** Directories of the packages whose code the bundles carry (a nested copy is a package of its own). */
export function bundledPackageDirs(metafile: Metafile): string[] {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (match) dirs.add(match[1]);
  }
  return [...dirs].sort();
}
