// The contract checker: which operation a request addresses, and how a response breaks the spec.
export {
  REGISTRY,
  RESPONSE_CHECKS,
  checkResponse,
  parseSlViolations,
  type CheckInput,
  type CheckName,
  type ResponseCheckName,
  type CheckOptions,
  type HeadersLike,
  type PrismViolation,
  type Violation,
} from './checks/check-response.js';
export { headerValueProblem } from './checks/conformance.js';
export { REDACTED, isSecretPointer, redactText, redactValue } from './checks/redact.js';
export { findOperation, pathOf, specBasePath, type FindOperationOptions, type OperationMatch } from '../spec/route.js';
export { mediaTypeOf } from '../spec/media-type.js';
export { responseKeyFor as statusKeyFor } from '../spec/responses.js';
export { documentedHeaders, responseExamples, type DocumentedHeader, type HeaderSchema, type ResponseExample } from '../spec/document.js';
