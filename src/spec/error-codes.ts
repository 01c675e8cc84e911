// The `errors[].code`s this project answers with (the local server, the contract proxy).
/** Envelope error codes: Cloudflare's where known, the local server's and the proxy's own where the API documents none. */
export const Codes = {
  badRequest: 5400,
  notFound: 5404,
  conflict: 5409,
  /** A direct-upload URL past its expiry (or whose draft is gone). */
  uploadUrlExpired: 5410,
  unsupportedMediaType: 5415,
  notAnImage: 5455,
  noRoute: 7003,
  forbidden: 9109,
  authentication: 10000,
  internal: 10001,
} as const;
