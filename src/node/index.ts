import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';

/**
 * A file on disk as a Blob for `images.v1.create({ file })`, without reading it into memory
 * first (Node ≥ 19.8 `fs.openAsBlob`). The file name travels with it.
 */
export async function fileFromPath(path: string, options: { contentType?: string } = {}): Promise<File> {
  const blob = await openAsBlob(path, options.contentType ? { type: options.contentType } : undefined);
  return new File([blob], basename(path), { type: blob.type });
}
