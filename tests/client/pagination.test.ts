import { describe, expect, it } from 'vitest';
import { createImagesClient, ImagesAbortError, ImagesPaginationError } from '../../src/index.js';
import { ACCOUNT, BASE, image, ok, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `img-${String(i).padStart(4, '0')}`);

function v1Server(all: string[]) {
  return recordingFetch((r) => {
    const page = Number(r.url.searchParams.get('page') ?? 1);
    const perPage = Number(r.url.searchParams.get('per_page') ?? 1000);
    return ok({ images: all.slice((page - 1) * perPage, page * perPage).map((id) => image(id)) });
  });
}

function v2Server(all: string[], perPage = 10) {
  return recordingFetch((r) => {
    const start = Number(r.url.searchParams.get('continuation_token')?.replace('t', '') ?? 0);
    const end = start + perPage;
    return ok({ images: all.slice(start, end).map((id) => image(id)), continuation_token: end < all.length ? `t${end}` : null });
  });
}

const client = (fetch: typeof globalThis.fetch) => createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch, env: {}, maxRetries: 0 });

describe('v1 pagination', () => {
  it('await gives the first page only', async () => {
    const server = v1Server(ids(25));
    const page = await client(server.fetch).images.v1.list({ per_page: 10 });
    expect(page.images.map((i) => i.id)).toEqual(ids(25).slice(0, 10));
    expect(server.requests).toHaveLength(1);
  });

  it('for await yields every image exactly once, in order, and stops after a short page', async () => {
    const server = v1Server(ids(25));
    const seen: string[] = [];
    for await (const img of client(server.fetch).images.v1.list({ per_page: 10 })) seen.push(img.id);
    expect(seen).toEqual(ids(25));
    expect(server.requests.map((r) => r.url.searchParams.get('page'))).toEqual([null, '2', '3']);
  });

  it('stops on an empty page when the last page is full', async () => {
    const server = v1Server(ids(20));
    const seen: string[] = [];
    for await (const img of client(server.fetch).images.v1.list({ per_page: 10 })) seen.push(img.id);
    expect(seen).toEqual(ids(20));
    expect(server.requests).toHaveLength(3);
  });
});

describe('v2 pagination', () => {
  it('follows continuation_token until it is absent', async () => {
    const server = v2Server(ids(35));
    const seen: string[] = [];
    for await (const img of client(server.fetch).images.v2.list({ per_page: 10, sort_order: 'asc' })) seen.push(img.id);
    expect(seen).toEqual(ids(35));
    expect(server.requests.map((r) => r.url.searchParams.get('continuation_token'))).toEqual([null, 't10', 't20', 't30']);
    expect(server.requests.every((r) => r.url.searchParams.get('sort_order') === 'asc')).toBe(true);
  });

  it('fails loudly on a repeated token', async () => {
    const server = recordingFetch(() => ok({ images: [image('a')], continuation_token: 'same' }));
    const seen: string[] = [];
    const run = async () => {
      for await (const img of client(server.fetch).images.v2.list()) seen.push(img.id);
    };
    await expect(run()).rejects.toBeInstanceOf(ImagesPaginationError);
    expect(server.requests).toHaveLength(2);
  });

  it('prefetches exactly one page while the consumer works', async () => {
    const server = v2Server(ids(40));
    const requestsWhenConsumed: number[] = [];
    for await (const page of client(server.fetch).images.v2.list({ per_page: 10 }).pages()) {
      await new Promise((r) => setTimeout(r, 5)); // the consumer's work on this page
      requestsWhenConsumed.push(server.requests.length);
      expect(page.images).toHaveLength(10);
    }
    // while page n is consumed, page n+1 has been requested, and never page n+2
    expect(requestsWhenConsumed).toEqual([2, 3, 4, 4]);
  });

  it('honors an AbortSignal between pages', async () => {
    const server = v2Server(ids(40));
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const img of client(server.fetch).images.v2.list({ per_page: 10 }, { signal: controller.signal })) {
        seen.push(img.id);
        if (seen.length === 15) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(ImagesAbortError);
    // the page in hand is finished, the next one is never yielded
    expect(seen).toEqual(ids(40).slice(0, 20));
  });
});
