// The official `cloudflare` SDK through the proxy against the local server: its requests and the
// server's answers conform, except where the SDK is known to break the contract — it sends
// object form fields bracket-encoded (`metadata[sku]=…`) instead of one JSON string — which the
// proxy reports, with where.
import Cloudflare, { toFile } from 'cloudflare';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/contract/report/junit.js';
import { ACCOUNT, paddedPng, proxiedLocalServer, reportOf, sha256, TOKEN } from './helpers.js';

describe('the official cloudflare SDK through the proxy', () => {
  it('conforms on every operation it calls; its bracket-encoded metadata is reported', async () => {
    const { proxy, exchanges } = await proxiedLocalServer();
    const sdk = new Cloudflare({ apiToken: TOKEN, baseURL: proxy.baseUrl, maxRetries: 0 });
    const account_id = ACCOUNT;
    const png = paddedPng(256 * 1024);
    const image = await sdk.images.v1.create({ account_id, file: await toFile(png, 'p.png', { type: 'image/png' }) });
    await sdk.images.v1.get(image.id!, { account_id });
    await sdk.images.v1.edit(image.id!, { account_id, metadata: { a: 1 } });
    const blob = await sdk.images.v1.blobs.get(image.id!, { account_id });
    expect(sha256(new Uint8Array(await blob.arrayBuffer()))).toBe(sha256(png));
    await sdk.images.v1.keys.update('k1', { account_id });
    await sdk.images.v1.keys.list({ account_id });
    await sdk.images.v1.keys.delete('k1', { account_id });
    await sdk.images.v1.stats.get({ account_id });
    await sdk.images.v1.variants.create({ account_id, id: 'thumb', options: { fit: 'cover', metadata: 'none', width: 10, height: 10 } });
    await sdk.images.v1.variants.get('thumb', { account_id });
    await sdk.images.v1.variants.list({ account_id });
    await sdk.images.v1.variants.delete('thumb', { account_id });
    await sdk.images.v2.list({ account_id });
    await sdk.images.v1.delete(image.id!, { account_id });
    await proxy.settled();
    const clean = exchanges.length;
    expect(exchanges.flatMap((x) => [...x.requestIssues, ...x.responseViolations])).toEqual([]);

    // The SDK's own encoding of object form fields: the server refuses it, the proxy says why.
    const refused = await sdk.images.v1
      .create({ account_id, file: await toFile(png, 'p.png', { type: 'image/png' }), metadata: { sku: '1234' } })
      .catch((e: unknown) => e);
    expect((refused as { status?: number }).status).toBe(400);
    await proxy.settled();
    expect(exchanges.slice(clean).flatMap((x) => x.requestIssues)).toEqual([
      {
        pointer: '/body/metadata',
        message: 'metadata is one form field holding a JSON object as a string, e.g. metadata={"sku":"1234"}; got bracketed fields metadata[sku]',
        status: 400,
      },
    ]);
    expect(exchanges.slice(clean).flatMap((x) => x.responseViolations)).toEqual([]);

    const report = await reportOf(proxy);
    expect(report.failures.map((f) => [f.check, f.operationId, f.received?.pointer])).toEqual([['request_conformance', 'uploadImage', '/body/metadata']]);
    expect(report.operations.find((o) => o.operationId === 'uploadImage')).toMatchObject({ calls: 2, statuses: [200, 400], exercised: ['200', '400'] });
    expect(toJson(report)).not.toContain(TOKEN);
  }, 30_000);
});
