// One server per data directory: a lock file naming its holder (pid, host), created atomically
// (written whole beside it, then hard-linked into place, which fails if it exists). A lock whose
// holder is gone (a kill -9) is taken over; a live holder's is never touched.
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { FILE_MODE, tempNameFor } from './durable.js';

export const LOCK_FILE = 'server.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
  /** Random: tells this holder's lock from a later one with the same pid. */
  token: string;
}

/** The data directory is in use by another server, or its lock file cannot be read. */
export class DataDirLocked extends Error {
  override name = 'DataDirLocked';
  constructor(
    readonly dir: string,
    readonly lockFile: string,
    readonly holder?: LockHolder,
  ) {
    super(
      holder
        ? `the data directory ${dir} is in use by another server (pid ${holder.pid} on ${holder.host}, since ${holder.since}): ` +
            `stop it or use another data directory; if no such process is running, remove ${lockFile}`
        : `the data directory ${dir} is locked by ${lockFile}, which names no holder: remove it if no server uses the directory`,
    );
  }
}

/** Lock files this process holds: a lock with this process's pid that is not here is an earlier process's (a restarted container). */
const heldHere = new Set<string>();

function isAlive(holder: LockHolder, file: string): boolean {
  if (holder.host !== hostname()) return true; // another machine's process: cannot be checked, so never taken over
  if (holder.pid === process.pid) return heldHere.has(file);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

const isHolder = (v: unknown): v is LockHolder => {
  const h = v as LockHolder;
  return !!h && Number.isSafeInteger(h.pid) && typeof h.host === 'string' && typeof h.since === 'string' && typeof h.token === 'string';
};

/** The lock's holder; 'gone' when there is no lock file, 'unreadable' when it names none. */
async function readHolder(file: string): Promise<LockHolder | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const holder: unknown = JSON.parse(text);
    return isHolder(holder) ? holder : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Creates `file` with `text` unless it exists: true if created. */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const tmp = tempNameFor(file);
  try {
    await writeFile(tmp, text, { mode: FILE_MODE, flag: 'wx' });
    await link(tmp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') return false; // ENOENT: the holder's start-up removed our temporary file
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // No hard links on this file system: an exclusive create (a reader may see it empty for a moment).
    try {
      await writeFile(file, text, { mode: FILE_MODE, flag: 'wx' });
      return true;
    } catch (fallback) {
      if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallback;
    }
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Moves the lock of a dead `stale` holder away; a lock that changed meanwhile (another server took it over first) is
 * put back, with link (never over a third one). Only three servers starting on one stale lock in the same instant
 * could still both run: the window is the few microseconds between that rename and that link.
 */
async function takeOver(file: string, stale: LockHolder): Promise<void> {
  const aside = tempNameFor(file);
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (typeof moved !== 'object' || moved.token !== stale.token) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

export class DataDirLock {
  constructor(
    readonly file: string,
    readonly holder: LockHolder,
  ) {}

  /** Removes the lock file if it is still this holder's. */
  async release(): Promise<void> {
    heldHere.delete(this.file);
    const current = await readHolder(this.file);
    if (typeof current === 'object' && current.token === this.holder.token) await rm(this.file, { force: true });
  }
}

/** Locks `dir` (which must exist) for this process; DataDirLocked when another live server holds it. */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  const file = resolve(join(dir, LOCK_FILE));
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await createExclusive(file, `${JSON.stringify(me)}\n`)) {
      heldHere.add(file);
      return new DataDirLock(file, me);
    }
    const holder = await readHolder(file);
    if (holder === 'gone') continue; // released meanwhile
    if (holder === 'unreadable') throw new DataDirLocked(dir, file);
    if (isAlive(holder, file)) throw new DataDirLocked(dir, file, holder);
    await takeOver(file, holder);
  }
  throw new Error(`could not lock the data directory ${dir}: its lock file ${file} kept changing`);
}
