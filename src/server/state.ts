// The server's in-memory account state, mutated only under a mutex and optionally persisted.
import { randomBytes } from 'node:crypto';
import { ApiError, Codes, badRequest, notFound } from './http.js';
import { Mutex } from './mutex.js';
import { DiskStore } from './persist.js';

export interface StoredImage {
  id: string;
  filename?: string;
  creator: string | null;
  meta?: Record<string, unknown>;
  requireSignedURLs: boolean;
  /** ISO upload time; for a direct upload, when its file arrived. */
  uploaded: string;
  /** True for a direct-upload image whose file has not arrived. */
  draft?: true;
  /** Whether the id was given by the caller (custom ids cannot require signed URLs). */
  customId: boolean;
  contentType?: string;
  size?: number;
}

export interface VariantOptions {
  fit: 'scale-down' | 'contain' | 'cover' | 'crop' | 'pad';
  metadata: 'keep' | 'copyright' | 'none';
  width: number;
  height: number;
}

export interface StoredVariant {
  id: string;
  options: VariantOptions;
  neverRequireSignedURLs: boolean;
}

export interface SigningKey {
  name: string;
  value: string;
}

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

export const MAX_VARIANTS = 100;
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

export class ImagesState {
  readonly images = new Map<string, StoredImage>();
  readonly blobs = new Map<string, Uint8Array>();
  readonly variants = new Map<string, StoredVariant>();
  readonly uploads = new Map<string, UploadSlot>();
  keys: SigningKey[] = [];
  private readonly lock = new Mutex();

  private constructor(
    private readonly disk: DiskStore | undefined,
    private readonly now: () => number,
  ) {}

  static async open(options: { dataDir?: string; now: () => number }): Promise<ImagesState> {
    const disk = options.dataDir ? new DiskStore(options.dataDir) : undefined;
    const state = new ImagesState(disk, options.now);
    const snapshot = disk ? (await disk.init(), await disk.loadState<Snapshot>()) : undefined;
    if (snapshot) {
      for (const image of snapshot.images) {
        if (!image.draft) {
          const bytes = await disk!.readBlob(image.id);
          if (!bytes) continue; // a blob lost outside the server: drop the image rather than serve nothing
          state.blobs.set(image.id, bytes);
        }
        state.images.set(image.id, image);
      }
      state.keys = snapshot.keys;
      for (const v of snapshot.variants) state.variants.set(v.id, v);
      for (const u of snapshot.uploads) state.uploads.set(u.token, u);
    } else {
      state.keys = [{ name: 'default', value: newKeyValue() }];
      state.variants.set(DEFAULT_VARIANT.id, structuredClone(DEFAULT_VARIANT));
      if (disk) await disk.saveState(state.snapshot());
    }
    return state;
  }

  snapshot(): Snapshot {
    return {
      version: 1,
      images: [...this.images.values()],
      keys: this.keys,
      variants: [...this.variants.values()],
      uploads: [...this.uploads.values()],
    };
  }

  /** Runs `change` under the mutex, then persists: new blobs first, then the state file, then removed blobs. */
  private mutate<T>(change: () => { result: T; wrote?: string[]; removed?: string[] }): Promise<T> {
    return this.lock.run(async () => {
      const { result, wrote = [], removed = [] } = change();
      if (this.disk) {
        for (const id of wrote) await this.disk.writeBlob(id, this.blobs.get(id)!);
        await this.disk.saveState(this.snapshot());
        for (const id of removed) await this.disk.removeBlob(id);
      }
      return result;
    });
  }

  /** Waits for every queued mutation (and its disk writes) to finish. */
  idle(): Promise<void> {
    return this.lock.idle();
  }

  // ---- images ----

  /** Non-draft images. */
  completeImages(): StoredImage[] {
    return [...this.images.values()].filter((i) => !i.draft);
  }

  getImage(id: string): StoredImage {
    const image = this.images.get(id);
    if (!image) throw notFound('Image not found');
    return image;
  }

  addImage(image: StoredImage, bytes: Uint8Array): Promise<StoredImage> {
    return this.mutate(() => {
      if (this.images.has(image.id)) throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');
      this.images.set(image.id, image);
      this.blobs.set(image.id, bytes);
      return { result: image, wrote: [image.id] };
    });
  }

  updateImage(id: string, patch: { creator?: string; meta?: Record<string, unknown>; requireSignedURLs?: boolean }): Promise<StoredImage> {
    return this.mutate(() => {
      const image = this.getImage(id);
      if (patch.requireSignedURLs === true && image.customId)
        throw badRequest('Images with a custom ID cannot require signed URLs', '/body/requireSignedURLs');
      const next: StoredImage = { ...image };
      if (patch.creator !== undefined) next.creator = patch.creator;
      if (patch.meta !== undefined) next.meta = patch.meta;
      if (patch.requireSignedURLs !== undefined) next.requireSignedURLs = patch.requireSignedURLs;
      this.images.set(id, next);
      return { result: next };
    });
  }

