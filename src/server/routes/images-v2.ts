// /accounts/{account_id}/images/v2 and /images/v2/direct_upload
import { randomBytes } from 'node:crypto';
import { facts } from '../../../generated/operations.js';
import type { components } from '../../../generated/schema.js';
import { parameterDefault } from '../../spec/wire.js';
import { newImageId, presentImage, type AppContext } from '../context.js';
import { success } from '../envelope.js';
import { badRequest } from '../errors.js';
import { matchesAll, matchesCreator, parseFilters, type MetadataFilter } from '../filters.js';
import { parseMetadataField } from '../metadata.js';
import { ok } from '../reply.js';
import type { StoredImage } from '../state.js';
import { uploadUrlOf } from '../upload-url.js';
import type { QueryOf } from '../../core/types.js';
import type { OperationHandler } from './types.js';

type Order = NonNullable<QueryOf<'listImagesV2'>['sort_order']>;
type ImageListV2 = components['schemas']['ImageListV2'];
const DEFAULT_PER_PAGE = parameterDefault<number>('listImagesV2', 'per_page');
const DEFAULT_ORDER = parameterDefault<Order>('listImagesV2', 'sort_order');

interface Cursor {
  time: number;
  id: string;
  order: Order;
}

/** Opaque to clients: base64url of the sort key of the last image returned and the sort order. */
function encodeToken(image: StoredImage, order: Order): string {
  return Buffer.from(JSON.stringify([Date.parse(image.uploaded), image.id, order])).toString('base64url');
}

function decodeToken(token: string, order: Order): Cursor {
  const invalid = () => badRequest('Invalid continuation_token: pass the continuation_token of the previous page unchanged', '/query/continuation_token');
  if (!/^[A-Za-z0-9_-]+$/.test(token)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== 3 || !Number.isFinite(value[0]) || typeof value[1] !== 'string' || typeof value[2] !== 'string')
    throw invalid();
  if (value[2] !== order) throw badRequest(`Invalid continuation_token: it belongs to a listing with sort_order=${value[2]}`, '/query/continuation_token');
  return { time: value[0], id: value[1], order };
}

function compareKey(a: { time: number; id: string }, b: { time: number; id: string }): number {
  return a.time !== b.time ? a.time - b.time : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const keyOf = (i: StoredImage) => ({ time: Date.parse(i.uploaded), id: i.id });

/** The filters checkQuery parsed, by the request's query object (the same object reaches handle). */
const parsedFilters = new WeakMap<object, MetadataFilter[]>();

export const listImagesV2: OperationHandler<'listImagesV2'> = {
  checkQuery(query) {
    parsedFilters.set(query, parseFilters((query.meta ?? {}) as Record<string, string>));
  },
  handle({ app, query }) {
    const order = query.sort_order ?? DEFAULT_ORDER;
    const perPage = query.per_page ?? DEFAULT_PER_PAGE;
    const filters = withComparison(app, parsedFilters.get(query) ?? parseFilters(query.meta ?? {})); // parsed here only if checkQuery did not run
    const cursor = query.continuation_token === undefined ? undefined : decodeToken(ownToken(app, query.continuation_token), order);
    const sign = order === 'asc' ? 1 : -1;
    const matching = app.state
      .completeImages()
      .filter((i) => matchesCreator(i, query.creator) && (filters.length === 0 || matchesAll(filters, i.meta)))
      .filter((i) => !cursor || sign * compareKey(keyOf(i), cursor) > 0)
      .sort((a, b) => sign * compareKey(keyOf(a), keyOf(b)));
    const page = matching.slice(0, perPage);
    const more = matching.length > perPage;
    const fullPageToken = page.length === perPage ? () => encodeToken(page[page.length - 1], order) : undefined;
    return ok(
      success(
        asSent(
          app,
          {
            continuation_token: more ? encodeToken(page[page.length - 1], order) : null,
            images: page.map((i) => presentImage(app, i)),
          },
          fullPageToken,
        ),
      ),
    );
  },
};

/** The filters, comparing untyped `eq` / `in` as the server's variation does. */
const withComparison = (app: AppContext, filters: MetadataFilter[]) =>
  app.variation.untypedEquals ? filters.map((f) => ({ ...f, untypedEquals: app.variation.untypedEquals })) : filters;

/** The server's own token inside the one a variation sent ('' when it is not one: refused as invalid). */
const ownToken = (app: AppContext, token: string) => (app.variation.pageTokens ? (app.variation.pageTokens.unwrap(token) ?? '') : token);

/** The page as the server's variations send it: the last page's token (absent, or one to an empty page on a full page) and the token's format. */
function asSent(app: AppContext, page: ImageListV2, fullPageToken: (() => string) | undefined): ImageListV2 {
  const { pageTokens, tokenOnFullLastPage, lastPageTokenAbsent } = app.variation;
  let token = page.continuation_token ?? null;
  if (token === null && tokenOnFullLastPage && fullPageToken) token = fullPageToken();
  if (token !== null && pageTokens) token = pageTokens.wrap(token);
  if (token !== null || !lastPageTokenAbsent) return { ...page, continuation_token: token };
  const { continuation_token: _absent, ...rest } = page;
  return rest;
}

const window = facts.expiryWindow;

// A custom id with signed URLs was refused by the form's validator (the spec's `not` rule).
export const createDirectUpload: OperationHandler<'createDirectUpload'> = {
  async handle({ app, body }) {
    const now = app.now();
    let expiresMs = now + window.defaultSeconds * 1000;
    if (body.expiry !== undefined) {
      expiresMs = Date.parse(body.expiry);
      const seconds = (expiresMs - now) / 1000;
      if (!(seconds >= window.minSeconds && seconds <= window.maxSeconds))
        throw badRequest(
          `expiry must be between ${window.minSeconds / 60} minutes and ${window.maxSeconds / 3600} hours from now (got ${body.expiry})`,
          '/body/expiry',
        );
    }
    const image: StoredImage = {
      id: body.id ?? newImageId(app),
      creator: body.creator ?? null,
      requireSignedURLs: body.requireSignedURLs ?? false,
      uploaded: new Date(now).toISOString(),
      customId: body.id !== undefined,
      draft: true,
    };
    if (body.metadata !== undefined) image.meta = parseMetadataField(body.metadata, { maxDepth: app.bounds.maxJsonDepth });
    const token = randomBytes(24).toString('base64url');
    await app.state.createDraft(image, { token, imageId: image.id, expiresMs, status: 'pending' });
    return ok(success({ id: image.id, uploadURL: uploadUrlOf(app, token) }, { result_info: null }));
  },
};
