// Every non-equivalent mutant's witness, by mutant id.
import { DATA_WITNESSES } from './data.js';
import type { Witness } from './helpers.js';
import { LATER_WITNESSES } from './later.js';
import { LIFECYCLE_WITNESSES } from './lifecycle.js';
import { DELIVERY_WITNESSES, LISTING_WITNESSES } from './listing.js';
import { ACCESS_WITNESSES, RESPONSE_WITNESSES } from './responses.js';

export const WITNESSES: Readonly<Record<string, Witness>> = {
  ...RESPONSE_WITNESSES,
  ...ACCESS_WITNESSES,
  ...DATA_WITNESSES,
  ...LIFECYCLE_WITNESSES,
  ...LISTING_WITNESSES,
  ...DELIVERY_WITNESSES,
  ...LATER_WITNESSES,
};

export type { Target, Witness } from './helpers.js';
