// The project's own client through the proxy against the local server: every operation passes
// both ways, bodies arrive byte for byte, coverage counts the documented statuses exercised, and
// the token is in no report.
import { describe, expect, it } from 'vitest';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { createImagesClient, ImagesApiError } from '../../src/index.js';
import { ACCOUNT, paddedPng, proxiedLocalServer, reportOf, sha256, TOKEN, violationsOf } from './helpers.js';

describe('the client through the proxy', () => {
  it('conforms on every operation, and the report covers what the traffic exercised', async () => {
    const { proxy, exchanges } = await proxiedLocalServer();
    const headersSeen: Headers[] = [];
    const cf = createImagesClient({
      baseUrl: proxy.baseUrl,
      accountId: ACCOUNT,
      apiToken: TOKEN,
      env: {},
      maxRetries: 0,
      validate: { request: true, response: true },
      middleware: [{ onResponse: ({ response }) => void headersSeen.push(response.headers) }],
    });
    const file = paddedPng(3 * 1024 * 1024 + 17);
    const image = await cf.images.v1.create({ file, metadata: { sku: '1234' }, id: 'products/sku-1234/front' });
    expect(await cf.images.v1.get(image.id)).toMatchObject({ id: 'products/sku-1234/front', meta: { sku: '1234' } });
    const blob = await cf.images.v1.blobs.get(image.id);
    expect(sha256(await blob.bytes())).toBe(sha256(file));
    await cf.images.v1.edit(image.id, { creator: 'u1' });
    expect((await cf.images.v2.list({ filters: { sku: { eq: '1234' } } })).images).toHaveLength(1);
    expect((await cf.images.v1.list()).images).toHaveLength(1);
    await cf.images.v1.stats.get();
    await cf.images.v1.keys.update('second');
    await cf.images.v1.keys.list();
    await cf.images.v1.keys.delete('second');
    await cf.images.v1.variants.create({ id: 'thumb', options: { fit: 'cover', metadata: 'none', width: 64, height: 64 } });
    await cf.images.v1.variants.edit('thumb', { options: { fit: 'pad', metadata: 'keep', width: 32, height: 32 } });
    await cf.images.v1.variants.get('thumb');
    await cf.images.v1.variants.list();
    await cf.images.v1.variants.delete('thumb');
    await cf.images.v2.directUploads.create({ metadata: { user: 'u1' } });
    await cf.images.v1.delete(image.id);
    await expect(cf.images.v1.get(image.id)).rejects.toBeInstanceOf(ImagesApiError);

    expect(headersSeen.flatMap(violationsOf)).toEqual([]);
    await proxy.settled();
    expect(exchanges).toHaveLength(18);
    expect(exchanges.every((x) => x.requestIssues.length === 0 && x.responseViolations.length === 0)).toBe(true);

    const report = await reportOf(proxy);
    expect(report).toMatchObject({
      mode: 'proxy',
      target: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/client\/v4$/),
      phases: ['traffic'],
      failures: [],
      unchecked: [],
      passed: true,
    });
    expect(report.operations.map((o) => o.operationId)).toHaveLength(17);
    const getImage = report.operations.find((o) => o.operationId === 'getImage')!;
    expect(getImage).toMatchObject({ calls: 2, statuses: [200, 404], exercised: ['200', '404'] });
    expect(getImage.unexercised).toContain('401');
    expect(report.summaries.filter((s) => s.check === 'request_conformance').reduce((n, s) => n + s.passed, 0)).toBe(18);
    for (const text of [toJson(report), toJUnit(report), renderReport(report)]) expect(text).not.toContain(TOKEN);
  }, 30_000);

  it('a wrong request the client would refuse is reported, and the response is forwarded as the server sent it', async () => {
    const { proxy, server } = await proxiedLocalServer();
    const response = await fetch(`${proxy.baseUrl}/accounts/${ACCOUNT}/images/v1?per_page=5`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const direct = await fetch(`${server.baseUrl}/accounts/${ACCOUNT}/images/v1?per_page=5`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(direct.status);
    expect((await response.json()).errors).toEqual((await direct.json()).errors);
    expect(violationsOf(response.headers)).toEqual([
      { check: 'request_conformance', location: 'request', pointer: '/query/per_page', message: 'must be >= 10 (got 5)' },
    ]);
    const [failure] = (await reportOf(proxy)).failures;
    expect(failure).toMatchObject({ check: 'request_conformance', operationId: 'listImages', source: 'traffic', received: { pointer: '/query/per_page' } });
    expect(failure.request?.curl).toContain('"authorization: Bearer $CLOUDFLARE_API_TOKEN"');
    expect(failure.request?.curl).not.toContain(TOKEN);
  });
});
