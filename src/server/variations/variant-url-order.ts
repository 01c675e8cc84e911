// variant-url-order: an image's delivery URLs (`variants`) in reverse order; the spec gives the
// array no order, only that it has a URL for every variant of the account.
import type { Variation } from './variation.js';

export const variantUrlOrder: Variation = {
  name: 'variant-url-order',
  exercises: '#/components/schemas/Image/properties/variants',
  summary: "an image's variants (delivery URLs) in reverse order",
  install(hooks) {
    hooks.imageViews.push((image) => (image.variants ? { ...image, variants: [...image.variants].reverse() } : image));
  },
};
