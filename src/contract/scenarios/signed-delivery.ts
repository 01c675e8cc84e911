// signed_delivery: an image that requires signed URLs is refused at its delivery URL without a
// signature, with an expired `exp`, with a tampered `sig`, with `exp` moved later under the same
// `sig`, and with the signature of another variant or another image; a URL signed with `signImageUrl` is served, and so is a variant with
// neverRequireSignedURLs without any signature.
import { signImageUrl } from '../../signing.js';
import { expectStatus, nameFor, outcome, upload, writingScenario, type Ctx } from './kit.js';
import { deliver, DELIVERY, forImage, notServed, withVariant } from './urls.js';
import { requestExample } from './spec.js';

const CHECK = 'signed_delivery';

/** A signing key's value (a secret: it never goes into an outcome). */
async function signingKey(ctx: Ctx): Promise<string> {
  const { keys } = await ctx.session.client.images.v1.keys.list();
  const key = keys.find((k) => k.name === ctx.generation.resources.signingKeyName) ?? keys[0];
  if (!key) throw new Error('the account has no signing key');
  return key.value;
}

/** The same URL, signature kept, with `exp` an hour later: the signature covers `exp` too. */
function extended(url: string): string {
  const u = new URL(url);
  u.searchParams.set('exp', String(Number(u.searchParams.get('exp')) + 3600));
  return u.toString();
}

/** The same URL with the last hex digit of its signature changed. */
function tampered(url: string): string {
  const u = new URL(url);
  const sig = u.searchParams.get('sig') ?? '';
  u.searchParams.set('sig', sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0'));
  return u.toString();
}

export const signedDelivery = writingScenario({
  name: 'signed delivery URLs',
  checks: [CHECK],
  async run(ctx) {
    const { client } = ctx.session;
    const image = await upload(ctx, 'signed', { requireSignedURLs: true });
    const second = await upload(ctx, 'signed', { requireSignedURLs: true });
    const [signed, other, open] = ['signed', 'signedother', 'open'].map((s) => nameFor(ctx, s));
    for (const [id, neverRequireSignedURLs] of [
      [signed, false],
      [other, false],
      [open, true],
    ] as const) {
      await client.images.v1.variants.create({ ...requestExample('createVariant'), id, neverRequireSignedURLs });
    }
    const base = image.variants[0];
    if (!outcome(ctx, CHECK, 'uploadImage', 'the image has a delivery URL', base ? undefined : { message: 'variants is empty' })) return;
    const url = withVariant(base, signed);
    const key = await signingKey(ctx);
    const valid = await signImageUrl({ url, key, expiresIn: 300 });
    const secondValid = await signImageUrl({ url: forImage(url, image.id, second.id), key, expiresIn: 300 });
    // The valid URLs first: a server that remembers a signature it accepted must not accept it elsewhere.
    outcome(ctx, CHECK, DELIVERY, 'a URL signed with signImageUrl is served', notServed(await deliver(ctx, valid)));
    outcome(ctx, CHECK, DELIVERY, "a URL signed with signImageUrl is served (another image's)", notServed(await deliver(ctx, secondValid)));
    const refused: [string, string][] = [
      ['without a signature', url],
      ['with an expired exp', await signImageUrl({ url, key, expiresAt: Math.floor(Date.now() / 1000) - 60 })],
      ['with a tampered sig', tampered(valid)],
      ['with exp moved an hour later under the same sig', extended(valid)],
      ['with the signature of another image', forImage(secondValid, second.id, image.id)],
      ['with the signature of another variant', withVariant(valid, other)],
      ["with the signature of the image's first variant", withVariant(await signImageUrl({ url: base, key, expiresIn: 300 }), signed)],
    ];
    for (const [what, u] of refused) expectStatus(ctx, CHECK, DELIVERY, `a delivery URL ${what} is refused`, await deliver(ctx, u), 'a 4xx');
    outcome(
      ctx,
      CHECK,
      DELIVERY,
      'a variant with neverRequireSignedURLs is served without a signature',
      notServed(await deliver(ctx, withVariant(base, open))),
    );
    await laterChanges(ctx, signed);
  },
});

/**
 * What a later change does at delivery: an image edited to require signed URLs is refused unsigned,
 * and served again unsigned once edited back (`updateImage.applied`); a signature made with a key
 * that was then deleted is refused (`deleteSigningKey.gone`).
 */
async function laterChanges(ctx: Ctx, variant: string): Promise<void> {
  const { client } = ctx.session;
  const image = await upload(ctx, 'signed');
  const url = image.variants[0] && withVariant(image.variants[0], variant);
  if (!url) return;
  await client.images.v1.edit(image.id, { requireSignedURLs: true });
  expectStatus(ctx, CHECK, DELIVERY, 'an image edited to require signed URLs is refused unsigned', await deliver(ctx, url), 'a 4xx');
  const name = nameFor(ctx, 'gonekey');
  const { keys } = await client.images.v1.keys.update(name);
  const value = keys.find((k) => k.name === name)?.value;
  const signedWithGone = value ? await signImageUrl({ url, key: value, expiresIn: 300 }) : undefined;
  if (signedWithGone)
    outcome(ctx, CHECK, DELIVERY, 'a URL signed with a key, before the key is deleted, is served', notServed(await deliver(ctx, signedWithGone)));
  await client.images.v1.keys.delete(name);
  if (signedWithGone)
    expectStatus(ctx, CHECK, DELIVERY, 'a URL signed with a key that was then deleted is refused', await deliver(ctx, signedWithGone), 'a 4xx');
  await client.images.v1.edit(image.id, { requireSignedURLs: false });
  outcome(ctx, CHECK, DELIVERY, 'an image edited back to not require signed URLs is served unsigned', notServed(await deliver(ctx, url)));
  const uploadedPrivate = await upload(ctx, 'signed', { requireSignedURLs: true });
  const privateUrl = uploadedPrivate.variants[0] && withVariant(uploadedPrivate.variants[0], variant);
  if (!privateUrl) return;
  await client.images.v1.edit(uploadedPrivate.id, { requireSignedURLs: false });
  outcome(ctx, CHECK, DELIVERY, 'an image uploaded requiring signed URLs, then edited not to, is served unsigned', notServed(await deliver(ctx, privateUrl)));
}
