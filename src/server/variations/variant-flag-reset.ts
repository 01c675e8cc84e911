// variant-flag-reset: a variant update without `neverRequireSignedURLs` sets it back to false.
import type { Variation } from './variation.js';

export const variantFlagReset: Variation = {
  name: 'variant-flag-reset',
  exercises: 'open:variant-update-flag',
  summary: 'a variant update without neverRequireSignedURLs sets it false',
  install(hooks) {
    hooks.resetVariantFlag = true;
  },
};
