// Optional on-disk persistence: one JSON state file plus one file per image blob, written atomically.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STATE_FILE = 'state.json';
const BLOB_DIR = 'blobs';

/** Writes via a temporary file in the same directory and a rename, so readers never see half a file. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Blob file name: a hash of the image id, since custom ids may contain `/` and other characters. */
export function blobFile(dir: string, imageId: string): string {
  return join(dir, BLOB_DIR, `${createHash('sha256').update(imageId).digest('hex')}.bin`);
}

export class DiskStore {
  constructor(readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(join(this.dir, BLOB_DIR), { recursive: true });
  }

  async loadState<T>(): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dir, STATE_FILE), 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  saveState(state: unknown): Promise<void> {
    return writeAtomic(join(this.dir, STATE_FILE), JSON.stringify(state));
  }

  async readBlob(imageId: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(blobFile(this.dir, imageId)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  writeBlob(imageId: string, bytes: Uint8Array): Promise<void> {
    return writeAtomic(blobFile(this.dir, imageId), bytes);
  }

  removeBlob(imageId: string): Promise<void> {
    return rm(blobFile(this.dir, imageId), { force: true });
  }
}
