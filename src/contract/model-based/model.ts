// The reference model of the model-based phase: what the account holds of what this sequence
// created, as the spec's rules say it must be after each command. Commands predict every answer
// from it and update it only as the spec allows.

export type ImageState = 'draft' | 'stored' | 'deleted';

export interface ImageModel {
  id: string;
  /** Chosen by the run (a custom id) rather than assigned by the server. */
  custom: boolean;
  meta: Record<string, unknown>;
  creator: string;
  requireSignedURLs: boolean;
  state: ImageState;
  /** The file name it was uploaded with (an upload's; a direct upload's file name is not documented). */
  filename?: string;
  /** Its bytes, base64, once stored. */
  file?: string;
  /** One of its delivery URLs, as the server showed it. */
  deliveryUrl?: string;
}

export interface VariantModel {
  name: string;
  options: Record<string, unknown>;
  /** Unknown after an update that did not send it (`open:variant-update-flag`). */
  never: boolean | undefined;
  live: boolean;
}

export interface KeyModel {
  name: string;
  /** The secret value (never printed; scripts capture it into a variable). */
  value?: string;
  live: boolean;
  /** The script's variable that holds the value. */
  variable: string;
}

export interface UploadUrlModel {
  imageId: string;
  url: string;
  used: boolean;
  /** Its draft was deleted: what the URL then does is not documented. */
  orphaned?: boolean;
}

/** Names unique to one sequence (and one run), so sequences never meet each other's leftovers. */
export interface Naming {
  /** The creators the sequence uploads with (lists are scoped to one of them). */
  creators: readonly string[];
  /** The run's metadata tag (field and value), also a scope for v2 lists. */
  tag: { field: string; value: string };
  /** Prefix of custom ids; alphanumeric prefix of variant and key names. */
  idPrefix: string;
  namePrefix: string;
}

export class Model {
  readonly images: ImageModel[] = [];
  readonly variants: VariantModel[] = [];
  readonly keys: KeyModel[] = [];
  readonly uploads: UploadUrlModel[] = [];
  /** The range of baselines (images of the account besides this sequence's) every stats read so far agrees with. */
  statsBaseline: [number, number] = [0, Number.MAX_SAFE_INTEGER];
  /** Names of the variants the account had before the sequence (the documented maximum counts them). */
  preexistingVariants: string[] = [];
  /** A delivery URL of any image: the shape of this account's delivery URLs. */
  deliveryTemplate?: { url: string; imageId: string };
  #names = 0;

  constructor(readonly naming: Naming) {}

  nextCustomId(): string {
    return `${this.naming.idPrefix}/i${++this.#names}`;
  }

  nextName(kind: 'v' | 'k'): string {
    return `${this.naming.namePrefix}${kind}${++this.#names}`;
  }

  imagesIn(...states: ImageState[]): ImageModel[] {
    return this.images.filter((i) => states.includes(i.state));
  }

  /** Every id an image or draft of this sequence has (a deleted one's id is free again). */
  takenIds(): string[] {
    return this.imagesIn('draft', 'stored').map((i) => i.id);
  }

  liveVariants(): VariantModel[] {
    return this.variants.filter((v) => v.live);
  }

  liveKeys(): KeyModel[] {
    return this.keys.filter((k) => k.live);
  }

  imageById(id: string): ImageModel | undefined {
    return this.images.find((i) => i.id === id && i.state !== 'deleted');
  }
}

/** The `n`-th of `items` (wrapping), or undefined when there are none: commands pick by index. */
export const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
