// For every operation, a valid raw request asks Prism (`Prefer: code=<status>, example=<name>`) for
// every documented status and every named example; each answer must conform with zero violations,
// including no `sl-violations` (so the request was valid too, and Prism found the example valid).
//
// Range keys: Prism's Prefer decoder only takes three digits (`code=4XX` → 422 problem+json), and
// picks a response for a code by the exact key first, then `<first digit>XX`
// (prism-http dist/mocker/negotiator/InternalHelpers.js `findResponseByStatusCode`). So `4XX` is
// exercised with 418 and `5XX` with 500 and 503: codes no operation documents explicitly.
//
// The coverage gate at the end reads the documented (operation, status) pairs from
// generated/operations.ts: a status added to the spec without an example here turns the suite red.
import { afterAll, describe, expect, it } from 'vitest';
import { operations, type OperationId } from '../../generated/operations.js';
import { responseExamples } from '../../src/contract/index.js';
import { check, send, VALID, type RawRequest } from './prism-helpers.js';

const RANGE_STATUSES: Record<string, number[]> = { '4XX': [418], '5XX': [500, 503] };
const statusesFor = (key: string) => RANGE_STATUSES[key] ?? [Number(key)];

const exercised = new Set<string>();
const pair = (operationId: string, key: string) => `${operationId} ${key}`;

const cases = responseExamples().flatMap((e) =>
  statusesFor(e.status).map((status) => [`${e.operationId} ${status} (${e.status}) ${e.mediaType} ${e.name}`, e, status] as const),
);

// Concurrent: Prism spends ~15 ms validating each exchange in the main process while this worker
// waits; overlapping the requests halves the wall time.
describe.concurrent('every documented response of every operation, from a valid raw request', () => {
  it.for(cases)('%s', async ([, e, status], { expect }) => {
    const operationId = e.operationId as OperationId;
    const base = VALID[operationId]();
    const binary = e.mediaType.startsWith('image/');
    const request: RawRequest = {
      ...base,
      headers: { ...base.headers, prefer: `code=${status}, example=${e.name}`, ...(binary ? { accept: e.mediaType } : {}) },
    };
    const response = await send(request);
    expect(response.status).toBe(status);
    expect(response.contentType).toBe(e.mediaType);
    if (binary) expect(response.rawBodyText).toBe(e.value);
    else expect(response.body).toEqual(e.value);
    expect(response.prismViolations).toEqual([]);
    expect(check(operationId, request, response)).toEqual([]);
    exercised.add(pair(operationId, e.status));
  });
});

describe("Prism's response selection", () => {
  it('cannot take a range in Prefer: code=4XX is a 422 problem', async () => {
    const request: RawRequest = { ...VALID.getImage(), headers: { ...VALID.getImage().headers, prefer: 'code=4XX' } };
    const response = await send(request);
    expect(response.status).toBe(422);
    expect(response.contentType).toBe('application/problem+json');
  });

  it('serves the range response for a code in the range, and its own 404 for an undocumented code', async () => {
    const base = VALID.listImages();
    const inRange = await send({ ...base, headers: { ...base.headers, prefer: 'code=404' } });
    expect([inRange.status, inRange.body]).toMatchObject([404, { errors: [{ code: 7003 }] }]); // listImages documents 4XX, not 404
    const undocumented = await send({ ...base, headers: { ...base.headers, prefer: 'code=302' } });
    expect([undocumented.status, undocumented.contentType]).toEqual([404, 'application/problem+json']);
  });

  it('drops a forced error code when Accept rules out its media type (falls back to 200)', async () => {
    const base = VALID.getImageBlob();
    const response = await send({ ...base, headers: { ...base.headers, prefer: 'code=404', accept: 'image/png' } });
    expect([response.status, response.contentType]).toEqual([200, 'image/png']);
  });
});

describe('coverage gate', () => {
  const documented = Object.entries(operations).flatMap(([operationId, op]) => Object.keys(op.responses).map((key) => [operationId, key] as const));

  afterAll(() => {
    const rows = Object.entries(operations).map(([operationId, op]) => {
      const keys = Object.keys(op.responses);
      const done = keys.filter((key) => exercised.has(pair(operationId, key)));
      const missing = keys.filter((key) => !exercised.has(pair(operationId, key)));
      return { operation: operationId, exercised: done.join(' '), missing: missing.join(' ') || '-' };
    });
    console.table(rows);
    console.log(`covered ${documented.filter(([o, k]) => exercised.has(pair(o, k))).length}/${documented.length} documented (operation, status) pairs`);
  });

  it('exercised every documented (operation, status) pair', () => {
    const missing = documented.filter(([o, k]) => !exercised.has(pair(o, k))).map(([o, k]) => pair(o, k));
    expect(missing).toEqual([]);
    expect(documented.length).toBeGreaterThan(Object.keys(operations).length * 6);
  });
});
