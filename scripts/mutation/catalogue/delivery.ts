// Delivery URLs: signed_delivery (missing, expired, tampered and other-variant signatures refused;
// a valid one served; a neverRequireSignedURLs variant served unsigned).
import { mutant, type Mutant } from '../mutant.js';

const DELIVERY = 'delivery.ts';
/** The `exp` test of verifySignature, replaced. */
const EXP_TEST = 'if (!/^[0-9]+$/.test(exp) || expired(Number(exp), app.now()))';

export const DELIVERY_MUTANTS: Mutant[] = [
  mutant(
    'delivery-unsigned-served',
    'signed_delivery',
    'an image that requires signed URLs is served without exp and sig',
    DELIVERY,
    "if (!exp || !sig) throw new ApiError(403, Codes.forbidden, 'This image requires a signed URL: add the exp and sig query parameters');",
    'if (!exp || !sig) return;',
  ),
  mutant(
    'delivery-expiry-unchecked',
    'signed_delivery',
    'an expired signature is accepted (only the digits of exp are checked)',
    DELIVERY,
    EXP_TEST,
    'if (!/^[0-9]+$/.test(exp))',
  ),
  mutant(
    'delivery-signature-without-variant',
    'signed_delivery',
    'a signature made for the public variant is also accepted for every other variant of the image',
    DELIVERY,
    "const valid = app.state.keys.some((key) => timingSafeEqual(createHmac('sha256', Buffer.from(key.value, 'utf8')).update(message).digest(), given));",
    "const unvaried = signedMessage(rawPath.slice(0, rawPath.lastIndexOf('/')) + '/public', rawQuery);\n  const valid = app.state.keys.some((key) => [message, unvaried].some((m) => timingSafeEqual(createHmac('sha256', Buffer.from(key.value, 'utf8')).update(m).digest(), given)));",
  ),
  mutant(
    'delivery-never-require-ignored',
    'signed_delivery',
    "a variant's neverRequireSignedURLs is ignored: its unsigned URL is refused",
    DELIVERY,
    'if (image.requireSignedURLs && !variant.neverRequireSignedURLs)',
    'if (image.requireSignedURLs)',
  ),
];

// What a later change must do at delivery (issue 19: "the effect of a later change at delivery"),
// and the boundaries of a signature's `exp`.

/** The flag an upload (or a direct upload) was given, kept apart from the image's own: a second copy an edit does not touch. */
const PRIVATE_AT_UPLOAD = ['routes/images.ts', 'routes/images-v2.ts'].map((file) => ({
  file: `src/server/${file}`,
  find: 'requireSignedURLs: body.requireSignedURLs ?? false,',
  replace: 'requireSignedURLs: body.requireSignedURLs ?? false,\n      privateAtUpload: body.requireSignedURLs ?? false,',
}));
const SIGNED_CHECK = 'if (image.requireSignedURLs && !variant.neverRequireSignedURLs)';
const privateAtUpload = '(image as { privateAtUpload?: boolean }).privateAtUpload';

