// Redirects are never followed: every fetch gets redirect: 'manual', and a 3xx (or a browser's
// opaque redirect) is an ImagesRedirectError naming both URLs. Against real servers: tests/hostile/client.test.ts.
import { describe, expect, it } from 'vitest';
import { createImagesClient, ImagesRedirectError, uploadToDirectUrl } from '../../src/index.js';
import { ACCOUNT, BASE, PNG, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const make = (fetch: typeof globalThis.fetch, extra: Record<string, unknown> = {}) =>
  createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch, env: {}, ...extra });

const IMAGE_URL = `${BASE}/accounts/${ACCOUNT}/images/v1/abc`;

/** What a browser hands back for `redirect: 'manual'`: status 0, no headers, no body (it cannot be constructed). */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false }, statusText: { value: '' } });
  return response;
}

describe('redirects', () => {
  it('every request goes out with redirect: manual', async () => {
    const recorder = recordingFetch(() => new Response(null, { status: 302, headers: { location: 'https://elsewhere.test/x' } }));
    const seen: (string | undefined)[] = [];
    const fetch = ((input: Request, init?: RequestInit) => {
      seen.push(init?.redirect ?? input.redirect);
      return recorder.fetch(input, init);
    }) as typeof globalThis.fetch;
    const client = make(fetch, { maxRetries: 3 });
    await client.images.v1.get('abc').catch(() => undefined);
    await client.images.v1.create({ file: PNG }).catch(() => undefined);
    await client.images.v1.blobs.get('abc').catch(() => undefined);
    expect(seen).toEqual(['manual', 'manual', 'manual']); // and none retried
  });

  it('a relative Location is resolved against the request URL, userinfo and fragment dropped', async () => {
    const fetch = (async () =>
      new Response(null, { status: 301, headers: { location: 'https://user:pw@elsewhere.test/v4/x?y=1#frag' } })) as typeof globalThis.fetch;
    const error = await make(fetch)
      .images.v1.get('abc')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesRedirectError', status: 301, url: IMAGE_URL, location: 'https://elsewhere.test/v4/x?y=1', method: 'GET' });
    expect((error as Error).message).toBe(
      `getImage: HTTP 301 redirect from ${IMAGE_URL} to https://elsewhere.test/v4/x?y=1: not followed (redirects would carry the credentials elsewhere)`,
    );
    expect(JSON.stringify(error)).not.toContain('pw@');

    const relative = (async () => new Response(null, { status: 307, headers: { location: '../other' } })) as typeof globalThis.fetch;
    expect(
      await make(relative)
        .images.v1.get('abc')
        .catch((e: unknown) => e),
    ).toMatchObject({ location: `${BASE}/accounts/${ACCOUNT}/images/other` });
  });

  it('in a browser the redirect is opaque: status 0, and the message says the browser hides where', async () => {
    const error = await make((async () => opaqueRedirect()) as typeof globalThis.fetch)
      .images.v1.get('abc')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesRedirectError);
    expect(error).toMatchObject({ status: 0, location: undefined });
    expect((error as Error).message).toBe(
      `getImage: redirect from ${IMAGE_URL} to (the browser hides where): not followed (redirects would carry the credentials elsewhere)`,
    );
  });

  it('a 3xx without a Location is one too', async () => {
    const error = await make((async () => new Response(null, { status: 304 })) as typeof globalThis.fetch)
      .images.v1.get('abc')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImagesRedirectError', status: 304, location: undefined });
    expect((error as Error).message).toContain('(no Location header)');
  });

  it('cf.raw does not follow redirects either: it hands back the 3xx', async () => {
    const recorder = recordingFetch(() => new Response(null, { status: 308, headers: { location: 'https://elsewhere.test/' } }));
    const inits: (RequestInit | undefined)[] = [];
    const fetch = ((input: Request, init?: RequestInit) => (inits.push(init), recorder.fetch(input, init))) as typeof globalThis.fetch;
    const { response } = await make(fetch).raw.GET('/accounts/{account_id}/images/v1/stats', { params: { path: { account_id: ACCOUNT } } });
    expect(response.status).toBe(308);
    expect(inits[0]?.redirect).toBe('manual');
  });

  it('uploadToDirectUrl, in a browser too', async () => {
    let init: RequestInit | undefined;
    const fetch = (async (_url: unknown, i?: RequestInit) => ((init = i), opaqueRedirect())) as typeof globalThis.fetch;
    const error = await uploadToDirectUrl('https://upload.example/x', PNG, { fetch }).catch((e: unknown) => e);
    expect(init?.redirect).toBe('manual');
    expect(error).toMatchObject({ name: 'ImagesRedirectError', status: 0, operationId: 'directUpload', url: 'https://upload.example/x' });
  });
});
