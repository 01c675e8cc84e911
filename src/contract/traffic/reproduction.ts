// A curl reproduction of a request the app sent: its method, URL, media type and body, with
// credentials as the variables (`$CLOUDFLARE_API_TOKEN`), never their values.
import { CREDENTIAL_HEADERS } from '../../spec/credentials.js';
import { requestRecord, type CurlRequest } from '../engine/curl.js';
import type { FilePart } from '../model/case.js';
import type { RecordedRequest } from '../model/report.js';
import type { TrafficRequest } from './request-check.js';

/** Stand-ins for the credential headers, in the form curlFor turns into variables. */
function credentialStandIns(headers: TrafficRequest['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  const authorization = headers.get(CREDENTIAL_HEADERS.token)?.[0];
  // `<scheme> <credentials>` becomes `<scheme> $CLOUDFLARE_API_TOKEN`; anything else is not shown at all.
  if (authorization !== undefined) out[CREDENTIAL_HEADERS.token] = /^\S+\s+\S/.test(authorization) ? `${authorization.split(/\s/, 1)[0]} x` : '[redacted]';
  for (const name of [CREDENTIAL_HEADERS.email, CREDENTIAL_HEADERS.key]) if (headers.has(name)) out[name] = 'x';
  return out;
}

function bodyOf(request: TrafficRequest): Pick<CurlRequest, 'body' | 'form'> {
  const body = request.body;
  if (!body) return {};
  if (body.text !== undefined) return { body: new TextEncoder().encode(body.text) };
  if (!body.form || body.form.malformed || body.form.truncated) return {};
  const form: Record<string, string | FilePart> = {};
  for (const part of body.form.parts) {
    if (part.name in form) continue;
    form[part.name] =
      part.filename === undefined
        ? new TextDecoder().decode(part.head)
        : { filename: part.filename, contentType: part.contentType ?? 'application/octet-stream', bytes: part.head };
  }
  return { form };
}

/** The request as a report shows it (its curl line built when read): `origin` is where a reproduction should send it (the upstream). */
export function recordedRequest(request: TrafficRequest, origin: string): RecordedRequest {
  const contentType = request.headers.get('content-type')?.[0];
  const headers = { ...credentialStandIns(request.headers), ...(contentType === undefined ? {} : { 'content-type': contentType }) };
  return requestRecord(request.method, request.target, {
    method: request.method,
    url: `${origin}${request.target}`,
    headers,
    ownCredentials: true,
    ...bodyOf(request),
  });
}
