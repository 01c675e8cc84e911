import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { validators, type ValidatorKey } from '../../generated/validators.js';
import { listOperations, resolveRef } from '../../scripts/lib/spec.js';

interface NamedExample {
  where: string;
  validator: ValidatorKey;
  value: any;
}

/** Every named example of every request body and JSON response, with the validator it must pass. */
function collectExamples(): NamedExample[] {
  const out: NamedExample[] = [];
  for (const op of listOperations(spec)) {
    for (const media of Object.values<any>(op.operation.requestBody?.content ?? {})) {
      for (const [name, ex] of Object.entries<any>(media.examples ?? {})) {
        out.push({ where: `${op.operationId} request ${name}`, validator: `${op.operationId}.body` as ValidatorKey, value: resolveRef(spec, ex).value });
      }
    }
    for (const [status, r] of Object.entries<any>(op.operation.responses)) {
      const json = resolveRef(spec, r).content?.['application/json'];
      for (const [name, ex] of Object.entries<any>(json?.examples ?? {})) {
        out.push({
          where: `${op.operationId} ${status} ${name}`,
          validator: `${op.operationId}.response.${status}` as ValidatorKey,
          value: resolveRef(spec, ex).value,
        });
      }
    }
  }
  return out;
}

const examples = collectExamples();
const firstOf = (validator: string) => structuredClone(examples.find((e) => e.validator === validator)!.value);

describe('spec examples', () => {
  it('exist for every request body and every JSON response', () => {
    for (const op of listOperations(spec)) {
      for (const [status, r] of Object.entries<any>(op.operation.responses)) {
        for (const [type, media] of Object.entries<any>(resolveRef(spec, r).content ?? {})) {
          expect(Object.keys(media.examples ?? {}).length, `${op.operationId} ${status} ${type}`).toBeGreaterThan(0);
        }
      }
      for (const [type, media] of Object.entries<any>(op.operation.requestBody?.content ?? {})) {
        expect(Object.keys(media.examples ?? {}).length, `${op.operationId} request ${type}`).toBeGreaterThan(0);
      }
    }
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s validates', (_where, example) => {
    const validate = validators[example.validator];
    expect(validate, example.validator).toBeTypeOf('function');
    expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('the validators are not vacuous', () => {
  it('reject a wrong type', () => {
    const body = firstOf('getImageStats.response.200');
    body.result.count.current = '210';
    expect(validators['getImageStats.response.200'](body)).toBe(false);
    expect(validators['getImageStats.response.200'].errors?.[0]).toMatchObject({ instancePath: '/result/count/current', keyword: 'type' });
  });

  it('reject a missing required field', () => {
    const body = firstOf('getImage.response.200');
    delete body.result.id;
    expect(validators['getImage.response.200'](body)).toBe(false);
    expect(validators['getImage.response.200'].errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'id' } });
  });

  it('reject an over-long image ID', () => {
    const params = { path: { account_id: '023e105f4ecef8ad9ca31a8372d0c353', image_id: 'a'.repeat(1025) } };
    expect(validators['getImage.params'](params)).toBe(false);
    expect(validators['getImage.params'].errors?.[0]).toMatchObject({ instancePath: '/path/image_id', keyword: 'maxLength' });
    params.path.image_id = 'a'.repeat(1024);
    expect(validators['getImage.params'](params)).toBe(true);
  });

  it('reject six metadata filters and accept five', () => {
    const meta: Record<string, string> = {};
    for (let i = 0; i < 5; i++) meta[`meta.f${i}[eq]`] = 'x';
    const params = { path: { account_id: '023e105f4ecef8ad9ca31a8372d0c353' }, query: { meta } };
    expect(validators['listImagesV2.params'](params)).toBe(true);
    meta['meta.f5[eq]'] = 'x';
    expect(validators['listImagesV2.params'](params)).toBe(false);
    expect(validators['listImagesV2.params'].errors?.[0]).toMatchObject({ instancePath: '/query/meta', keyword: 'maxProperties' });
  });

  it('reject a success body where an error is documented, and an error body as success', () => {
    const failure = firstOf('getImage.response.404');
    expect(validators['getImage.response.200'](failure)).toBe(false);
    expect(validators['getImage.response.404']({ ...failure, success: true })).toBe(false);
    expect(validators['getImage.response.404']({ ...failure, errors: [] })).toBe(false);
  });

  it('reject an upload with both file and url, with neither, and a custom UUID-shaped id', () => {
    const validate = validators['uploadImage.body'];
    expect(validate({ url: 'https://example.com/a.png' })).toBe(true);
    expect(validate({ url: 'https://example.com/a.png', file: new Blob(['x']) })).toBe(false);
    expect(validate({ creator: 'x' })).toBe(false);
    expect(validate({ url: 'https://example.com/a.png', id: '2cdc28f0-017a-49c4-9ed7-87056c83901a' })).toBe(false);
    expect(validate({ url: 'https://example.com/a.png', id: 'custom/id', requireSignedURLs: true })).toBe(false);
  });

  it('reject bad variant names, enums and ranges', () => {
    const validate = validators['createVariant.body'];
    const good = firstOf('createVariant.body');
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, id: 'hero-1' })).toBe(false);
    expect(validate({ ...good, id: 'a'.repeat(100) })).toBe(false);
    expect(validate({ ...good, options: { ...good.options, fit: 'stretch' } })).toBe(false);
    expect(validate({ ...good, options: { ...good.options, width: 0 } })).toBe(false);
  });
});
