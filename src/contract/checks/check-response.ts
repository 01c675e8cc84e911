// Response conformance checks against the spec, named like Schemathesis' checks. Runtime-neutral
// (no node: imports): it runs in the contract command, the proxy, against live servers, in tests.
import { conformanceChecks } from './conformance.js';
import { envelopeConsistency } from './envelope.js';
import { responseUnderCheck, type Check, type CheckInput, type CheckOptions } from './exchange.js';
import { prismViolations } from './prism.js';
import { RESPONSE_CHECKS, type ResponseCheckName } from './registry.js';
import type { Violation } from './violation.js';

export { REGISTRY, RESPONSE_CHECKS, type CheckName, type ResponseCheckName } from './registry.js';
export type { Violation } from './violation.js';

/** The checks, in the order of `RESPONSE_CHECKS` (and of the violations they report). */
const CHECK_FUNCTIONS: Record<ResponseCheckName, Check> = {
  ...conformanceChecks,
  envelope_consistency: envelopeConsistency,
  prism_violations: prismViolations,
};

/** Every way the response breaks the spec; `[]` when it conforms. */
export function checkResponse(input: CheckInput, options: CheckOptions = {}): Violation[] {
  const exchange = responseUnderCheck(input, options);
  return RESPONSE_CHECKS.flatMap((check) => CHECK_FUNCTIONS[check](exchange));
}

export type { CheckInput, CheckOptions, HeadersLike } from './exchange.js';
export { parseSlViolations, type PrismViolation } from './prism.js';
