// The spec states the metadata-filter rules twice: as JSON Schema on the `meta` parameter (what
// validators and tools check) and as the structured `x-cf-metadata-filters` (what the client's
// builder reads). This keeps the two statements in agreement.
import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { facts } from '../../generated/operations.js';
import { validators } from '../../generated/validators.js';
import { startImagesServer } from '../../src/server/index.js';

const rules = facts.metadataFilters;
const accepts = (meta: Record<string, string>) =>
  validators['listImagesV2.params']({ path: { account_id: '023e105f4ecef8ad9ca31a8372d0c353' }, query: { meta } });
const path = (depth: number) => Array.from({ length: depth }, (_, i) => `f${i}`).join('.');
const sample: Record<string, string> = { any: 'x', string: 'x', number: '4', boolean: 'true', 'any-list': 'a|b', 'string-list': 'a|b', 'number-list': '1|2' };

describe('x-cf-metadata-filters agrees with the meta parameter schema', () => {
  it.each(Object.entries(rules.operators))('operator %s (%s) is accepted with a value of its kind', (op, kind) => {
    expect(accepts({ [`${rules.keyPrefix}status[${op}]`]: sample[kind] })).toBe(true);
  });

  it('an operator not in the extension is refused', () => {
    expect(accepts({ 'meta.status[not-eq]': 'x' })).toBe(false);
  });

  it('maxFilters', () => {
    const n = (k: number) => Object.fromEntries(Array.from({ length: k }, (_, i) => [`meta.f${i}[eq]`, 'x']));
    expect(accepts(n(rules.maxFilters))).toBe(true);
    expect(accepts(n(rules.maxFilters + 1))).toBe(false);
  });

  it('maxDepth', () => {
    expect(accepts({ [`meta.${path(rules.maxDepth)}[eq]`]: 'x' })).toBe(true);
    expect(accepts({ [`meta.${path(rules.maxDepth + 1)}[eq]`]: 'x' })).toBe(false);
  });

  it('maxListValues and the list separator', () => {
    const list = (k: number) => Array.from({ length: k }, (_, i) => `v${i}`).join(rules.listSeparator);
    expect(accepts({ 'meta.tag[in]': list(rules.maxListValues) })).toBe(true);
    expect(accepts({ 'meta.tag[in]': list(rules.maxListValues + 1) })).toBe(false);
  });

  it('the metadata byte limit is the same for the JSON field and the multipart part', () => {
    const schemas = spec.components.schemas as Record<string, Record<string, unknown>>;
    expect(schemas.Metadata['x-cf-max-serialized-bytes']).toBe(facts.metadataMaxBytes);
    expect(schemas.MetadataJson['x-cf-max-serialized-bytes']).toBe(facts.metadataMaxBytes);
  });
});

describe('x-cf-default-variant', () => {
  it('is a variant the spec accepts, and the one a new local server lists', async () => {
    const envelope = { success: true, errors: [], messages: [], result: { variant: facts.defaultVariant } };
    expect(validators['getVariant.response.200'](envelope)).toBe(true);
    expect(
      validators['getVariant.response.200']({
        ...envelope,
        result: { variant: { ...facts.defaultVariant, options: { ...facts.defaultVariant.options, fit: 'stretch' } } },
      }),
    ).toBe(false);
    const server = await startImagesServer({ port: 0, apiToken: 'facts-token' });
    try {
      const res = await fetch(`${server.baseUrl}/accounts/${server.accountId}/images/v1/variants`, { headers: { authorization: 'Bearer facts-token' } });
      expect((await res.json()).result.variants).toEqual({ [facts.defaultVariant.id]: facts.defaultVariant });
    } finally {
      await server.close();
    }
  });
});
