// The credential headers, as the spec's securitySchemes name them: a bearer token (`apiToken`), or
// the legacy pair of an e-mail and a key (`apiEmail` + `apiKey`). Everyone who writes or reads
// credentials (the client, the server, the contract run, the proxy) takes the names from here.
import { spec, type Json } from './document.js';

function scheme(id: string): Json {
  const found: Json = spec.components?.securitySchemes?.[id];
  if (!found) throw new Error(`the spec has no securitySchemes.${id}`);
  return found;
}

function headerOf(id: string): string {
  const s = scheme(id);
  if (s.type !== 'apiKey' || s.in !== 'header') throw new Error(`securitySchemes.${id} is not an API key in a header`);
  return String(s.name);
}

function bearerScheme(id: string): string {
  const s = scheme(id);
  if (s.type !== 'http') throw new Error(`securitySchemes.${id} is not an http scheme`);
  const name = String(s.scheme);
  return name[0].toUpperCase() + name.slice(1);
}

/** Header names as the spec writes them (`X-Auth-Email`), and the token's scheme (`Bearer`). */
export const CREDENTIALS = {
  tokenHeader: 'Authorization',
  tokenScheme: bearerScheme('apiToken'),
  emailHeader: headerOf('apiEmail'),
  keyHeader: headerOf('apiKey'),
} as const;

/** The same names lower-cased, as Node and fetch's Headers give them. */
export const CREDENTIAL_HEADERS = {
  token: CREDENTIALS.tokenHeader.toLowerCase(),
  email: CREDENTIALS.emailHeader.toLowerCase(),
  key: CREDENTIALS.keyHeader.toLowerCase(),
} as const;

export const ALL_CREDENTIAL_HEADERS: readonly string[] = Object.values(CREDENTIAL_HEADERS);
