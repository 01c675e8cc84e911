// A ready curl reproduction of a request: credentials appear as the environment variables the
// command reads (`$CLOUDFLARE_API_TOKEN`), never as their values; small file parts are inlined as
// base64 and written to a temporary file first.
import { spec, type Json } from '../../spec/document.js';
import { CREDENTIAL_HEADERS } from '../../spec/credentials.js';
import type { FilePart } from '../model/case.js';
import type { RecordedRequest } from '../model/report.js';

const INLINE_FILE_LIMIT = 8 * 1024;
// Single-quoted for a POSIX shell: a ' inside becomes '\''.
const quote = (s: string) => "'" + s.replaceAll("'", "'\\''") + "'";

const base64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** The Authorization schemes the spec's securitySchemes name (`bearer`), lower-cased. */
const SPEC_SCHEMES = new Set(
  Object.values<Json>(spec.components?.securitySchemes ?? {})
    .filter((s) => s.type === 'http' && typeof s.scheme === 'string')
    .map((s) => (s.scheme as string).toLowerCase()),
);

/**
 * The run's own Authorization value as a reproduction shows it: the whole value is the variable,
 * with a scheme kept only when it is one the spec names (or the one the run itself put there for a
 * probe): nothing of the credential itself is ever shown, not even a first word.
 */
function authorizationShown(value: string, runScheme: string | undefined): string {
  const space = value.indexOf(' ');
  const scheme = space > 0 ? value.slice(0, space) : undefined;
  const kept = scheme !== undefined && (SPEC_SCHEMES.has(scheme.toLowerCase()) || scheme === runScheme);
  return kept ? `${scheme} $CLOUDFLARE_API_TOKEN` : '$CLOUDFLARE_API_TOKEN';
}

/** Credential headers, with their values replaced by the variables the contract command reads. */
const CREDENTIAL_VARIABLES: Record<string, (value: string, request: CurlRequest) => string> = {
  [CREDENTIAL_HEADERS.token]: (value, request) =>
    request.tokenShown ? `${value.slice(0, value.indexOf(' '))} ${request.tokenShown}` : authorizationShown(value, request.authorizationScheme),
  [CREDENTIAL_HEADERS.email]: () => '$CLOUDFLARE_EMAIL',
  [CREDENTIAL_HEADERS.key]: () => '$CLOUDFLARE_API_KEY',
};

export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Which credential headers carry the run's own values (`true`: all): shown as variables. Deliberately wrong ones are shown as sent. */
  ownCredentials: boolean | readonly string[];
  body?: Uint8Array | Blob;
  /** A multipart body as its fields (instead of `body`), so the reproduction uses `-F`. */
  form?: Record<string, string | FilePart>;
  /** A scheme the run itself put before its own token (a probe's wrong scheme): shown as sent. */
  authorizationScheme?: string;
  /** How the token sent is written from the variable, when it is the run's own token changed (a near miss). */
  tokenShown?: string;
}

export function curlFor(request: CurlRequest): string {
  const prelude: string[] = [];
  // --globoff: curl reads [] and {} in a URL as ranges and sets (`meta.status[eq:string]` is "bad range").
  const args = ['curl', '-sS', '--globoff', '-X', request.method];
  for (const [rawName, value] of Object.entries(request.headers)) {
    const name = rawName.toLowerCase();
    if (request.form && name === 'content-type') continue; // curl writes its own boundary
    const own = request.ownCredentials === true || (Array.isArray(request.ownCredentials) && request.ownCredentials.includes(name));
    const variable = own ? CREDENTIAL_VARIABLES[name] : undefined;
    args.push('-H', variable ? `"${name}: ${variable(value, request)}"` : quote(`${name}: ${value}`));
  }
  if (request.form) {
    let n = 0;
    for (const [name, value] of Object.entries(request.form)) {
      if (typeof value === 'string') {
        args.push('--form-string', quote(`${name}=${value}`));
        continue;
      }
      const file = `/tmp/cf-images-case-${++n}.bin`;
      if (value.bytes.byteLength <= INLINE_FILE_LIMIT) prelude.push(`printf %s ${quote(base64(value.bytes))} | base64 -d > ${file}`);
      else
        prelude.push(
          `# ${file}: the ${value.bytes.byteLength}-byte file part that was sent (not inlined); it starts with (base64) ${base64(value.bytes.subarray(0, 48))}`,
        );
      args.push('-F', quote(`${name}=@${file};filename=${value.filename};type=${value.contentType}`));
    }
  } else if (request.body instanceof Uint8Array && request.body.byteLength) {
    args.push('--data-binary', quote(new TextDecoder().decode(request.body)));
  }
  args.push(quote(request.url));
  return [...prelude, args.join(' ')].join('\n');
}

/**
 * A request as a report records it. Its curl line is built when first read — only a failure a
 * report shows reads it — and then kept; a multipart request keeps its fields, not its bytes.
 */
export function requestRecord(method: string, path: string, request: CurlRequest): RecordedRequest {
  const kept = request.form ? { ...request, body: undefined } : request;
  let curl: string | undefined;
  return Object.defineProperty({ method, path }, 'curl', { enumerable: true, get: () => (curl ??= curlFor(kept)) }) as RecordedRequest;
}
