// A stateful in-memory local Cloudflare Images server (what miniflare is for Workers), on node:http.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PREFIX, handleApi } from './api.js';
import { serverBounds } from './bounds.js';
import { accountHashOf, deliveryUrl, type AppContext } from './context.js';
import { handleDelivery } from './delivery.js';
import { componentSchema } from '../spec/document.js';
import { mustValidator } from '../spec/validators.js';
import { noRoute, replyFor } from './errors.js';
import { newRayId, writeReply, type Reply } from './reply.js';
import { SelfCheck, type SelfCheckViolation } from './self-check.js';
import { ImagesState } from './state.js';
import { handleUploadUrl, uploadTokenOf } from './upload-url.js';
import { otherReply } from './variations/hooks.js';
import { installVariations, type VariationOptions } from './variations/index.js';

export const DEFAULT_ACCOUNT_ID = '023e105f4ecef8ad9ca31a8372d0c353';
export const DEFAULT_API_TOKEN = 'local-token';
export const DEFAULT_ALLOWED_IMAGES = 100_000;

export interface ImagesServerOptions extends VariationOptions {
  /** TCP port; 0 (the default) picks a free one. The CLI defaults to 8787. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** The one account this server serves (32 hex characters); default DEFAULT_ACCOUNT_ID. */
  accountId?: string;
  /** The accepted `Authorization: Bearer` token; default 'local-token'. */
  apiToken?: string;
  /** With apiKey: the accepted legacy `X-Auth-Email` + `X-Auth-Key` pair (off unless both are set). */
  apiEmail?: string;
  apiKey?: string;
  /** `count.allowed` of the stats endpoint; default 100000. */
  allowedImages?: number;
  /**
   * Persist state (images, blobs, keys, variants, direct uploads) in this directory and reload it on start. The
   * server locks it (a second server on it refuses to start), writes its files 0600 and syncs each write to disk
   * before answering it.
   */
  dataDir?: string;
  /** Used to download `url` uploads; default the global fetch. */
  fetch?: typeof fetch;
  /** Deepest nesting of a JSON request body and of the form's `metadata` field; deeper is a 400. Default 1000 (DEFAULT_BOUNDS.maxJsonDepth). */
  maxJsonDepth?: number;
  /** Deadline in ms of a `url` upload's whole download (redirects, headers, body); past it, a 400. Default 10000. */
  urlTimeoutMs?: number;
  /** Most parts a multipart form may have; more is a 400. Default 64. */
  maxFormParts?: number;
  /** Clock in milliseconds since the epoch; default Date.now. */
  now?: () => number;
  /** Validate every JSON response against the spec and turn a mismatch into a loud 500; default true. */
  selfCheck?: boolean;
  /**
   * Conforming variations (VARIATION_NAMES): each makes one free choice of the spec differently
   * (other refusal statuses, id formats, extra properties, lagging lists, the rate limit …); they
   * combine. Default none. `listLagMs`, `rateLimitScale` and `rateLimitRequests` tune two of them.
   */
  variations?: readonly string[];
}

export interface ImagesServer {
  /** `http://host:port` */
  url: string;
  /** `<url>/client/v4`: the base URL API clients use. */
  baseUrl: string;
  port: number;
  host: string;
  accountId: string;
  accountHash: string;
  /** The live state, for tests and tooling; change it only through the API. */
  state: ImagesState;
  /** Responses that did not match the spec (empty unless the server has a bug). */
  selfCheckViolations: SelfCheckViolation[];
  /** The delivery URL of an image variant on this server. */
  deliveryUrl(imageId: string, variant: string): string;
  /** Stops listening, drops open connections, waits for pending writes and unlocks the data directory; calling it again is harmless. */
  close(): Promise<void>;
}

export async function startImagesServer(options: ImagesServerOptions = {}): Promise<ImagesServer> {
  const accountId = options.accountId ?? DEFAULT_ACCOUNT_ID;
  if (!mustValidator('schema.AccountId')(accountId))
    throw new Error(`accountId must match the spec's AccountId schema (pattern ${componentSchema('AccountId').pattern}), got '${accountId}'`);
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? Date.now;
  const bounds = serverBounds({ maxJsonDepth: options.maxJsonDepth, urlTimeoutMs: options.urlTimeoutMs, maxFormParts: options.maxFormParts });
  const state = await ImagesState.open({ dataDir: options.dataDir, now });
  const selfCheck = new SelfCheck(options.selfCheck ?? true);
  let variation;
  try {
    variation = installVariations(options.variations ?? [], options, { state, now });
  } catch (error) {
    await state.close();
    throw error;
  }
  const app: AppContext = {
    state,
    accountId,
    accountHash: accountHashOf(accountId),
    origin: '',
    allowedImages: options.allowedImages ?? DEFAULT_ALLOWED_IMAGES,
    fetch: options.fetch ?? globalThis.fetch,
    now,
    bounds,
    variation,
  };
  const apiOptions = { apiToken: options.apiToken ?? DEFAULT_API_TOKEN, apiEmail: options.apiEmail, apiKey: options.apiKey, selfCheck };

  async function route(req: IncomingMessage): Promise<Reply> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
    if (rawPath === API_PREFIX || rawPath.startsWith(`${API_PREFIX}/`))
      return handleApi(app, apiOptions, req, rawPath.slice(API_PREFIX.length), new URLSearchParams(rawQuery));
    const uploadToken = uploadTokenOf(app, rawPath, rawQuery);
    if (uploadToken !== undefined)
      return selfCheck.schema('schema.ImageEnvelope', otherReply(app.variation, await handleUploadUrl(app, req, uploadToken), 'upload'));
    const delivered = handleDelivery(app, req.method ?? 'GET', rawPath, rawQuery);
    if (delivered) return selfCheck.schema(undefined, otherReply(app.variation, delivered, 'delivery'));
    return selfCheck.schema(undefined, otherReply(app.variation, noRoute().toReply(), 'none'));
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('cf-ray', newRayId());
    if (app.variation.noRay) res.removeHeader('cf-ray');
    let reply: Reply;
    try {
      reply = await route(req);
    } catch (error) {
      reply = replyFor(error);
    }
    if (!res.headersSent) writeReply(res, reply, req.method === 'HEAD', app.variation.wire);
  }

  const server = createServer((req, res) => void onRequest(req, res));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await state.close(); // the data directory is not kept locked by a server that never started
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  app.origin = url;
  let closing: Promise<void> | undefined;

  return {
    url,
    baseUrl: `${url}${API_PREFIX}`,
    port,
    host,
    accountId,
    accountHash: app.accountHash,
    state,
    selfCheckViolations: selfCheck.violations,
    deliveryUrl: (imageId, variant) => deliveryUrl(app, imageId, variant),
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        });
        await state.close();
      })();
      return closing;
    },
  };
}

export { accountHashOf } from './context.js';
export { VARIATIONS, VARIATION_NAMES, type Variation, type VariationOptions } from './variations/index.js';
export { signedMessage } from './delivery.js';
export { DataDirLocked } from './lock.js';
export { StateFileUnreadable } from './persist.js';
export type { SelfCheckViolation } from './self-check.js';
export type { ImagesState, SigningKey, StoredImage, StoredVariant } from './state.js';
