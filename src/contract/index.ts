// The contract checker: which operation a request addresses, and how a response breaks the spec.
export {
  CHECKS,
  checkResponse,
  mediaTypeOf,
  parseSlViolations,
  statusKeyFor,
  type CheckInput,
  type CheckName,
  type CheckOptions,
  type HeadersLike,
  type PrismViolation,
  type Violation,
} from './check.js';
export { findOperation, pathOf, type FindOperationOptions, type OperationMatch } from './route.js';
export { REDACTED, isSecretPointer, redactText, redactValue } from './redact.js';
export {
  documentedHeaders,
  headerValueProblem,
  responseExamples,
  specBasePath,
  type DocumentedHeader,
  type HeaderSchema,
  type ResponseExample,
} from './spec.js';