  deleteImage(id: string): Promise<void> {
    return this.mutate(() => {
      this.getImage(id);
      this.images.delete(id);
      this.blobs.delete(id);
      for (const slot of this.uploads.values()) if (slot.imageId === id && slot.status === 'pending') slot.status = 'expired';
      return { result: undefined, removed: [id] };
    });
  }

  // ---- direct uploads ----

  createDraft(image: StoredImage, slot: UploadSlot): Promise<StoredImage> {
    return this.mutate(() => {
      if (this.images.has(image.id)) throw new ApiError(400, Codes.conflict, `An image with ID '${image.id}' already exists`, '/body/id');
      this.images.set(image.id, image);
      this.uploads.set(slot.token, slot);
      return { result: image };
    });
  }

  /** The slot of an upload token (pending, used or expired), if the server knows it. */
  uploadSlot(token: string): UploadSlot | undefined {
    return this.uploads.get(token);
  }

  completeUpload(token: string, file: { bytes: Uint8Array; contentType: string; filename?: string }): Promise<StoredImage> {
    return this.mutate(() => {
      const slot = this.uploads.get(token);
      if (!slot) throw new ApiError(404, Codes.notFound, 'Unknown upload URL');
      if (slot.status === 'used') throw new ApiError(409, Codes.conflict, 'This upload URL has already been used');
      const draft = this.images.get(slot.imageId);
      if (slot.status === 'expired' || slot.expiresMs <= this.now() || !draft?.draft)
        throw new ApiError(410, 5410, 'This upload URL has expired');
      slot.status = 'used';
      const image: StoredImage = { ...draft, uploaded: new Date(this.now()).toISOString(), contentType: file.contentType, size: file.bytes.byteLength };
      delete image.draft;
      if (file.filename) image.filename = file.filename;
      this.images.set(image.id, image);
      this.blobs.set(image.id, file.bytes);
      return { result: image, wrote: [image.id] };
    });
  }

  /** Removes drafts whose upload URL expired and forgets old spent slots; a no-op (no lock, no write) when nothing is due. */
  async sweep(): Promise<void> {
    const now = this.now();
    const due = [...this.uploads.values()].some(
      (s) => (s.status === 'pending' && s.expiresMs <= now) || (s.status !== 'pending' && s.expiresMs + SLOT_RETENTION_MS <= now),
    );
    if (!due) return;
    await this.mutate(() => {
      for (const [token, slot] of this.uploads) {
        if (slot.status === 'pending' && slot.expiresMs <= now) {
          slot.status = 'expired';
          if (this.images.get(slot.imageId)?.draft) this.images.delete(slot.imageId);
        }
        if (slot.status !== 'pending' && slot.expiresMs + SLOT_RETENTION_MS <= now) this.uploads.delete(token);
      }
      return { result: undefined };
    });
  }

  // ---- signing keys ----

  putKey(name: string): Promise<SigningKey[]> {
    return this.mutate(() => {
      const key = { name, value: newKeyValue() };
      const index = this.keys.findIndex((k) => k.name === name);
      this.keys = index < 0 ? [...this.keys, key] : this.keys.map((k, i) => (i === index ? key : k));
      return { result: this.keys };
    });
  }

  deleteKey(name: string): Promise<SigningKey[]> {
    return this.mutate(() => {
      if (!this.keys.some((k) => k.name === name)) throw notFound(`Signing key '${name}' not found`);
      this.keys = this.keys.filter((k) => k.name !== name);
      if (this.keys.length === 0) this.keys = [{ name: 'default', value: newKeyValue() }];
      return { result: this.keys };
    });
  }

  // ---- variants ----

  getVariant(id: string): StoredVariant {
    const variant = this.variants.get(id);
    if (!variant) throw notFound(`Variant '${id}' not found`);
    return variant;
  }

  createVariant(variant: StoredVariant): Promise<StoredVariant> {
    return this.mutate(() => {
      if (this.variants.has(variant.id)) throw new ApiError(400, Codes.conflict, `A variant named '${variant.id}' already exists`, '/body/id');
      if (this.variants.size >= MAX_VARIANTS) throw badRequest(`Too many variants: an account can have at most ${MAX_VARIANTS}`);
      this.variants.set(variant.id, variant);
      return { result: variant };
    });
  }

  updateVariant(id: string, patch: { options: VariantOptions; neverRequireSignedURLs?: boolean }): Promise<StoredVariant> {
    return this.mutate(() => {
      const variant = { ...this.getVariant(id), options: patch.options };
      if (patch.neverRequireSignedURLs !== undefined) variant.neverRequireSignedURLs = patch.neverRequireSignedURLs;
      this.variants.set(id, variant);
      return { result: variant };
    });
  }

  deleteVariant(id: string): Promise<void> {
    return this.mutate(() => {
      this.getVariant(id);
      this.variants.delete(id);
      return { result: undefined };
    });
  }
}
