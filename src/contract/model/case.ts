// A test case: one request the contract run sends, described in the spec's terms (operation,
// parameters, body), with what it is meant to show. Negative cases are sent over plain fetch, not
// the typed client, which would refuse them before they reach the server.
import type { OperationId } from '../../../generated/operations.js';

export const PHASES = ['examples', 'coverage', 'fuzz', 'stateful', 'model'] as const;
export type Phase = (typeof PHASES)[number];

/** A file part of a multipart body. */
export interface FilePart {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export type CaseBody =
  | { kind: 'json'; value: unknown }
  /** Form fields in order; a string is a text part (the spec's JSON-string fields are strings already). */
  | { kind: 'multipart'; fields: Record<string, string | FilePart> }
  /** Bytes sent as they are, with this content type (wrong media types, unparseable JSON). */
  | { kind: 'raw'; contentType: string; bytes: Uint8Array };

/** Which credentials go with the request. */
export type Auth = 'valid' | 'key-pair' | 'none' | 'wrong-token' | 'wrong-key-pair' | 'wrong-email' | 'malformed-scheme' | NearMiss;

/** The run's own token, nearly: one character more, one less, or its letters' case swapped. */
export type NearMiss = 'token-extended' | 'token-truncated' | 'token-case-swapped';

export interface Case {
  operationId: OperationId;
  phase: Phase;
  /**
   * `positive`: valid per the spec, must not be refused; `negative`: breaks the spec, must be
   * refused with a documented 4xx; `probe`: its expected status is set by the check that sends it.
   */
  purpose: 'positive' | 'negative' | 'probe';
  /** What the case is, for reports: `per_page = 9 (below minimum 10)`. */
  label: string;
  /** Path parameters (without `account_id` unless the case overrides it). */
  path?: Record<string, string>;
  /** Query parameters as typed values; an exploded object parameter (`meta`) as its key map. */
  query?: Record<string, unknown>;
  body?: CaseBody;
  auth?: Auth;
  /** Extra request headers (never credentials: those come from `auth`). */
  headers?: Record<string, string>;
  /** For a negative case: where the request breaks the spec (`/query/per_page`). */
  pointer?: string;
}
