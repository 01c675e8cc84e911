import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { exampleCases } from '../../src/contract/generate/index.js';
import { agrees } from '../../src/contract/generate/oracle.js';
import { NOW, context, explain, withResources } from './fixtures.js';
import { wireVerdict } from './wire.js';

/** The request body examples of the spec, as `operationId example-name`. */
const bodyExamples = Object.values<any>(spec.paths).flatMap((item) =>
  Object.values<any>(item)
    .filter((op) => op?.operationId && op.requestBody)
    .flatMap((op) =>
      Object.values<any>(op.requestBody.content).flatMap((media) => Object.keys(media.examples ?? {}).map((name) => `${op.operationId} ${name}`)),
    ),
);

describe('the examples phase', () => {
  it('sends every request body example of the spec', () => {
    const labels = exampleCases(context()).map((c) => `${c.operationId} ${c.label.replace(/^example (\S+).*$/, '$1')}`);
    expect(bodyExamples.length).toBeGreaterThan(5);
    for (const example of bodyExamples) expect(labels).toContain(example);
  });

  it('sends the examples of parameters, on every operation that has the parameter, but not those of server-issued tokens', () => {
    const cases = exampleCases(context());
    const labels = cases.map((c) => `${c.operationId}: ${c.label}`);
    expect(labels).toContain('listImages: example per_page = 100');
    expect(labels).toContain('listImagesV2: example per_page = 100');
    expect(labels).toContain('getImage: example image_id = "products/sku-1234/front"');
    expect(labels.some((l) => l.startsWith('listImagesV2: example meta = '))).toBe(true);
    expect(cases.some((c) => c.query && 'continuation_token' in c.query)).toBe(false);
    expect(cases.every((c) => c.phase === 'examples' && c.purpose === 'positive')).toBe(true);
  });

  it.each([
    ['no resources', context()],
    ['resources', withResources()],
  ])('every example case is valid as the server reads it (%s)', async (_, ctx) => {
    const cases = exampleCases(ctx);
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) {
      const verdict = await wireVerdict(c, NOW);
      expect(agrees(c, verdict), explain(c.label, verdict)).toBe(true);
    }
  });

  it('makes examples safe to send: the file instead of a URL, the run tag in created names, the expiry in its window', () => {
    const cases = exampleCases(context());
    const fromUrl = cases.find((c) => c.operationId === 'uploadImage' && c.label.startsWith('example fromUrl'))!;
    expect(fromUrl.body).toMatchObject({ kind: 'multipart', fields: { id: expect.stringMatching(/^ct7x.products\/sku-1234\/front$/), file: context().image } });
    expect(fromUrl.body?.kind === 'multipart' && 'url' in fromUrl.body.fields).toBe(false);
    const hero = cases.find((c) => c.operationId === 'createVariant')!;
    expect(hero.body).toMatchObject({ kind: 'json', value: { id: expect.stringMatching(/^ct7x.hero$/) } });
    const expiry = cases.find((c) => c.operationId === 'createDirectUpload' && c.label.startsWith('example withExpiry'))!;
    expect(expiry.body?.kind === 'multipart' && expiry.body.fields.expiry).toBe(new Date(NOW + 30 * 60_000).toISOString());
    // A read may address the spec's own example; a delete only a name of the run.
    expect(cases.find((c) => c.operationId === 'getVariant')!.path).toEqual({ variant_id: 'hero' });
    expect(cases.find((c) => c.operationId === 'deleteVariant')!.path?.variant_id).toMatch(/^ct7x.hero$/);
  });
});
