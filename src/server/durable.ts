// Files that survive a crash: written to a temporary file 0600, synced, renamed into place, and the
// rename synced through the directory. The temporary names have one pattern, so a start can find
// (and remove) those a kill left behind, and nothing else.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Owner-only: the state file holds the signing keys. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

const TEMP_SUFFIX = /\.[0-9a-f]{12}\.tmp$/;

/** A fresh temporary name beside `file`: `<file>.<12 hex>.tmp`. */
export const tempNameFor = (file: string) => `${file}.${randomBytes(6).toString('hex')}.tmp`;

/** Whether `name` is a temporary name made by tempNameFor for one of `finals` (a test on the base names). */
function isTempOf(name: string, finals: (base: string) => boolean): boolean {
  return TEMP_SUFFIX.test(name) && finals(name.replace(TEMP_SUFFIX, ''));
}

/** Writes `data` to `file` atomically and durably: once this resolves, the new content survives a crash or power loss. */
export async function writeDurable(file: string, data: string | Uint8Array, { syncDirectory = true } = {}): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    const handle = await open(tmp, 'wx', FILE_MODE);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  if (syncDirectory) await syncDir(join(file, '..'));
}

/** Makes the renames and removals done in `dir` durable (its entries synced). */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // a directory cannot be opened for fsync there
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes the temporary files of `finals` in `dir` (left by a kill mid-write); returns their names. */
export async function removeTempFiles(dir: string, finals: (base: string) => boolean): Promise<string[]> {
  const removed = (await readdir(dir)).filter((name) => isTempOf(name, finals));
  for (const name of removed) await rm(join(dir, name), { force: true });
  return removed;
}
