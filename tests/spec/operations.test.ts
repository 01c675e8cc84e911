import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { listOperations } from '../../scripts/lib/spec.js';

// The operation table of IMAGES-API.md: the spec must have exactly these.
const DOCUMENTED = [
  'GET images/v1',
  'POST images/v1',
  'GET images/v1/{image_id}',
  'PATCH images/v1/{image_id}',
  'DELETE images/v1/{image_id}',
  'GET images/v1/{image_id}/blob',
  'GET images/v1/keys',
  'PUT images/v1/keys/{signing_key_name}',
  'DELETE images/v1/keys/{signing_key_name}',
  'GET images/v1/stats',
  'GET images/v1/variants',
  'POST images/v1/variants',
  'GET images/v1/variants/{variant_id}',
  'PATCH images/v1/variants/{variant_id}',
  'DELETE images/v1/variants/{variant_id}',
  'GET images/v2',
  'POST images/v2/direct_upload',
];
const operations = listOperations(spec);

describe('the spec', () => {
  it('has exactly the documented operations', () => {
    const actual = operations.map((op) => `${op.method} ${op.path.replace('/accounts/{account_id}/', '')}`);
    expect(actual.sort()).toEqual([...DOCUMENTED].sort());
    expect(operations.every((op) => op.path.startsWith('/accounts/{account_id}/'))).toBe(true);
  });

  it('is OpenAPI 3.1 on the Cloudflare API server', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.servers.map((s) => s.url)).toEqual(['https://api.cloudflare.com/client/v4']);
  });

  it('gives every operation a unique operationId, a summary, a description and a known tag', () => {
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(DOCUMENTED.length);
    const tags = new Set(spec.tags.map((t) => t.name));
    expect([...tags].sort()).toEqual(['Direct uploads', 'Images', 'Signing keys', 'Stats', 'Variants']);
    for (const op of operations) {
      expect(op.operation.summary, op.operationId).toBeTruthy();
      expect(op.operation.description, op.operationId).toBeTruthy();
      expect(
        op.operation.tags.every((t: string) => tags.has(t)),
        op.operationId,
      ).toBe(true);
    }
  });

  it('deprecates only the v1 list', () => {
    expect(operations.filter((op) => op.operation.deprecated).map((op) => op.operationId)).toEqual(['listImages']);
  });

  it('requires a bearer token or the e-mail + key pair on every operation', () => {
    for (const op of operations) {
      const security = op.operation.security ?? spec.security;
      expect(security, op.operationId).toEqual([{ apiToken: [] }, { apiEmail: [], apiKey: [] }]);
    }
    expect(spec.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(spec.components.securitySchemes.apiEmail).toMatchObject({ in: 'header', name: 'X-Auth-Email' });
    expect(spec.components.securitySchemes.apiKey).toMatchObject({ in: 'header', name: 'X-Auth-Key' });
  });

  it('documents 200, 4XX and 5XX on every operation, errors as the failure envelope', () => {
    for (const op of operations) {
      const statuses = Object.keys(op.operation.responses);
      expect(statuses, op.operationId).toEqual(expect.arrayContaining(['200', '400', '401', '403', '429', '4XX', '5XX']));
    }
  });

  it('gives DELETE and PUT operations no request body', () => {
    for (const op of operations.filter((o) => o.method === 'DELETE' || o.method === 'PUT')) {
      expect(op.operation.requestBody, op.operationId).toBeUndefined();
    }
  });

  it('serves the blob as concrete image media types', () => {
    const blob = operations.find((op) => op.operationId === 'getImageBlob')!;
    const types = Object.keys(blob.operation.responses['200'].content);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => /^image\/[a-z0-9.+-]+$/.test(t) && t !== 'image/*')).toBe(true);
  });
});
