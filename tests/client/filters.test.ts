import { describe, expect, it } from 'vitest';
import { createImagesClient, facts, ImagesValidationError, serializeFilters, type MetadataFilters } from '../../src/index.js';
import { ACCOUNT, BASE, ok, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

describe('metadata filters', () => {
  it('serialize exactly as the API documents', () => {
    expect(serializeFilters({ status: { eq: 'active' } })).toEqual({ 'meta.status[eq:string]': 'active' });
    expect(serializeFilters({ status: { in: ['pending', 'deleted', 'flagged'] } })).toEqual({ 'meta.status[in:string]': 'pending|deleted|flagged' });
    expect(serializeFilters({ ratings: { 'in:number': [4, 5] } })).toEqual({ 'meta.ratings[in:number]': '4|5' });
    expect(serializeFilters({ 'region.name': { eq: 'eu-west' } })).toEqual({ 'meta.region.name[eq:string]': 'eu-west' });
    expect(serializeFilters({ priority: { eq: 5 }, enabled: { eq: true } })).toEqual({ 'meta.priority[eq:number]': '5', 'meta.enabled[eq:boolean]': 'true' });
    expect(serializeFilters({ rating: { gte: 4, lt: 10 } })).toEqual({ 'meta.rating[gte]': '4', 'meta.rating[lt]': '10' });
    expect(serializeFilters({ mixed: { in: ['a', 1] } })).toEqual({ 'meta.mixed[in]': 'a|1' });
  });

  it('go on the wire as documented, combined with creator', async () => {
    const recorder = recordingFetch(() => ok({ images: [] }));
    const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {} });
    await client.images.v2.list({ creator: 'user123', filters: { status: { eq: 'active' }, region: { in: ['us-east', 'eu-west'] } } });
    expect(recorder.requests[0].url.search).toBe('?creator=user123&meta.status[eq:string]=active&meta.region[in:string]=us-east|eu-west');
  });

  const limits: [string, MetadataFilters, string, RegExp][] = [
    ['six filters', Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}`, { eq: 'x' }])), '/query/meta', /has 6 filters; at most 5/],
    ['six levels', { 'a.b.c.d.e.f': { eq: 'x' } }, '/query/meta/a.b.c.d.e.f', /nests 6 levels; at most 5/],
    ['eleven in values', { tag: { in: Array.from({ length: 11 }, (_, i) => `t${i}`) } }, '/query/meta/tag/in', /has 11 values; at most 10/],
    ['an unknown operator', { status: { 'not-eq': 'x' } as never }, '/query/meta/status/not-eq', /unsupported operator/],
    ['a string for eq:number', { n: { 'eq:number': '5' as never } }, '/query/meta/n/eq:number', /needs number values/],
    ['a number for eq:boolean', { b: { 'eq:boolean': 1 as never } }, '/query/meta/b/eq:boolean', /needs boolean values/],
    ['a list for eq', { s: { eq: ['a'] as never } }, '/query/meta/s/eq', /single value, not a list/],
    ['a scalar for in', { s: { in: 'a' as never } }, '/query/meta/s/in', /needs a list/],
    ['a | inside an in value', { s: { in: ['a|b'] } }, '/query/meta/s/in', /cannot contain "\|"/],
    ['a bad field name', { 'a b': { eq: 'x' } }, '/query/meta/a b', /letters, digits/],
  ];

  it.each(limits)('refuse %s, naming where, with nothing sent', async (_name, filters, pointer, message) => {
    expect(() => serializeFilters(filters)).toThrow(ImagesValidationError);
    const recorder = recordingFetch(() => ok({ images: [] }));
    const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {} });
    const error: any = await client.images.v2.list({ filters }).then(
      () => undefined,
      (e) => e,
    );
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect(error.pointer).toBe(pointer);
    expect(error.message).toMatch(message);
    expect(recorder.requests).toHaveLength(0);
  });

  it('follow the limits in the spec facts, not numbers of their own', () => {
    const rules = facts.metadataFilters as { maxFilters: number; maxListValues: number; maxDepth: number };
    const saved = { ...rules };
    try {
      Object.assign(rules, { maxFilters: 2, maxListValues: 3, maxDepth: 2 });
      expect(() => serializeFilters({ a: { eq: 1 }, b: { eq: 1 }, c: { eq: 1 } })).toThrow(/has 3 filters; at most 2/);
      expect(() => serializeFilters({ a: { in: [1, 2, 3, 4] } })).toThrow(/has 4 values; at most 3/);
      expect(() => serializeFilters({ 'a.b.c': { eq: 1 } })).toThrow(/nests 3 levels; at most 2/);
    } finally {
      Object.assign(rules, saved);
    }
    expect(Object.keys(serializeFilters({ a: { eq: 1 }, b: { eq: 1 }, c: { eq: 1 } }))).toHaveLength(3);
  });
});
