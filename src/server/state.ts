// The server's in-memory account state, mutated only under a mutex and optionally persisted.
import { randomBytes } from 'node:crypto';
import type { components } from '../../generated/schema.js';
import { ApiError, Codes, badRequest, notFound } from './http.js';
import { Mutex } from './mutex.js';
import { DiskStore } from './persist.js';
import { componentSchema } from './spec.js';

type Schemas = components['schemas'];

/** An image as stored: the spec's Image without its derived delivery URLs, plus what the server needs to serve it. */
export type StoredImage = Omit<Schemas['Image'], 'variants' | 'creator'> & {
  /** Always present, null when not given (the API shows `creator: null`). */
  creator: string | null;
  /** Whether the id was given by the caller (custom ids cannot require signed URLs). */
  customId: boolean;
  contentType?: string;
  size?: number;
};

export type VariantOptions = Schemas['VariantOptions'];
/** A variant as stored: the spec's Variant, with `neverRequireSignedURLs` always explicit. */
export type StoredVariant = Required<Schemas['Variant']>;
export type SigningKey = Schemas['SigningKey'];

export interface UploadSlot {
  token: string;
  imageId: string;
  expiresMs: number;
  status: 'pending' | 'used' | 'expired';
}

interface Snapshot {
  version: 1;
  images: StoredImage[];
  keys: SigningKey[];
  variants: StoredVariant[];
  uploads: UploadSlot[];
}

/** Everything a mutation may change. Mutations work on a copy and never change the objects in it in place. */
interface Data {
  images: Map<string, StoredImage>;
  blobs: Map<string, Uint8Array>;
  variants: Map<string, StoredVariant>;
  uploads: Map<string, UploadSlot>;
  keys: SigningKey[];
}

/** What a mutation returns: its result, and the image ids whose blob files it adds or removes. */
interface Change<T> {
  result: T;
  wrote?: string[];
  removed?: string[];
}

/** The most variants an account can have: the spec's `VariantMap.variants.maxProperties`. */
export const MAX_VARIANTS: number = componentSchema('VariantMap').properties.variants.maxProperties;
if (!Number.isInteger(MAX_VARIANTS)) throw new Error('the spec states no VariantMap.variants.maxProperties');
const SLOT_RETENTION_MS = 24 * 3600 * 1000;

