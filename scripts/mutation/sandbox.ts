// A throw-away copy of what the server runs: src/server/ copied (with the mutant's edits), every
// other folder of src/ and generated/ linked, node_modules linked, `"type": "module"`. The real
// sources are never written.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutatedFiles, type Mutant } from './mutant.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Sandbox {
  dir: string;
  /** The server's entry module in the sandbox. */
  serverEntry: string;
  remove(): void;
}

/** The real source of a repository file. */
export const readSource = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');

/** A sandbox holding the server with `mutant` applied (the unmutated server without one). Throws AnchorError before writing anything when an anchor is missing. */
export function createSandbox(mutant?: Mutant): Sandbox {
  const files = mutant ? mutatedFiles(mutant, readSource) : new Map<string, string>();
  const dir = mkdtempSync(join(tmpdir(), `cf-images-mutant-${mutant?.id ?? 'none'}-`));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    symlinkSync(join(REPO_ROOT, 'generated'), join(dir, 'generated'), 'dir');
    mkdirSync(join(dir, 'src'));
    for (const entry of readdirSync(join(REPO_ROOT, 'src'), { withFileTypes: true })) {
      const from = join(REPO_ROOT, 'src', entry.name);
      const to = join(dir, 'src', entry.name);
      if (entry.name === 'server') cpSync(from, to, { recursive: true });
      else symlinkSync(from, to, entry.isDirectory() ? 'dir' : 'file');
    }
    for (const [file, text] of files) writeFileSync(join(dir, file), text);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    serverEntry: join(dir, 'src', 'server', 'index.ts'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
