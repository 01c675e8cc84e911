// One exchange of a contract run (a request and its checked response), and the target it went to.
import type { Violation } from '../checks/violation.js';
import type { RecordedRequest, Source } from './report.js';
import type { Case } from './case.js';

/** The run's own credentials: a token, or an e-mail and key. */
export interface RunCredentials {
  apiToken?: string;
  apiEmail?: string;
  apiKey?: string;
}

export interface ContractTarget extends RunCredentials {
  /** The API base URL, e.g. `https://api.cloudflare.com/client/v4` or a local server's `<url>/client/v4`. */
  baseUrl: string;
  accountId: string;
}

/** One request and its response, checked. */
export interface Exchange {
  operationId: string;
  source: Source;
  label: string;
  method: string;
  /** Path and query as sent. */
  path: string;
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body parsed as JSON when it is JSON, else undefined. */
  json: unknown;
  latencyMs: number;
  violations: Violation[];
  request: RecordedRequest;
  /** The case that was sent, for a raw exchange. */
  case?: Case;
  /** Path parameters and JSON body as sent (for link expressions). */
  sent: { path: Record<string, string>; body: unknown };
}
