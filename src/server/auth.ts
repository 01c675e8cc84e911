// API credentials: a bearer token, or the legacy X-Auth-Email + X-Auth-Key pair.
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, Codes } from './errors.js';

export interface Credentials {
  apiToken: string;
  apiEmail?: string;
  apiKey?: string;
}

const header = (headers: IncomingHttpHeaders, name: string) => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Constant-time-ish string comparison for credentials; an empty or missing one never matches. */
function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

export function authenticate(headers: IncomingHttpHeaders, creds: Credentials): void {
  const authorization = header(headers, 'authorization');
  const bearer = authorization && /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (bearer && sameSecret(bearer, creds.apiToken)) return;
  const email = header(headers, 'x-auth-email');
  const key = header(headers, 'x-auth-key');
  if (sameSecret(email, creds.apiEmail) && sameSecret(key, creds.apiKey)) return;
  throw new ApiError(401, Codes.authentication, 'Authentication error');
}