export const LATER_DELIVERY_MUTANTS: Mutant[] = [
  {
    id: 'delivery-private-at-upload-only',
    check: 'signed_delivery',
    bug: 'delivery demands a signature only of images uploaded private: an image an edit made require signed URLs is still served unsigned',
    edits: [
      ...PRIVATE_AT_UPLOAD,
      { file: `src/server/${DELIVERY}`, find: SIGNED_CHECK, replace: `if (image.requireSignedURLs && ${privateAtUpload} && !variant.neverRequireSignedURLs)` },
    ],
    needs: 'a delivery without a signature after an edit turned requireSignedURLs on',
  },
  {
    id: 'delivery-private-sticky',
    check: 'signed_delivery',
    bug: 'an image uploaded private still demands a signature at delivery after an edit turned requireSignedURLs off',
    edits: [
      ...PRIVATE_AT_UPLOAD,
      {
        file: `src/server/${DELIVERY}`,
        find: SIGNED_CHECK,
        replace: `if ((image.requireSignedURLs || ${privateAtUpload}) && !variant.neverRequireSignedURLs)`,
      },
    ],
    needs: 'a delivery without a signature after an edit turned requireSignedURLs off',
  },
  {
    id: 'delivery-deleted-key-accepted',
    check: 'signed_delivery',
    bug: "a deleted signing key's signatures are still accepted (delivery also verifies against every key value ever created, a set a delete does not prune)",
    edits: [
      {
        file: 'src/server/state.ts',
        find: 'export class ImagesState {',
        replace:
          '/** Every signing-key value created: what delivery verifies against besides the live keys. */\nexport const verifierKeys = new Set<string>();\n\nexport class ImagesState {',
      },
      {
        file: 'src/server/state.ts',
        find: '      const key = { name, value: this.newKey() };\n',
        replace: '      const key = { name, value: this.newKey() };\n      verifierKeys.add(key.value);\n',
      },
      {
        file: `src/server/${DELIVERY}`,
        find: "import { ApiError, Codes, replyFor } from './errors.js';",
        replace: "import { ApiError, Codes, replyFor } from './errors.js';\nimport { verifierKeys } from './state.js';",
      },
      {
        file: `src/server/${DELIVERY}`,
        find: "const valid = app.state.keys.some((key) => timingSafeEqual(createHmac('sha256', Buffer.from(key.value, 'utf8')).update(message).digest(), given));",
        replace:
          "const valid = [...app.state.keys.map((k) => k.value), ...verifierKeys].some((value) => timingSafeEqual(createHmac('sha256', Buffer.from(value, 'utf8')).update(message).digest(), given));",
      },
    ],
    needs: 'a URL signed with a key that was created and then deleted, for an image that requires signed URLs',
  },
  {
    id: 'delivery-variant-cache',
    check: 'use_after_free',
    bug: 'delivery caches each variant the first time it serves it and nothing purges the cache: a deleted variant is still served (and an edited neverRequireSignedURLs is not seen)',
    edits: [
      {
        file: `src/server/${DELIVERY}`,
        find: '/** The signed message:',
        replace:
          '/** Variants as delivery first saw them: an edge cache nothing purges. */\nconst servedVariants = new Map<string, { neverRequireSignedURLs: boolean }>();\n\n/** The signed message:',
      },
      {
        file: `src/server/${DELIVERY}`,
        find: '    const variant = app.state.variants.get(variantName);\n',
        replace:
          '    const variant = servedVariants.get(variantName) ?? app.state.variants.get(variantName);\n    if (variant) servedVariants.set(variantName, variant);\n',
      },
    ],
    needs: 'a delivery as a variant, the variant deleted, then a delivery as it again',
  },
  mutant(
    'delivery-expiry-leeway',
    'signed_delivery',
    'an expired signature is accepted for 5 more minutes (a clock-skew leeway the spec does not grant)',
    DELIVERY,
    EXP_TEST,
    'if (!/^[0-9]+$/.test(exp) || expired(Number(exp) + 300, app.now()))',
  ),
  mutant(
    'delivery-exp-current-second',
    'signed_delivery',
    'a signature whose exp is the current second is accepted (exp compared with the current Unix second, < instead of <=): it is not in the future',
    DELIVERY,
    EXP_TEST,
    'if (!/^[0-9]+$/.test(exp) || Number(exp) < Math.floor(app.now() / 1000))',
    {
      equivalent:
        "an exp within a second of now: the pages do not say at what precision exp is compared, and no client shares the server's clock closer than that",
      allowedBy: 'open:clock-precision',
    },
  ),
  mutant(
    'delivery-exp-next-second-refused',
    'signed_delivery',
    'a signature that expires within the next second is refused (now rounded up to the second)',
    DELIVERY,
    EXP_TEST,
    'if (!/^[0-9]+$/.test(exp) || Number(exp) <= Math.ceil(app.now() / 1000))',
    {
      equivalent:
        "an exp within a second of now: the pages do not say at what precision exp is compared, and no client shares the server's clock closer than that",
      allowedBy: 'open:clock-precision',
    },
  ),
];
