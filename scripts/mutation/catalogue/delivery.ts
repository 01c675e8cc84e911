// Delivery URLs: signed_delivery (missing, expired, tampered and other-variant signatures refused;
// a valid one served; a neverRequireSignedURLs variant served unsigned).
import { mutant, type Mutant } from '../mutant.js';

const DELIVERY = 'delivery.ts';

export const DELIVERY_MUTANTS: Mutant[] = [
  mutant(
    'delivery-unsigned-served',
    'signed_delivery',
    'an image that requires signed URLs is served without exp and sig',
    DELIVERY,
    "if (!exp || !sig) throw new ApiError(403, Codes.forbidden, 'This image requires a signed URL: add the exp and sig query parameters');",
    'if (!exp || !sig) return;',
  ),
  mutant('delivery-expiry-unchecked', 'signed_delivery', 'an expired signature is accepted (only the digits of exp are checked)', DELIVERY, 'if (!/^[0-9]+$/.test(exp) || Number(exp) * 1000 <= app.now())', 'if (!/^[0-9]+$/.test(exp))'),
  mutant(
    'delivery-signature-without-variant',
    'signed_delivery',
    'a signature made for the public variant is also accepted for every other variant of the image',
    DELIVERY,
    'const valid = app.state.keys.some((key) => timingSafeEqual(createHmac(\'sha256\', Buffer.from(key.value, \'utf8\')).update(message).digest(), given));',
    "const unvaried = signedMessage(rawPath.slice(0, rawPath.lastIndexOf('/')) + '/public', rawQuery);\n  const valid = app.state.keys.some((key) => [message, unvaried].some((m) => timingSafeEqual(createHmac('sha256', Buffer.from(key.value, 'utf8')).update(m).digest(), given)));",
  ),
  mutant('delivery-never-require-ignored', 'signed_delivery', "a variant's neverRequireSignedURLs is ignored: its unsigned URL is refused", DELIVERY, 'if (image.requireSignedURLs && !variant.neverRequireSignedURLs)', 'if (image.requireSignedURLs)'),
];
