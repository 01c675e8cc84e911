// The account's images, keys, variants and direct uploads: the domain rules, as mutations of a
// transactional store (./store.ts) over the data model (./data.ts).
import { ApiError, Codes, badRequest, notFound } from './errors.js';
import {
  MAX_VARIANTS,
  SLOT_RETENTION_MS,
  copyOf,
  imageIn,
  load,
  newKeyValue,
  onDisk,
  openSlotIn,
  snapshotOf,
  variantIn,
  type Data,
  type ImagePatch,
  type Schemas,
  type SigningKey,
  type Snapshot,
  type StoredImage,
  type StoredVariant,
  type UploadSlot,
} from './data.js';
import { DiskStore } from './persist.js';
import { Store, type Change } from './store.js';

export type { ImagePatch, SigningKey, StoredImage, StoredVariant, UploadSlot } from './data.js';

export class ImagesState {
  private readonly commitListeners: ((images: ReadonlyMap<string, StoredImage>) => void)[] = [];
  private listingView?: () => ReadonlyMap<string, StoredImage>;
  private newKey: () => string = newKeyValue;

  private constructor(
    private readonly store: Store<Data>,
    private readonly now: () => number,
    private readonly disk?: DiskStore,
  ) {}

  /** The state, in memory or loaded from `dataDir` (locked until close). */
  static async open(options: { dataDir?: string; now: () => number }): Promise<ImagesState> {
    const disk = options.dataDir ? await DiskStore.open(options.dataDir) : undefined;
    try {
      return new ImagesState(new Store(await load(disk), copyOf, disk && onDisk(disk)), options.now, disk);
    } catch (error) {
      await disk?.close();
      throw error;
    }
  }

  /** Waits for every write, then releases the data directory. */
  async close(): Promise<void> {
    await this.idle();
    await this.disk?.close();
  }

  private get data(): Data {
    return this.store.data;
  }

  private async mutate<T>(change: (draft: Data) => Change<T>): Promise<T> {
    const result = await this.store.mutate(change);
    for (const listener of this.commitListeners) listener(this.data.images);
    return result;
  }

  /** Calls `listener` with the images after every committed change. */
  onCommit(listener: (images: ReadonlyMap<string, StoredImage>) => void): void {
    this.commitListeners.push(listener);
  }

  /** Lists and stats show the images `view` returns instead of the live ones (the lagging-lists variation). */
  showListsThrough(view: () => ReadonlyMap<string, StoredImage>): void {
    this.listingView = view;
  }

  /** New signing-key values come from `generate` (the key-values variation); the default key made at start keeps its own. */
  makeKeyValuesWith(generate: () => string): void {
    this.newKey = generate;
  }

  /** The images as lists and stats show them: the live ones, unless a view was set. */
  listedImages(): ReadonlyMap<string, StoredImage> {
    return this.listingView?.() ?? this.data.images;
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

  /** Waits for every queued mutation (and its disk writes) to finish. */
  idle(): Promise<void> {
    return this.store.idle();
  }

  // ---- images ----

  /** Non-draft images, as lists and stats show them. */
  completeImages(): StoredImage[] {
    return [...this.listedImages().values()].filter((i) => !i.draft);
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

  updateImage(id: string, patch: ImagePatch): Promise<StoredImage> {
    return this.mutate((d) => {
      const image = imageIn(d, id);
      if (patch.requireSignedURLs === true && image.customId) throw badRequest('Images with a custom ID cannot require signed URLs', '/body/requireSignedURLs');
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
      for (const slot of d.uploads.values()) if (slot.imageId === id && slot.status === 'pending') d.uploads.set(slot.token, { ...slot, status: 'expired' });
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
      const key = { name, value: this.newKey() };
      const index = d.keys.findIndex((k) => k.name === name);
      d.keys = index < 0 ? [...d.keys, key] : d.keys.map((k, i) => (i === index ? key : k));
      return { result: d.keys };
    });
  }

  deleteKey(name: string): Promise<readonly SigningKey[]> {
    return this.mutate((d) => {
      if (!d.keys.some((k) => k.name === name)) throw notFound(`Signing key '${name}' not found`);
      d.keys = d.keys.filter((k) => k.name !== name);
      if (d.keys.length === 0) d.keys = [{ name: 'default', value: this.newKey() }];
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

  updateVariant(id: string, patch: Schemas['UpdateVariantBody']): Promise<StoredVariant> {
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
