// Optional on-disk persistence: one JSON state file plus one file per image blob. The directory is
// locked while a server uses it (./lock.ts); every write is atomic and durable (./durable.ts);
// what a kill left behind (temporary files, blobs no state names) is removed at start.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE, removeTempFiles, syncDir, writeDurable } from './durable.js';
import { LOCK_FILE, lockDataDir, type DataDirLock } from './lock.js';

const STATE_FILE = 'state.json';
const BLOB_DIR = 'blobs';
const BLOB_NAME = /^[0-9a-f]{64}\.bin$/;

/** The state file cannot be read as one: the server does not start (it would overwrite it). */
export class StateFileUnreadable extends Error {
  override name = 'StateFileUnreadable';
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`the state file ${file} ${why}: restore it from a backup, or move the data directory away to start empty`);
  }
}

const blobName = (imageId: string) => `${createHash('sha256').update(imageId).digest('hex')}.bin`;

/** Blob file name: a hash of the image id, since custom ids may contain `/` and other characters. */
export function blobFile(dir: string, imageId: string): string {
  return join(dir, BLOB_DIR, blobName(imageId));
}

export class DiskStore {
  private constructor(
    readonly dir: string,
    private readonly lock: DataDirLock,
  ) {}

  get stateFile(): string {
    return join(this.dir, STATE_FILE);
  }

  /** Creates the directory (0700) if needed, locks it, and removes the temporary files a kill left. */
  static async open(dir: string): Promise<DiskStore> {
    await mkdir(join(dir, BLOB_DIR), { recursive: true, mode: DIR_MODE });
    const store = new DiskStore(dir, await lockDataDir(dir));
    try {
      await removeTempFiles(dir, (base) => base === STATE_FILE || base === LOCK_FILE);
      await removeTempFiles(join(dir, BLOB_DIR), (base) => BLOB_NAME.test(base));
      await store.tightenStateFile();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** A state file written world-readable (by an earlier version) is made owner-only. */
  private async tightenStateFile(): Promise<void> {
    try {
      if ((await stat(this.stateFile)).mode & 0o077) await chmod(this.stateFile, FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** The saved state, undefined when none was saved; StateFileUnreadable when it is not JSON or not `expected`. */
  async loadState<T>(isValid: (value: unknown) => value is T, expected: string): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(this.stateFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new StateFileUnreadable(this.stateFile, `is not valid JSON (${(error as Error).message})`);
    }
    if (!isValid(value)) throw new StateFileUnreadable(this.stateFile, `is not ${expected}`);
    return value;
  }

  saveState(state: unknown): Promise<void> {
    return writeDurable(this.stateFile, JSON.stringify(state));
  }

  async readBlob(imageId: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(blobFile(this.dir, imageId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Writes blob files durably, their directory synced once after the last. */
  async writeBlobs(blobs: readonly (readonly [imageId: string, bytes: Uint8Array])[]): Promise<void> {
    if (!blobs.length) return;
    for (const [imageId, bytes] of blobs) await writeDurable(blobFile(this.dir, imageId), bytes, { syncDirectory: false });
    await syncDir(join(this.dir, BLOB_DIR));
  }

  removeBlob(imageId: string): Promise<void> {
    return rm(blobFile(this.dir, imageId), { force: true });
  }

  /** Removes the blob files of no image in `imageIds` (written, or kept, by a write a kill cut short); returns how many. */
  async removeOrphanBlobs(imageIds: Iterable<string>): Promise<number> {
    const kept = new Set(Array.from(imageIds, blobName));
    const orphans = (await readdir(join(this.dir, BLOB_DIR))).filter((name) => BLOB_NAME.test(name) && !kept.has(name));
    for (const name of orphans) await rm(join(this.dir, BLOB_DIR, name), { force: true });
    return orphans.length;
  }

  /** Releases the directory's lock (once every write is done). */
  close(): Promise<void> {
    return this.lock.release();
  }
}
