// Delivery: an image's URL for a variant (the default one, a live one, a deleted one), unsigned or
// signed (with a live key, a deleted key, or an `exp` in the past), fetched without credentials.
// Served or refused as the model says; what the spec leaves open is not asked.
import { facts } from '../../../../generated/operations.js';
import { signImageUrl } from '../../../signing.js';
import { forImage, withVariant } from '../../scenarios/urls.js';
import type { Expectation } from '../expectation.js';
import { pick, type ImageModel, type ImageState, type KeyModel, type Model } from '../model.js';
import type { Real } from '../real.js';
import { describeImage, expectation, type Command } from './kit.js';

export type Signing = 'none' | 'valid' | 'deleted-key' | 'expired';
export type VariantChoice = 'default' | 'live' | 'deleted';

const SIGNED_FOR_S = 3600;

function deliveryUrl(m: Model, image: ImageModel): string | undefined {
  if (image.deliveryUrl) return image.deliveryUrl;
  return m.deliveryTemplate ? forImage(m.deliveryTemplate.url, m.deliveryTemplate.imageId, image.id) : undefined;
}

export class Deliver implements Command {
  constructor(
    readonly state: ImageState,
    readonly n: number,
    readonly variant: VariantChoice,
    readonly variantN: number,
    readonly signing: Signing,
    readonly keyN: number,
  ) {}

  // A signature is only made for an assigned id: an image with a custom id cannot require signed URLs (the client refuses to sign it).
  #images = (m: Readonly<Model>) =>
    m
      .imagesIn(this.state)
      .filter((i) => (this.state !== 'deleted' || !m.imageById(i.id)) && (i.deliveryUrl || m.deliveryTemplate) && (this.signing === 'none' || !i.custom));
  #variants = (m: Readonly<Model>) =>
    m.variants.filter((v) => v.live === (this.variant === 'live') && (v.live || !m.variants.some((o) => o.live && o.name === v.name)));
  #keys = (m: Readonly<Model>): KeyModel[] =>
    m.keys.filter((k) => k.value !== undefined && k.live === (this.signing !== 'deleted-key') && (k.live || !m.keys.some((o) => o.live && o.name === k.name)));

  check = (m: Readonly<Model>) =>
    this.#images(m).length > 0 && (this.variant === 'default' || this.#variants(m).length > 0) && (this.signing === 'none' || this.#keys(m).length > 0);

  /** What the model predicts, or undefined where the spec leaves it open. */
  #expected(image: ImageModel, variantName: string, never: boolean | undefined, variantLive: boolean): Expectation | undefined {
    const refused = (check: Expectation['check'], sources: Expectation['sources'], says: string) =>
      expectation(check, [...sources, 'delivery.not-the-api'], says, [{ kind: 'status', is: '4xx' }], true);
    const served = (check: Expectation['check'], sources: Expectation['sources'], says: string) =>
      expectation(check, [...sources, 'delivery.not-the-api'], says, [{ kind: 'status', is: '2xx' }, { kind: 'image' }], true);
    if (image.state === 'deleted') return refused('use_after_free', ['deleteImage.gone'], `the deleted image ${image.id} is not served`);
    if (image.state === 'draft') return refused('drafts', ['createDirectUpload.draft'], `the draft ${image.id} is not served`);
    if (!variantLive) return refused('use_after_free', ['deleteVariant.gone'], `the deleted variant ${variantName} is not served`);
    if (!image.requireSignedURLs)
      return this.signing === 'none'
        ? served('ensure_resource_availability', ['delivery.served'], `the image ${image.id} is served as ${variantName}`)
        : undefined;
    if (this.signing === 'valid') return served('signed_delivery', ['delivery.signed'], `a valid signature serves ${image.id} as ${variantName}`);
    if (never === undefined) return undefined;
    if (never)
      return this.signing === 'none'
        ? served('signed_delivery', ['delivery.signed'], `the variant ${variantName} (neverRequireSignedURLs) serves ${image.id} unsigned`)
        : undefined;
    if (this.signing === 'none') return refused('signed_delivery', ['delivery.signed'], `${image.id} requires signed URLs: unsigned is refused`);
    if (this.signing === 'expired') return refused('signed_delivery', ['delivery.signed'], `an expired signature is refused`);
    return refused('signed_delivery', ['delivery.signed', 'deleteSigningKey.gone'], `a signature made with a deleted key is refused`);
  }

  async run(m: Model, r: Real): Promise<void> {
    const image = pick(this.#images(m), this.n)!;
    const variant =
      this.variant === 'default'
        ? { name: facts.defaultVariant.id, never: facts.defaultVariant.neverRequireSignedURLs as boolean | undefined, live: true }
        : pick(this.#variants(m), this.variantN)!;
    const expected = this.#expected(image, variant.name, variant.never, variant.live);
    if (!expected) return;
    const unsigned = withVariant(deliveryUrl(m, image)!, variant.name);
    const key = this.signing === 'none' ? undefined : pick(this.#keys(m), this.keyN)!;
    const expiresIn = this.signing === 'expired' ? -60 : SIGNED_FOR_S;
    const url = key ? await signImageUrl({ url: unsigned, key: key.value!, expiresAt: Math.floor(Date.now() / 1000) + expiresIn }) : unsigned;
    const label = `deliver the ${describeImage(image)} as ${variant.name}${key ? ` signed with ${key.live ? '' : 'the deleted '}key ${key.name}${this.signing === 'expired' ? ', expired' : ''}` : ''}`;
    const send = () => r.deliver(url);
    await r.expect(label, await send(), [expected], key ? { signed: { unsignedUrl: unsigned, keyVariable: key.variable, expiresIn } } : {}, send);
  }

  toString = () =>
    `Deliver(${this.state} #${this.n}, ${this.variant}${this.variant === 'default' ? '' : ` #${this.variantN}`}, ${this.signing}${this.signing === 'none' ? '' : ` #${this.keyN}`})`;
}
