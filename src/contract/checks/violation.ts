// The names of the checks and what a failed check reports.

export const CHECKS = [
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'envelope_consistency',
  'prism_violations',
] as const;
export type CheckName = (typeof CHECKS)[number];

/**
 * Every check of a contract run (`--checks`): a server error is never right; the response checks
 * above; what the server does with invalid and valid requests, credentials and other accounts;
 * and the API's semantics, walked through sequences of requests.
 */
export const RUN_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'response_headers_conformance',
  'envelope_consistency',
  'negative_data_rejection',
  'positive_data_acceptance',
  'ignored_auth',
  'foreign_account',
  'use_after_free',
  'ensure_resource_availability',
  'pagination',
  'filters',
  'edits',
  'stats',
  'drafts',
  'uniqueness',
  'one_time_upload_urls',
  'signed_delivery',
  'upload_rules',
] as const;
export type RunCheckName = (typeof RUN_CHECKS)[number];

/**
 * What checking an app's own traffic adds (the proxy, recorded HAR files): the app's request
 * against the spec — route, parameters, body, the `x-cf-*` rules, credentials present.
 */
export const TRAFFIC_CHECKS = ['request_conformance'] as const;
export type TrafficCheckName = (typeof TRAFFIC_CHECKS)[number];

export interface Violation {
  operationId: string;
  check: CheckName;
  /** What `pointer` points into: the status line, the response headers, or the body. */
  location: 'status' | 'header' | 'body';
  /**
   * `''` for the status; `/<lower-case header name>` for a header (`/retry-after`, `/content-type`,
   * `/sl-violations/<index>` for a Prism violation); a JSON pointer into the body otherwise (ajv's
   * `instancePath`; for a missing or an unexpected property, the pointer of that property).
   */
  pointer: string;
  message: string;
  /**
   * The offending value, secrets redacted (`undefined` when it is missing). For a body that is not
   * valid JSON, its size in bytes: the text of a body that does not parse is never copied (a
   * truncated signing-key list cannot be redacted reliably).
   */
  value: unknown;
}
