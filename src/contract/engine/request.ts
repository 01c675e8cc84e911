// A Case as an HTTP request, built from the spec: the path template filled and percent-encoded
// (a parameter that may span segments keeps its `/`), query values serialized per parameter
// (exploded form objects spread into their keys), a JSON or multipart body, and credentials.
import { operations } from '../../../generated/operations.js';
import { encodeSegments } from '../../spec/path-segments.js';
import { serializeQuery } from '../../spec/query.js';
import { multipartOf } from '../../core/multipart.js';
import { ALL_CREDENTIAL_HEADERS, CREDENTIAL_HEADERS, CREDENTIALS } from '../../spec/credentials.js';
import type { Auth, Case, CaseBody, FilePart, NearMiss } from '../model/case.js';
import type { RunCredentials } from '../model/exchange.js';

const { token: TOKEN, email: EMAIL, key: KEY } = CREDENTIAL_HEADERS;

export interface BuiltRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** JSON and raw bodies as bytes; a multipart form as a Blob that references its files. */
  body?: Uint8Array | Blob;
}

type Parameter = { name: string; in: string; kind: string; style?: string; explode?: boolean; spansSegments?: boolean };

const encodeSegment = (value: string, spans: boolean | undefined) => (spans ? encodeSegments(value) : encodeURIComponent(value));

