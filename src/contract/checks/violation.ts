// What a failed check reports about one exchange (the checks themselves are in registry.ts).
import type { CheckName } from './registry.js';

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
