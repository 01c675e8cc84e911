// The run's response checks of one exchange: the checker's violations, with what only the run
// knows (a body it could not read within its bounds, a redirect it did not follow), and the
// outcomes they make.
import { checkResponse } from '../checks/check-response.js';
import { REGISTRY, RUN_CHECKS } from '../checks/registry.js';
import type { Violation } from '../checks/violation.js';
import type { Exchange } from '../model/exchange.js';
import type { Outcome } from '../model/report.js';
import { checkOutcomes } from '../report/outcomes.js';
import type { DecodedBody } from './body.js';
import { describeError } from './describe-error.js';
import { redirectMessage, undocumentedRedirect } from './redirect.js';

/** Response checks applied to every exchange with the spec's operation known. */
const RESPONSE_CHECKS = RUN_CHECKS.filter((c) => REGISTRY[c].family === 'transport' || REGISTRY[c].family === 'response');

interface ResponseRead {
  operationId: string;
  method: string;
  url: string;
  response: Response;
  bytes: Uint8Array;
  decoded: DecodedBody;
}

/**
 * The checker's violations, with what the run adds: a body it could not read within its bounds
 * (never handed to the checker, which would parse and walk it unbounded), and a redirect it did
 * not follow, naming both URLs.
 */
export function responseViolations({ operationId, method, url, response, bytes, decoded }: ResponseRead, basePath: string): Violation[] {
  const { status, headers } = response;
  const here = (check: Violation['check'], location: Violation['location'], message: string, value: unknown): Violation => ({
    operationId,
    check,
    location,
    pointer: '',
    message,
    value,
  });
  let violations: Violation[];
  try {
    // The body parsed once: the checker parses the text itself only when it is not JSON here.
    const body = decoded.problem ? {} : { rawBodyText: decoded.text, ...(decoded.json === undefined ? {} : { body: decoded.json }) };
    violations = checkResponse({ operationId, method, status, headers, bytes, ...body }, { basePath });
  } catch (error) {
    violations = [here('response_schema_conformance', 'body', `the response could not be checked: ${describeError(error)}`, undefined)];
  }
  if (decoded.problem) {
    violations = violations.filter((v) => !(v.check === 'response_schema_conformance' && v.location === 'body'));
    violations.push(here('response_schema_conformance', 'body', `the body could not be read: ${decoded.problem}`, undefined));
  }
  if (undocumentedRedirect(operationId, status)) {
    // One line naming both URLs instead of the checker's: the status is the same finding.
    violations = violations.filter((v) => v.check !== 'status_code_conformance');
    violations.push(here('status_code_conformance', 'status', redirectMessage(method, url, status, headers.get('location'), operationId), status));
  }
  return violations;
}

/** The outcomes of each response check of an exchange (not_a_server_error from its status), by the one rule (report/outcomes.ts). */
export function responseOutcomes(x: Exchange): Omit<Outcome, 'source'>[] {
  return RESPONSE_CHECKS.flatMap((check) => {
    const serverError = check === 'not_a_server_error';
    const found = serverError ? (x.status >= 500 ? [{ pointer: '', message: `HTTP ${x.status}` }] : []) : x.violations.filter((v) => v.check === check);
    return checkOutcomes(check, found, {
      operationId: x.operationId,
      label: x.label,
      status: x.status,
      expected: serverError ? 'no 5xx' : 'the documented response',
      request: x.request,
    });
  });
}

/** What the run knows of an exchange before it is checked. */
export type Answered = ResponseRead & Omit<Exchange, 'status' | 'headers' | 'json' | 'violations' | 'source'>;
