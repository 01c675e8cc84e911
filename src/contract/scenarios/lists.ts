// Walking the two lists page by page with the typed client, one awaited page at a time (not its
// iterator, which stops on what these walks must report: a repeated page or token), and finding
// what a scenario created in them.
import type { Image, ListImagesV1Query } from '../../images/v1/v1.js';
import type { ListImagesV2Query } from '../../images/v2/index.js';
import type { RecordedRequest } from '../model/report.js';
import { lastRequest, settled, TAG_FIELD, type Ctx } from './kit.js';

/** Why a walk stopped: the list said it was done, a token came back again, or too many pages. */
type WalkEnd = 'done' | 'repeated-token' | 'page-limit';

export interface Walk {
  pages: Image[][];
  /** The request of each page, for a report. */
  requests: (RecordedRequest | undefined)[];
  end: WalkEnd;
}

const DEFAULT_PAGE_LIMIT = 20;

/** v1 pages from 1 until a page shorter than `per_page` (the list's only end marker). */
export async function walkV1(ctx: Ctx, query: ListImagesV1Query & { per_page: number }, pageLimit = DEFAULT_PAGE_LIMIT): Promise<Walk> {
  const pages: Image[][] = [];
  const requests: Walk['requests'] = [];
  for (let page = 1; page <= pageLimit; page++) {
    const { images } = await ctx.session.client.images.v1.list({ ...query, page });
    pages.push(images);
    requests.push(lastRequest(ctx, 'listImages'));
    if (images.length < query.per_page) return { pages, requests, end: 'done' };
  }
  return { pages, requests, end: 'page-limit' };
}

/** v2 pages following `continuation_token` until it is null or absent. */
export async function walkV2(ctx: Ctx, query: ListImagesV2Query, pageLimit = DEFAULT_PAGE_LIMIT): Promise<Walk & { tokens: string[] }> {
  const pages: Image[][] = [];
  const requests: Walk['requests'] = [];
  const tokens: string[] = [];
  let token: string | undefined;
  while (pages.length < pageLimit) {
    const page = await ctx.session.client.images.v2.list(token === undefined ? query : { ...query, continuation_token: token });
    pages.push(page.images);
    requests.push(lastRequest(ctx, 'listImagesV2'));
    const next = page.continuation_token;
    if (next === null || next === undefined) return { pages, requests, tokens, end: 'done' };
    if (tokens.includes(next)) return { pages, requests, tokens, end: 'repeated-token' };
    tokens.push(next);
    token = next;
  }
  return { pages, requests, tokens, end: 'page-limit' };
}

/** The v2 query that selects a scenario's images: their creator and the run's tag. */
export const scopedV2 = (ctx: Ctx, creator: string): ListImagesV2Query => ({ creator, filters: { [TAG_FIELD]: { eq: ctx.generation.runTag } } });

export type Listed = { v1: Image[]; v2: Image[] };

/**
 * The images of a creator, as each list shows them (every page; v2 also filtered by the run's tag),
 * read again within the settle window until both show what `expected` says they must.
 */
export async function listedImages(ctx: Ctx, creator: string, expected: (images: Image[]) => boolean = () => true): Promise<Listed> {
  const read = async (): Promise<Listed> => ({
    v1: (await walkV1(ctx, { creator, per_page: 100 })).pages.flat(),
    v2: (await walkV2(ctx, { ...scopedV2(ctx, creator), per_page: 100 })).pages.flat(),
  });
  return settled(ctx, read, (l) => expected(l.v1) && expected(l.v2));
}

export const LISTS = ['listImages', 'listImagesV2'] as const;
