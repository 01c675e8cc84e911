import { normalizeOptions, type ImagesClientOptions } from './core/options.js';
import { Transport, type RawClient } from './core/transport.js';
import { Images } from './images/index.js';

export interface ImagesClient {
  readonly accountId: string;
  /** `images.v1.{list,get,create,edit,delete,blobs,keys,stats,variants}` and `images.v2.{list,directUploads}`. */
  readonly images: Images;
  /** The underlying openapi-fetch client (auth and middleware applied), for anything else. */
  readonly raw: RawClient;
}

/**
 * Creates a typed Cloudflare Images client. Credentials and the account id default to
 * `CLOUDFLARE_API_TOKEN` (or `CLOUDFLARE_EMAIL` + `CLOUDFLARE_API_KEY`) and `CLOUDFLARE_ACCOUNT_ID`.
 * The credentials live only inside the client's closures: they never appear when the client or
 * an error is logged, inspected or serialized.
 */
export function createImagesClient(options: ImagesClientOptions = {}): ImagesClient {
  const normalized = normalizeOptions(options);
  const transport = new Transport(normalized);
  const client: ImagesClient = {
    accountId: normalized.accountId,
    images: new Images(transport),
    raw: transport.raw,
  };
  Object.defineProperty(client, 'toJSON', {
    value: () => ({ accountId: normalized.accountId, baseUrl: normalized.baseUrl, auth: normalized.authScheme }),
  });
  return client;
}
