// The account's data model: what is stored for images, keys, variants and direct uploads, how it
// is copied, snapshotted, loaded and persisted.
import { randomBytes } from 'node:crypto';
import type { components } from '../../generated/schema.js';
import { facts } from '../../generated/operations.js';
import { ApiError, Codes, notFound } from './errors.js';
import { DiskStore } from './persist.js';
import type { Persistence } from './store.js';

export type Schemas = components['schemas'];

/** An image as stored: the spec's Image without its derived delivery URLs, plus what the server needs to serve it. */
export type StoredImage = Omit<Schemas['Image'], 'variants' | 'creator'> & {
  /** Always present, null when not given (the API shows `creator: null`). */
  creator: string | null;
  /** Whether the id was given by the caller (custom ids cannot require signed URLs). */
  customId: boolean;
  contentType?: string;
  size?: number;
};

/** An image update: the spec's UpdateImageBody, with `metadata` as it is stored (`meta`). */
export type ImagePatch = Omit<Schemas['UpdateImageBody'], 'metadata'> & { meta?: Schemas['Metadata'] };
/** A variant as stored: the spec's Variant, with `neverRequireSignedURLs` always explicit. */
export type StoredVariant = Required<Schemas['Variant']>;
export type SigningKey = Schemas['SigningKey'];

export interface UploadSlot {
  token: string;
  imageId: string;
  expiresMs: number;
  status: 'pending' | 'used' | 'expired';
}

export interface Snapshot {
  version: 1;
  images: StoredImage[];
  keys: SigningKey[];
  variants: StoredVariant[];
  uploads: UploadSlot[];
}

/** Everything a mutation may change. Mutations work on a copy and never change the objects in it in place. */
export interface Data {
  images: Map<string, StoredImage>;
  blobs: Map<string, Uint8Array>;
  variants: Map<string, StoredVariant>;
  uploads: Map<string, UploadSlot>;
  keys: SigningKey[];
}

export { MAX_VARIANTS } from '../spec/variant-limit.js';
export const SLOT_RETENTION_MS = 24 * 3600 * 1000;

/** The variant every account starts with: the spec's `x-cf-default-variant`. */
const DEFAULT_VARIANT: StoredVariant = structuredClone(facts.defaultVariant);

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random 32-character alphanumeric signing-key value. */
export function newKeyValue(): string {
  const bytes = randomBytes(32);
  return Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

const emptyData = (): Data => ({ images: new Map(), blobs: new Map(), variants: new Map(), uploads: new Map(), keys: [] });

/** A copy a mutation can change freely: new maps and arrays holding the same (never mutated) entries. */
export const copyOf = (d: Data): Data => ({
  images: new Map(d.images),
  blobs: new Map(d.blobs),
  variants: new Map(d.variants),
  uploads: new Map(d.uploads),
  keys: [...d.keys],
});

export const snapshotOf = (d: Data): Snapshot => ({
  version: 1,
  images: [...d.images.values()],
  keys: d.keys,
  variants: [...d.variants.values()],
  uploads: [...d.uploads.values()],
});

export function imageIn(d: Data, id: string): StoredImage {
  const image = d.images.get(id);
  if (!image) throw notFound('Image not found');
  return image;
}

export function variantIn(d: Data, id: string): StoredVariant {
  const variant = d.variants.get(id);
  if (!variant) throw notFound(`Variant '${id}' not found`);
  return variant;
}

/** The slot of an upload URL that can still take its file; otherwise the 404 / 409 / 410 to answer. */
export function openSlotIn(d: Data, token: string, now: number): UploadSlot {
  const slot = d.uploads.get(token);
  if (!slot) throw new ApiError(404, Codes.notFound, 'Unknown upload URL');
  if (slot.status === 'used') throw new ApiError(409, Codes.conflict, 'This upload URL has already been used');
  if (slot.status === 'expired' || slot.expiresMs <= now || !d.images.get(slot.imageId)?.draft)
    throw new ApiError(410, Codes.uploadUrlExpired, 'This upload URL has expired');
  return slot;
}

/** Blob files (one per image id) and the state file in a data directory. */
export function onDisk(disk: DiskStore): Persistence<Data> {
  return {
    async commit(draft, wrote) {
      try {
        // The blobs first, synced, so the state never names a blob a crash could lose.
        await disk.writeBlobs(wrote.map((id) => [id, draft.blobs.get(id)!] as const));
        await disk.saveState(snapshotOf(draft));
      } catch (error) {
        // Nothing is applied: drop the blob files just written (their images are new, so the saved state does not list them).
        for (const id of wrote) await disk.removeBlob(id).catch(() => undefined);
        throw error;
      }
    },
    async discard(removed) {
      // The saved state no longer lists these images, so a leftover file is never loaded; the answer stays a success.
      for (const id of removed)
        await disk.removeBlob(id).catch((error) => console.error('[images-server] could not remove the blob file of a deleted image:', error));
    },
  };
}

const isSnapshot = (value: unknown): value is Snapshot => {
  const s = value as Snapshot;
  return !!s && s.version === 1 && [s.images, s.keys, s.variants, s.uploads].every(Array.isArray);
};

/** The data saved in `disk` (blob files no saved image names are removed), or a new account's. */
export async function load(disk: DiskStore | undefined): Promise<Data> {
  const d = emptyData();
  const snapshot = disk && (await disk.loadState(isSnapshot, 'a state file of this server (version 1, with images, keys, variants and uploads)'));
  if (!snapshot) {
    d.keys = [{ name: 'default', value: newKeyValue() }];
    d.variants.set(DEFAULT_VARIANT.id, structuredClone(DEFAULT_VARIANT));
    if (disk) await disk.saveState(snapshotOf(d));
    return d;
  }
  for (const image of snapshot.images) {
    if (!image.draft) {
      const bytes = await disk!.readBlob(image.id);
      if (!bytes) continue; // a blob lost outside the server: drop the image rather than serve nothing
      d.blobs.set(image.id, bytes);
    }
    d.images.set(image.id, image);
  }
  d.keys = snapshot.keys;
  for (const v of snapshot.variants) d.variants.set(v.id, v);
  for (const u of snapshot.uploads) d.uploads.set(u.token, u);
  await disk!.removeOrphanBlobs(d.blobs.keys());
  return d;
}
