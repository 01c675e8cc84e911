import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectFailure, expectSchema, png, readReply, startTestServer, type TestServer } from './helpers.js';

async function get(url: string, method = 'GET') {
  return readReply(await fetch(url, { method }), (json) => expectSchema('Failure', json));
}

/** Signs independently of the server: HMAC-SHA256 over `pathname?exp=<exp>` keyed by the raw key bytes, lowercase hex. */
function sign(url: string, key: string, exp: number): string {
  const u = new URL(url);
  u.searchParams.set('exp', String(exp));
  const sig = createHmac('sha256', Buffer.from(key, 'utf8')).update(`${u.pathname}?${u.searchParams.toString()}`).digest('hex');
  u.searchParams.set('sig', sig);
  return u.toString();
}

async function keyValue(t: TestServer, name = 'default'): Promise<string> {
  return (await t.call('listSigningKeys', 'v1/keys')).json.result.keys.find((k: any) => k.name === name).value;
}

describe('delivery', () => {
  it('serves the original bytes of a public image for every variant', async () => {
    const t = await startTestServer();
    const bytes = png(4, 4, 2);
    const image = (await t.upload({}, bytes)).json.result;
    const reply = await get(image.variants[0]);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('image/png');
    expect(reply.headers.get('access-control-allow-origin')).toBe('*');
    expect(reply.bytes).toEqual(bytes);
    const head = await get(image.variants[0], 'HEAD');
    expect(head.status).toBe(200);
    expect(head.bytes).toHaveLength(0);
    expect(t.server.deliveryUrl(image.id, 'public')).toBe(image.variants[0]);
  });

  it('serves custom ids with slashes and percent signs', async () => {
    const t = await startTestServer();
    const image = (await t.upload({ id: 'a/b c/50%off' })).json.result;
    expect(image.variants[0]).toBe(`${t.server.url}/${t.server.accountHash}/a/b%20c/50%25off/public`);
    expect((await get(image.variants[0])).status).toBe(200);
  });

  it('answers 404 for unknown images, variants, drafts and another account hash', async () => {
    const t = await startTestServer();
    const { id } = (await t.upload()).json.result;
    const base = `${t.server.url}/${t.server.accountHash}`;
    expectFailure(await get(`${base}/nope/public`), 404, 5404, 'Image not found');
    expectFailure(await get(`${base}/${id}/nope`), 404, 5404, /Variant 'nope'/);
    const form = new FormData();
    form.append('creator', 'someone');
    const draft = (await t.call('createDirectUpload', 'v2/direct_upload', { body: form })).json.result;
    expectFailure(await get(`${base}/${draft.id}/public`), 404, 5404, 'Image not found');
    expectFailure(await get(`${t.server.url}/AAAAAAAAAAAAAAAAAAAAAA/${id}/public`), 404, 7003);
  });

  it('requires a valid, unexpired signature for images that require signed URLs', async () => {
    const t = await startTestServer();
    const bytes = png(2, 3, 5);
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'private.png');
    form.append('requireSignedURLs', 'true');
    const image = (await t.call('uploadImage', 'v1', { body: form })).json.result;
    const url = image.variants[0];
    const key = await keyValue(t);
    const exp = Math.floor(t.clock.now / 1000) + 3600;

    expectFailure(await get(url), 403, 9109, /requires a signed URL/);
    const signed = sign(url, key, exp);
    const ok = await get(signed);
    expect(ok.status).toBe(200);
    expect(ok.bytes).toEqual(bytes);

    expectFailure(await get(sign(url, key, Math.floor(t.clock.now / 1000) - 1)), 403, 9109, /expired/);
    expectFailure(
      await get(signed.replace(/sig=[0-9a-f]/, (m) => (m.endsWith('0') ? m.slice(0, -1) + '1' : m.slice(0, -1) + '0'))),
      403,
      9109,
      /Invalid signature/,
    );
    expectFailure(await get(sign(url, 'not-the-key', exp)), 403, 9109, /Invalid signature/);
    expectFailure(await get(signed.replace(`exp=${exp}`, `exp=${exp + 1}`)), 403, 9109, /Invalid signature/);

    // The signature was made at a fixed time: it stops working once the server's clock passes exp.
    t.clock.now = (exp + 1) * 1000;
    expectFailure(await get(signed), 403, 9109, /expired/);
  });

  it('accepts a signature from any of the account keys, and not from a deleted one', async () => {
    const t = await startTestServer();
    const image = (await t.upload({ requireSignedURLs: 'true' })).json.result;
    await t.call('createSigningKey', 'v1/keys/second');
    const second = await keyValue(t, 'second');
    const exp = Math.floor(t.clock.now / 1000) + 60;
    expect((await get(sign(image.variants[0], second, exp))).status).toBe(200);
    await t.call('deleteSigningKey', 'v1/keys/second');
    expectFailure(await get(sign(image.variants[0], second, exp)), 403, 9109);
    expect((await get(sign(image.variants[0], await keyValue(t), exp))).status).toBe(200);
  });

  it('serves variants with neverRequireSignedURLs without a signature', async () => {
    const t = await startTestServer();
    await t.call('createVariant', 'v1/variants', {
      body: { id: 'open', options: { fit: 'cover', metadata: 'none', width: 10, height: 10 }, neverRequireSignedURLs: true },
    });
    const image = (await t.upload({ requireSignedURLs: 'true' })).json.result;
    const [publicUrl, openUrl] = image.variants;
    expect(openUrl.endsWith('/open')).toBe(true);
    expectFailure(await get(publicUrl), 403, 9109);
    expect((await get(openUrl)).status).toBe(200);
  });

  it('starts requiring signatures when an image is updated to require them', async () => {
    const t = await startTestServer();
    const image = (await t.upload()).json.result;
    expect((await get(image.variants[0])).status).toBe(200);
    await t.call('updateImage', `v1/${image.id}`, { body: { requireSignedURLs: true } });
    expectFailure(await get(image.variants[0]), 403, 9109);
  });
});
