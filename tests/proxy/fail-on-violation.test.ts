// --fail-on-violation: a request that breaks the spec is answered by the proxy with a documented
// 4xx envelope saying why, and never reaches the upstream; a conforming one is forwarded as sent.
import { describe, expect, it } from 'vitest';
import { validators } from '../../generated/validators.js';
import { API, envelope, paddedPng, proxiedScript, reportOf, sha256, TOKEN, violationsOf } from './helpers.js';

const auth = { authorization: `Bearer ${TOKEN}` };
const image = { id: 'a/b', requireSignedURLs: false, uploaded: '2026-11-20T09:15:42.000Z', variants: ['https://imagedelivery.net/h/a/b/public'] };

async function refusingProxy() {
  return proxiedScript((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(envelope(image)), { failOnViolation: true });
}

describe('--fail-on-violation', () => {
  it.each([
    ['bad parameters', 400, `${API}/images/v1?per_page=5&page=0`, { headers: auth }, 5400, ['/query/page']],
    ['no credentials', 401, `${API}/images/v1/a%2Fb`, {}, 10000, ['/header/authorization']],
    [
      'the wrong media type',
      415,
      `${API}/images/v1/a%2Fb`,
      { method: 'PATCH', headers: { ...auth, 'content-type': 'text/plain' }, body: '{}' },
      5415,
      ['/header/content-type'],
    ],
  ] as const)('refuses %s with a %i that says why, and forwards nothing', async (_name, status, path, init, code, pointers) => {
    const { proxy, received } = await refusingProxy();
    const response = await fetch(`${proxy.url}${path}`, init as RequestInit);
    const body = await response.json();
    expect(response.status).toBe(status);
    expect(validators['schema.Failure'](body)).toBe(true);
    expect(body.errors.map((e: { code: number; source: { pointer: string } }) => [e.code, e.source.pointer])).toEqual(pointers.map((p) => [code, p]));
    expect(body.errors[0].message).toMatch(/^Refused by the contract proxy: /);
    expect(violationsOf(response.headers).map((e) => e.pointer)).toEqual(pointers);
    expect(received).toEqual([]);
    const report = await reportOf(proxy);
    expect(report.failures.map((f) => f.received?.pointer)).toEqual(pointers);
    expect(report.unchecked).toEqual([expect.objectContaining({ reason: expect.stringContaining('refused by the proxy') })]);
    // refused requests count as calls, not as statuses the upstream was seen to answer
    expect(report.operations[0]).toMatchObject({ calls: 1, statuses: [], exercised: [] });
  });

  it('forwards a conforming upload after reading it, byte for byte', async () => {
    const { proxy, received } = await refusingProxy();
    const form = new FormData();
    form.append('file', new Blob([paddedPng(2 * 1024 * 1024) as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'big.png');
    form.append('metadata', JSON.stringify({ sku: '1' }));
    const serialized = new Request('http://serialize.invalid/', { method: 'POST', body: form });
    const contentType = serialized.headers.get('content-type')!;
    const sent = new Uint8Array(await serialized.arrayBuffer());
    const response = await fetch(`${proxy.url}${API}/images/v1`, { method: 'POST', headers: { ...auth, 'content-type': contentType }, body: sent });
    expect(response.status).toBe(200);
    expect(violationsOf(response.headers)).toEqual([]);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ size: sent.length, sha256: sha256(sent) });
    expect((await reportOf(proxy)).failures).toEqual([]);
  });

  it('refuses a body over the upload limit with a 413 before forwarding it', async () => {
    const { proxy, received } = await refusingProxy();
    const response = await fetch(`${proxy.url}${API}/images/v1`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(12 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(validators['schema.Failure'](await response.json())).toBe(true);
    expect(received).toEqual([]);
  });
});