export const DEFAULT_VARIANT: StoredVariant = {
  id: 'public',
  options: { fit: 'scale-down', metadata: 'none', width: 1366, height: 768 },
  neverRequireSignedURLs: false,
};

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random 32-character alphanumeric signing-key value. */
export function newKeyValue(): string {
  const bytes = randomBytes(32);
  return Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

const emptyData = (): Data => ({ images: new Map(), blobs: new Map(), variants: new Map(), uploads: new Map(), keys: [] });

/** A copy a mutation can change freely: new maps and arrays holding the same (never mutated) entries. */
const copyOf = (d: Data): Data => ({
  images: new Map(d.images),
  blobs: new Map(d.blobs),
  variants: new Map(d.variants),
  uploads: new Map(d.uploads),
  keys: [...d.keys],
});

const snapshotOf = (d: Data): Snapshot => ({
  version: 1,
  images: [...d.images.values()],
  keys: d.keys,
  variants: [...d.variants.values()],
  uploads: [...d.uploads.values()],
});

function imageIn(d: Data, id: string): StoredImage {
  const image = d.images.get(id);
  if (!image) throw notFound('Image not found');
  return image;
}

function variantIn(d: Data, id: string): StoredVariant {
  const variant = d.variants.get(id);
  if (!variant) throw notFound(`Variant '${id}' not found`);
  return variant;
}

/** The slot of an upload URL that can still take its file; otherwise the 404 / 409 / 410 to answer. */
function openSlotIn(d: Data, token: string, now: number): UploadSlot {
  const slot = d.uploads.get(token);
  if (!slot) throw new ApiError(404, Codes.notFound, 'Unknown upload URL');
  if (slot.status === 'used') throw new ApiError(409, Codes.conflict, 'This upload URL has already been used');
  if (slot.status === 'expired' || slot.expiresMs <= now || !d.images.get(slot.imageId)?.draft)
    throw new ApiError(410, Codes.uploadUrlExpired, 'This upload URL has expired');
  return slot;
}

export class ImagesState {
  /** Replaced as a whole when a mutation commits, so readers never see half of one. */
  private data: Data = emptyData();
  private readonly lock = new Mutex();

  private constructor(
    private readonly disk: DiskStore | undefined,
    private readonly now: () => number,
  ) {}

  static async open(options: { dataDir?: string; now: () => number }): Promise<ImagesState> {
    const disk = options.dataDir ? new DiskStore(options.dataDir) : undefined;
    const state = new ImagesState(disk, options.now);
    const snapshot = disk ? (await disk.init(), await disk.loadState<Snapshot>()) : undefined;
    const d = state.data;
    if (snapshot) {
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
    } else {
      d.keys = [{ name: 'default', value: newKeyValue() }];
      d.variants.set(DEFAULT_VARIANT.id, structuredClone(DEFAULT_VARIANT));
      if (disk) await disk.saveState(snapshotOf(d));
    }
    return state;
  }

  get images(): ReadonlyMap<string, StoredImage> {
    return this.data.images;
  }

  get blobs(): ReadonlyMap<string, Uint8Array> {
    return this.data.blobs;
  }

  get variants(): ReadonlyMap<string, StoredVariant> {
    return this.data.variants;
  }

  get uploads(): ReadonlyMap<string, UploadSlot> {
    return this.data.uploads;
  }

  get keys(): readonly SigningKey[] {
    return this.data.keys;
  }

  snapshot(): Snapshot {
    return snapshotOf(this.data);
  }

  /**
   * Runs `change` under the mutex on a copy of the state, persists the copy (new blobs, then the state
   * file) and only then makes it the live state; if persisting fails, memory is as before and the
   * error propagates (a 500). Blob files of removed images are deleted last, best effort.
   */
  private mutate<T>(change: (draft: Data) => Change<T>): Promise<T> {
    return this.lock.run(async () => {
      const draft = copyOf(this.data);
      const { result, wrote = [], removed = [] } = change(draft);
      if (this.disk) await this.persist(draft, wrote);
      this.data = draft;
      if (this.disk) {
        for (const id of removed) {
          // The saved state no longer lists the image, so a leftover file is never loaded; keep the answer a success.
          await this.disk.removeBlob(id).catch((error) => console.error(`[images-server] could not remove the blob file of a deleted image:`, error));
        }
      }
      return result;
    });
  }

  private async persist(draft: Data, wrote: string[]): Promise<void> {
    const disk = this.disk!;
    try {
      for (const id of wrote) await disk.writeBlob(id, draft.blobs.get(id)!);
      await disk.saveState(snapshotOf(draft));
    } catch (error) {
      // Nothing is applied: drop the blob files just written (their images are new, so the saved state does not list them).
      for (const id of wrote) await disk.removeBlob(id).catch(() => undefined);
      throw error;
    }
  }

  /** Waits for every queued mutation (and its disk writes) to finish. */
  idle(): Promise<void> {
    return this.lock.idle();
  }

  // ---- images ----

  /** Non-draft images. */
  completeImages(): StoredImage[] {
    return [...this.data.images.values()].filter((i) => !i.draft);
  }

  getImage(id: string): StoredImage {
    return imageIn(this.data, id);
  }

  addImage(image: StoredImage, bytes: Uint8Array): Promise<StoredImage> {
    return this.mutate((d) => {
      if (d.images.has(image.id)) throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');
      d.images.set(image.id, image);
      d.blobs.set(image.id, bytes);
      return { result: image, wrote: [image.id] };
    });
  }

  updateImage(id: string, patch: { creator?: string; meta?: Record<string, unknown>; requireSignedURLs?: boolean }): Promise<StoredImage> {
    return this.mutate((d) => {
      const image = imageIn(d, id);
      if (patch.requireSignedURLs === true && image.customId)
        throw badRequest('Images with a custom ID cannot require signed URLs', '/body/requireSignedURLs');
      const next: StoredImage = { ...image };
      if (patch.creator !== undefined) next.creator = patch.creator;
      if (patch.meta !== undefined) next.meta = patch.meta;
      if (patch.requireSignedURLs !== undefined) next.requireSignedURLs = patch.requireSignedURLs;
      d.images.set(id, next);
      return { result: next };
    });
  }

  deleteImage(id: string): Promise<void> {
    return this.mutate((d) => {
      imageIn(d, id);
      d.images.delete(id);
      d.blobs.delete(id);
      for (const slot of d.uploads.values())
        if (slot.imageId === id && slot.status === 'pending') d.uploads.set(slot.token, { ...slot, status: 'expired' });
      return { result: undefined, removed: [id] };
    });
  }

  // ---- direct uploads ----

  createDraft(image: StoredImage, slot: UploadSlot): Promise<StoredImage> {
    return this.mutate((d) => {
      if (d.images.has(image.id)) throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');
      d.images.set(image.id, image);
      d.uploads.set(slot.token, slot);
      return { result: image };
    });
  }

  /** The slot of an upload URL that can still take its file; otherwise throws the 404 / 409 / 410 to answer. */
  openUploadSlot(token: string): UploadSlot {
    return openSlotIn(this.data, token, this.now());
  }

  completeUpload(token: string, file: { bytes: Uint8Array; contentType: string; filename?: string }): Promise<StoredImage> {
    return this.mutate((d) => {
      const slot = openSlotIn(d, token, this.now());
      const draft = d.images.get(slot.imageId)!;
      d.uploads.set(token, { ...slot, status: 'used' });
      const image: StoredImage = { ...draft, uploaded: new Date(this.now()).toISOString(), contentType: file.contentType, size: file.bytes.byteLength };
      delete image.draft;
      if (file.filename) image.filename = file.filename;
      d.images.set(image.id, image);
      d.blobs.set(image.id, file.bytes);
      return { result: image, wrote: [image.id] };
    });
  }

  /** Removes drafts whose upload URL expired and forgets old spent slots; a no-op (no lock, no write) when nothing is due. */
  async sweep(): Promise<void> {
    const now = this.now();
    const due = [...this.data.uploads.values()].some(
      (s) => (s.status === 'pending' && s.expiresMs <= now) || (s.status !== 'pending' && s.expiresMs + SLOT_RETENTION_MS <= now),
    );
    if (!due) return;
    await this.mutate((d) => {
      for (let [token, slot] of d.uploads) {
        if (slot.status === 'pending' && slot.expiresMs <= now) {
          slot = { ...slot, status: 'expired' };
          d.uploads.set(token, slot);
          if (d.images.get(slot.imageId)?.draft) d.images.delete(slot.imageId);
        }
        if (slot.status !== 'pending' && slot.expiresMs + SLOT_RETENTION_MS <= now) d.uploads.delete(token);
      }
      return { result: undefined };
    });
  }

  // ---- signing keys ----

  putKey(name: string): Promise<readonly SigningKey[]> {
    return this.mutate((d) => {
      const key = { name, value: newKeyValue() };
      const index = d.keys.findIndex((k) => k.name === name);
      d.keys = index < 0 ? [...d.keys, key] : d.keys.map((k, i) => (i === index ? key : k));
      return { result: d.keys };
    });
  }

  deleteKey(name: string): Promise<readonly SigningKey[]> {
    return this.mutate((d) => {
      if (!d.keys.some((k) => k.name === name)) throw notFound(`Signing key '${name}' not found`);
      d.keys = d.keys.filter((k) => k.name !== name);
      if (d.keys.length === 0) d.keys = [{ name: 'default', value: newKeyValue() }];
      return { result: d.keys };
    });
  }

  // ---- variants ----

  getVariant(id: string): StoredVariant {
    return variantIn(this.data, id);
  }

  createVariant(variant: StoredVariant): Promise<StoredVariant> {
    return this.mutate((d) => {
      if (d.variants.has(variant.id)) throw new ApiError(400, Codes.conflict, `A variant named '${variant.id}' already exists`, '/body/id');
      if (d.variants.size >= MAX_VARIANTS) throw badRequest(`Too many variants: an account can have at most ${MAX_VARIANTS}`);
      d.variants.set(variant.id, variant);
      return { result: variant };
    });
  }

  updateVariant(id: string, patch: { options: VariantOptions; neverRequireSignedURLs?: boolean }): Promise<StoredVariant> {
    return this.mutate((d) => {
      const variant = { ...variantIn(d, id), options: patch.options };
      if (patch.neverRequireSignedURLs !== undefined) variant.neverRequireSignedURLs = patch.neverRequireSignedURLs;
      d.variants.set(id, variant);
      return { result: variant };
    });
  }

  deleteVariant(id: string): Promise<void> {
    return this.mutate((d) => {
      variantIn(d, id);
      d.variants.delete(id);
      return { result: undefined };
    });
  }
}
