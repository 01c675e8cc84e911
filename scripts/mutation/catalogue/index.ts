// The catalogue: every mutant, grouped by the check that should kill it.
import type { Mutant } from '../mutant.js';
import { ACCESS_MUTANTS, NEAR_MISS_MUTANTS } from './access.js';
import { DELIVERY_MUTANTS, LATER_DELIVERY_MUTANTS } from './delivery.js';
import { LATER_LIFECYCLE_MUTANTS, LIFECYCLE_MUTANTS } from './lifecycle.js';
import { FILTER_MUTANTS, LATER_LISTING_MUTANTS, PAGINATION_MUTANTS } from './listing.js';
import { RESPONSE_MUTANTS } from './responses.js';
import { LIMIT_MUTANTS, VALIDATION_MUTANTS } from './validation.js';

export const CATALOGUE: readonly Mutant[] = [
  ...RESPONSE_MUTANTS,
  ...ACCESS_MUTANTS,
  ...VALIDATION_MUTANTS,
  ...LIFECYCLE_MUTANTS,
  ...PAGINATION_MUTANTS,
  ...FILTER_MUTANTS,
  ...DELIVERY_MUTANTS,
  // The kinds of bug issue 19 found the run missing.
  ...LATER_DELIVERY_MUTANTS,
  ...LATER_LIFECYCLE_MUTANTS,
  ...NEAR_MISS_MUTANTS,
  ...LIMIT_MUTANTS,
  ...LATER_LISTING_MUTANTS,
];

/** The mutants with these ids, in the catalogue's order; an unknown id is an error. */
export function selectMutants(ids: readonly string[] | undefined): Mutant[] {
  if (!ids) return [...CATALOGUE];
  const unknown = ids.filter((id) => !CATALOGUE.some((m) => m.id === id));
  if (unknown.length) throw new Error(`unknown mutant id(s): ${unknown.join(', ')}`);
  return CATALOGUE.filter((m) => ids.includes(m.id));
}
