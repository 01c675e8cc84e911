import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { validators, type ValidatorKey } from '../../generated/validators.js';
import { listOperations } from '../../scripts/lib/spec.js';

const dir = new URL('../fixtures/seeds/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('seed page examples', () => {
  it('are all here', () => {
    expect(fixtures.sort()).toEqual(['getImage.200.json', 'listImages.200.json', 'listImages.markdown.200.json', 'listImagesV2.200.json']);
  });

  it.each(fixtures)('%s validates against its operation', (file) => {
    const operationId = file.split('.')[0];
    const body = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
    const validate = validators[`${operationId}.response.200` as ValidatorKey];
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('a real failure body', () => {
  const failure = { success: false, errors: [{ code: 7003, message: 'No route for the URI' }], messages: [], result: null };
  const errorKeys = listOperations(spec).flatMap((op) =>
    Object.keys(op.operation.responses)
      .filter((status) => !status.startsWith('2'))
      .map((status) => `${op.operationId}.response.${status}` as ValidatorKey),
  );

  it('is checked against every error response of every operation', () => {
    expect(errorKeys.length).toBeGreaterThanOrEqual(listOperations(spec).length * 6);
  });

  it.each(errorKeys)('validates as %s', (key) => {
    expect(validators[key](failure), JSON.stringify(validators[key].errors)).toBe(true);
  });
});
