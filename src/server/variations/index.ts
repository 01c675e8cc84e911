// The conforming variations of the local server, in the order their hooks apply. Each makes one
// free choice of the spec differently; they combine.
import { facts } from '../../../generated/operations.js';
import type { ImagesState } from '../state.js';
import { draftsCounted } from './drafts-counted.js';
import { envelopeInfo } from './envelope-info.js';
import { extraProperties } from './extra-properties.js';
import { noHooks, type VariationHooks } from './hooks.js';
import { identifiers } from './identifiers.js';
import { keyValues } from './key-values.js';
import { laggingLists } from './lagging-lists.js';
import { lastPageTokenAbsent, lastPageTokenToEmptyPage } from './last-page.js';
import { noRay } from './no-ray.js';
import { rateLimited, rateLimitedHttpDate } from './rate-limited.js';
import { refusalCodes } from './refusal-codes.js';
import { representation } from './representation.js';
import { sparseImages } from './sparse-images.js';
import { textEquality } from './text-equality.js';
import { uploadUrlForm } from './upload-url-form.js';
import { variantFlagReset } from './variant-flag-reset.js';
import { variantUrlOrder } from './variant-url-order.js';
import { wholeSecondExpiry } from './whole-second-expiry.js';
import type { Variation, VariationOptions } from './variation.js';

// refusal-codes before extra-properties: the extra property follows the schema of the final status.
export const VARIATIONS: readonly Variation[] = [
  refusalCodes,
  identifiers,
  extraProperties,
  representation,
  lastPageTokenAbsent,
  lastPageTokenToEmptyPage,
  textEquality,
  laggingLists,
  rateLimited,
  rateLimitedHttpDate,
  draftsCounted,
  variantFlagReset,
  noRay,
  sparseImages,
  envelopeInfo,
  keyValues,
  uploadUrlForm,
  variantUrlOrder,
  wholeSecondExpiry,
];

export const VARIATION_NAMES = VARIATIONS.map((v) => v.name);
export type { Variation, VariationOptions } from './variation.js';
export type { VariationHooks } from './hooks.js';

export const DEFAULT_LIST_LAG_MS = 300;
export const MAX_LIST_LAG_MS = 10_000;

function checkedOptions(options: VariationOptions): Required<VariationOptions> {
  const { listLagMs = DEFAULT_LIST_LAG_MS, rateLimitScale = 1, rateLimitRequests = facts.rateLimit.requests } = options;
  if (!Number.isInteger(listLagMs) || listLagMs < 0 || listLagMs > MAX_LIST_LAG_MS)
    throw new Error(`listLagMs must be an integer from 0 to ${MAX_LIST_LAG_MS}, got ${listLagMs}`);
  if (!(rateLimitScale > 0 && rateLimitScale <= 1)) throw new Error(`rateLimitScale must be a number above 0 and at most 1, got ${rateLimitScale}`);
  if (!Number.isInteger(rateLimitRequests) || rateLimitRequests < 1) throw new Error(`rateLimitRequests must be a positive integer, got ${rateLimitRequests}`);
  return { listLagMs, rateLimitScale, rateLimitRequests };
}

/** The named variations (unknown names are an error listing the known ones), or none. */
function selectVariations(names: readonly string[]): Variation[] {
  const unknown = names.filter((name) => !VARIATION_NAMES.includes(name));
  if (unknown.length) throw new Error(`unknown variation(s): ${unknown.join(', ')} (known: ${VARIATION_NAMES.join(', ')})`);
  return VARIATIONS.filter((v) => names.includes(v.name));
}

/** The hooks of the named variations, installed on this server's state and clock; two that make the same choice are an error. */
export function installVariations(names: readonly string[], options: VariationOptions, server: { state: ImagesState; now: () => number }): VariationHooks {
  const hooks = noHooks();
  const ctx = { ...server, options: checkedOptions(options) };
  const chosenBy = new Map<string, string>();
  for (const variation of selectVariations(names)) {
    const before = { ...hooks };
    variation.install(hooks, ctx);
    for (const key of Object.keys(hooks) as (keyof VariationHooks)[]) {
      if (Array.isArray(hooks[key]) || hooks[key] === before[key]) continue;
      if (chosenBy.has(key)) throw new Error(`variations ${chosenBy.get(key)} and ${variation.name} make the same choice (${key}) differently: pick one`);
      chosenBy.set(key, variation.name);
    }
  }
  return hooks;
}