function fillPath(template: string, values: Record<string, string>, params: readonly Parameter[]): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name}`);
    return encodeSegment(value, params.find((p) => p.name === name)?.spansSegments);
  });
}

/**
 * A multipart/form-data body of text and file parts, encoded by the client's own encoder: the
 * bytes a FormData would send. Its fields may break the spec (they are sent whatever they say), but
 * the encoding is the platform's: part types are normalized (lower case, `application/octet-stream`
 * for an empty one) and text line breaks become CRLF. A case that needs other bytes is a raw body.
 */
export function formBody(fields: Record<string, string | FilePart>): { body: Blob; contentType: string } {
  const parts = Object.fromEntries(
    Object.entries(fields).map(([name, v]) => [
      name,
      typeof v === 'string' ? v : new File([v.bytes as Uint8Array<ArrayBuffer>], v.filename, { type: v.contentType }),
    ]),
  );
  const form = multipartOf(parts);
  return { body: form.blob(), contentType: form.contentType };
}

function bodyOf(body: CaseBody | undefined): { body?: Uint8Array | Blob; contentType?: string } {
  if (!body) return {};
  if (body.kind === 'json') return { body: new TextEncoder().encode(JSON.stringify(body.value)), contentType: 'application/json' };
  if (body.kind === 'raw') return { body: body.bytes, contentType: body.contentType };
  return formBody(body.fields);
}

const ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A wrong secret as long as the right one (a server that only compares lengths still refuses it),
 * its characters drawn at random and independently of the secret's, so a report that shows it
 * tells nothing about the real one but its length.
 */
export function wrongLike(secret: string | undefined, fallbackLength = 40): string {
  const length = secret ? [...secret].length : fallbackLength;
  for (;;) {
    const wrong = Array.from(crypto.getRandomValues(new Uint32Array(length)), (n) => ALPHANUMERIC[n % ALPHANUMERIC.length]).join('');
    if (wrong !== secret) return wrong;
  }
}

/** The credential headers of `auth` that carry the run's own values (a reproduction shows them as variables). */
export function ownCredentialHeaders(auth: Auth, credentials: RunCredentials): readonly string[] {
  switch (auth) {
    case 'none':
    case 'wrong-token':
      return [];
    case 'wrong-key-pair':
      return credentials.apiEmail ? [EMAIL] : [];
    case 'wrong-email':
      return credentials.apiKey ? [KEY] : [];
    default:
      return ALL_CREDENTIAL_HEADERS;
  }
}

const swapCase = (s: string) => s.replace(/[a-zA-Z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

/**
 * Near misses of the run's own token, and how a reproduction writes each from the variable (the
 * value itself is nearly the secret: it is never shown).
 */
export const NEAR_MISSES: Record<NearMiss, { of: (token: string) => string; shown: string }> = {
  'token-extended': { of: (t) => `${t}x`, shown: '${CLOUDFLARE_API_TOKEN}x' },
  'token-truncated': { of: (t) => t.slice(0, -1), shown: '${CLOUDFLARE_API_TOKEN%?}' },
  'token-case-swapped': { of: swapCase, shown: '$(printf %s "$CLOUDFLARE_API_TOKEN" | tr a-zA-Z A-Za-z)' },
};

/** The near misses that differ from the token (a token without letters has no case to swap). */
export const nearMissesOf = (token: string | undefined): NearMiss[] =>
  token ? (Object.keys(NEAR_MISSES) as NearMiss[]).filter((n) => NEAR_MISSES[n].of(token) !== token) : [];

/** The scheme the malformed-scheme probe puts before the run's own token (the spec's is Bearer). */
export const MALFORMED_SCHEME = 'Token';

/** The credential headers for `auth`: the run's own, none, or deliberately wrong ones. */
export function authHeaders(auth: Auth, credentials: RunCredentials): Record<string, string> {
  switch (auth) {
    case 'none':
      return {};
    case 'wrong-token':
      return { [TOKEN]: `${CREDENTIALS.tokenScheme} ${wrongLike(credentials.apiToken)}` };
    case 'wrong-key-pair':
      // The real e-mail (when there is one) with a wrong key: the key itself must be checked.
      return { [EMAIL]: credentials.apiEmail ?? 'contract-check@example.invalid', [KEY]: wrongLike(credentials.apiKey, 37) };
    case 'wrong-email':
      // The real key under another e-mail: the e-mail must be checked too, not only the key.
      return { [EMAIL]: 'wrong-email@contract-check.invalid', [KEY]: credentials.apiKey ?? wrongLike(undefined, 37) };
    case 'malformed-scheme':
      // The run's own credential, sent the way the spec does not describe: a token under another scheme, an e-mail without its key.
      return credentials.apiToken ? { [TOKEN]: `${MALFORMED_SCHEME} ${credentials.apiToken}` } : { [EMAIL]: credentials.apiEmail ?? '' };
    case 'key-pair':
      return { [EMAIL]: credentials.apiEmail ?? '', [KEY]: credentials.apiKey ?? '' };
    case 'token-extended':
    case 'token-truncated':
    case 'token-case-swapped':
      return { [TOKEN]: `${CREDENTIALS.tokenScheme} ${NEAR_MISSES[auth].of(credentials.apiToken ?? '')}` };
    default:
      if (credentials.apiToken) return { [TOKEN]: `${CREDENTIALS.tokenScheme} ${credentials.apiToken}` };
      return credentials.apiEmail && credentials.apiKey ? { [EMAIL]: credentials.apiEmail, [KEY]: credentials.apiKey } : {};
  }
}

/** The request for a case against `baseUrl`, for `accountId` unless the case gives its own. */
export function buildRequest(c: Case, target: { baseUrl: string; accountId: string } & RunCredentials): BuiltRequest {
  const operation = operations[c.operationId];
  const params = operation.parameters as readonly Parameter[];
  const path = fillPath(operation.path, { account_id: target.accountId, ...c.path }, params);
  const query = serializeQuery(c.query);
  const { body, contentType } = bodyOf(c.body);
  const headers: Record<string, string> = { ...(contentType ? { 'content-type': contentType } : {}), ...c.headers, ...authHeaders(c.auth ?? 'valid', target) };
  return { method: operation.method, url: `${target.baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`, headers, body };
}

/** A form's fields as sent, a file as `<file name>` (for link expressions that read what was sent). */
export const sentFormValues = (form: Record<string, string | FilePart> | undefined) =>
  form ? Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : `<file ${v.filename}>`])) : undefined;
