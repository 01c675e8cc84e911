// Each conforming variation makes its free choice differently from the default server, and every
// answer still passes the contract checker (status, content type, body schema, headers) and the
// server's own self-check (helpers' afterEach).
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { resolveRef, spec } from '../../src/spec/document.js';
import { VARIATIONS, type Variation } from '../../src/server/index.js';
import { signImageUrl } from '../../src/signing.js';
import { EXTRA_NAME } from '../../src/server/variations/extra-properties.js';
import { fileForm, form, startVaried, type VariedServer } from './variation-helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VARIANT = { id: 'thumb', options: { fit: 'cover', metadata: 'none', width: 10, height: 10 } };

/** Both servers: without the variation (the default choice) and with it. */
async function pair(variations: string[], options = {}): Promise<[VariedServer, VariedServer]> {
  return Promise.all([startVaried([]), startVaried(variations, options)]);
}

describe('every variation names the spec statement that leaves its choice open', () => {
  it.each(VARIATIONS.map((v) => [v.name, v.exercises]))('%s: %s', (_name, exercises) => {
    if (exercises.startsWith('open:')) expect(Object.keys(facts.openChoices)).toContain(exercises.slice(5));
    else if (exercises === 'x-cf-rate-limit') expect(spec['x-cf-rate-limit']).toEqual(facts.rateLimit);
    else expect(resolveRef({ $ref: exercises })).toBeTypeOf('object');
  });

  it('every x-cf-open choice has a variation', () => {
    const exercised = VARIATIONS.map((v) => v.exercises);
    expect(Object.keys(facts.openChoices).filter((key) => !exercised.includes(`open:${key}` as Variation['exercises']))).toEqual([]);
  });
});

describe('refusal-codes (open:refusal-status)', () => {
  it('answers a deleted image, an unknown variant and key 410 (API and delivery) where the default says 404', async () => {
    for (const [t, gone] of (await pair(['refusal-codes'])).map((t, i) => [t, i ? 410 : 404] as const)) {
      const { id, variants } = await t.uploaded();
      expect((await t.api('deleteImage', `v1/${id}`)).status).toBe(200);
      expect((await t.api('getImage', `v1/${id}`)).status).toBe(gone);
      expect((await t.api('deleteImage', `v1/${id}`)).status).toBe(gone);
      expect((await t.api('getImageBlob', `v1/${id}/blob`)).status).toBe(gone);
      expect((await t.outside(variants[0])).status).toBe(gone);
      expect((await t.api('getVariant', 'v1/variants/nosuch')).status).toBe(gone);
      expect((await t.api('deleteSigningKey', 'v1/keys/nosuch')).status).toBe(gone);
    }
  });

  it("answers a draft's blob 409, data refusals and a wrong media type 422, a duplicate 409 and bad credentials 403", async () => {
    const [plain, varied] = await pair(['refusal-codes']);
    for (const [t, draft, data, duplicate, credentials, mediaType] of [
      [plain, 404, 400, 400, 401, 415],
      [varied, 409, 422, 409, 403, 422],
    ] as const) {
      const { id } = (await t.api('createDirectUpload', 'v2/direct_upload', { body: form({ creator: 'c' }) })).json.result;
      expect((await t.api('getImageBlob', `v1/${id}/blob`)).status).toBe(draft);
      expect((await t.api('listImages', 'v1', { query: { per_page: 5 } })).status).toBe(data);
      expect((await t.api('updateImage', `v1/${id}`, { body: {} })).status).toBe(data);
      expect((await t.api('listImagesV2', 'v2', { query: { continuation_token: 'not-a-token' } })).status).toBe(data);
      await t.uploaded({ id: 'custom/one' });
      const again = fileForm();
      again.append('id', 'custom/one');
      expect((await t.api('uploadImage', 'v1', { body: again })).status).toBe(duplicate);
      expect((await t.api('getImageStats', 'v1/stats', { auth: { authorization: 'Bearer wrong' } })).status).toBe(credentials);
      expect((await t.api('getImageStats', 'v1/stats', { auth: false })).status).toBe(credentials);
      expect((await t.api('getImageStats', 'v1/stats', { accountId: 'f'.repeat(32) })).status).toBe(403);
      expect((await t.api('createVariant', 'v1/variants', { body: JSON.stringify(VARIANT), headers: { 'content-type': 'text/plain' } })).status).toBe(
        mediaType,
      );
    }
  });

  it('answers an accepted upload-URL POST 201, a used one 410 and an unsigned delivery of a private image 401', async () => {
    for (const [t, accepted, used, unsigned] of (await pair(['refusal-codes'])).map((t, i) => [t, i ? 201 : 200, i ? 410 : 409, i ? 401 : 403] as const)) {
      const { uploadURL } = (await t.api('createDirectUpload', 'v2/direct_upload', { body: form({ requireSignedURLs: 'true' }) })).json.result;
      const posted = await t.outside(uploadURL, { method: 'POST', body: fileForm() });
      expect(posted.status).toBe(accepted);
      expect(posted.json.success).toBe(true);
      expect((await t.outside(uploadURL, { method: 'POST', body: fileForm() })).status).toBe(used);
      expect((await t.outside(posted.json.result.variants[0])).status).toBe(unsigned);
    }
  });
});

describe('identifiers (open:identifiers)', () => {
  it('assigns upper-case version-8 UUIDs where the default assigns lower-case version-4 ones', async () => {
    const [plain, varied] = await pair(['identifiers']);
    expect((await plain.uploaded()).id).toMatch(UUID);
    const id = (await varied.uploaded()).id;
    expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect((await varied.api('getImage', `v1/${id}`)).json.result.id).toBe(id);
    expect((await varied.api('createDirectUpload', 'v2/direct_upload', { body: form({ creator: 'c' }) })).json.result.id).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
  });

  it('sends continuation tokens in another format that lead through every image; its own old format is refused', async () => {
    const [plain, varied] = await pair(['identifiers']);
    for (const t of [plain, varied]) for (let i = 0; i < 12; i++) await t.uploaded();
    const plainToken = (await plain.api('listImagesV2', 'v2', { query: { per_page: 10 } })).json.result.continuation_token;
    expect(plainToken).toMatch(/^[A-Za-z0-9_-]+$/);
    const first = (await varied.api('listImagesV2', 'v2', { query: { per_page: 10 } })).json.result;
    expect(first.continuation_token).toMatch(/^ct1\+[A-Za-z0-9+/]+=*$/);
    expect(first.continuation_token.length).toBeGreaterThan(32);
    const second = (await varied.api('listImagesV2', 'v2', { query: { per_page: 10, continuation_token: first.continuation_token } })).json.result;
    expect(second.images).toHaveLength(2);
    expect(second.continuation_token).toBeNull();
    expect(new Set([...first.images, ...second.images].map((i: any) => i.id)).size).toBe(12);
    expect((await varied.api('listImagesV2', 'v2', { query: { per_page: 10, continuation_token: plainToken } })).status).toBe(400);
  });
});

describe('extra-properties (open:extra-properties)', () => {
  it('adds a property to every object the schema leaves open, none to closed objects and maps', async () => {
    const [plain, varied] = await pair(['extra-properties']);
    expect(JSON.stringify((await plain.api('getImage', `v1/${(await plain.uploaded()).id}`)).json)).not.toContain(EXTRA_NAME);
    const { id } = await varied.uploaded({ metadata: '{"k":{"deep":1}}' });
    const image = (await varied.api('getImage', `v1/${id}`)).json;
    expect(image).toHaveProperty(EXTRA_NAME);
    expect(image.result).toHaveProperty(EXTRA_NAME);
    expect(image.result.meta).toEqual({ k: { deep: 1 } }); // Metadata is a map: its keys are the caller's data
    expect((await varied.api('createVariant', 'v1/variants', { body: VARIANT })).json.result.variant).toHaveProperty(EXTRA_NAME);
    const variants = (await varied.api('listVariants', 'v1/variants')).json.result;
    expect(variants).toHaveProperty(EXTRA_NAME);
    expect(Object.keys(variants.variants).sort()).toEqual(['public', 'thumb']); // a map (propertyNames, additionalProperties)
    expect(variants.variants.thumb).toHaveProperty(EXTRA_NAME);
    expect(variants.variants.thumb.options).not.toHaveProperty(EXTRA_NAME); // additionalProperties: false
    expect((await varied.api('getImageStats', 'v1/stats')).json.result.count).toHaveProperty(EXTRA_NAME);
    expect((await varied.api('listSigningKeys', 'v1/keys')).json.result.keys[0]).toHaveProperty(EXTRA_NAME);
    expect((await varied.api('deleteImage', `v1/${id}`)).json.result).toEqual({}); // maxProperties: 0
    const missing = (await varied.api('getImage', `v1/${id}`)).json;
    expect(missing.errors[0]).toHaveProperty(EXTRA_NAME);
    expect(missing.result).toBeNull();
    const unknownRoute = await varied.outside(`${varied.server.url}/nowhere`);
    expect(unknownRoute.json.errors[0]).toHaveProperty(EXTRA_NAME);
  });
});

/** The raw header names of a GET (fetch lower-cases them). */
function rawHeaderNames(url: string, headers: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      res.resume();
      resolve(res.rawHeaders.filter((_, i) => i % 2 === 0));
    })
      .on('error', reject)
      .end();
  });
}

describe('representation (open:representation)', () => {
  it('sends JSON with keys in reverse order, indented, and header names in another case', async () => {
    const [plain, varied] = await pair(['representation']);
    const stats = 'v1/stats';
    const auth = { authorization: 'Bearer test-token' };
    expect((await plain.api('getImageStats', stats)).text).toMatch(/^\{"success":true,/);
    const text = (await varied.api('getImageStats', stats)).text;
    expect(text).toMatch(/^\{\n {2}"result": \{\n {4}"count": \{\n {6}"current": 0,\n {6}"allowed": 100000\n/);
    expect(JSON.parse(text)).toEqual((await plain.api('getImageStats', stats)).json);
    const url = (t: VariedServer) => `${t.server.baseUrl}/accounts/${t.server.accountId}/images/${stats}`;
    expect(await rawHeaderNames(url(plain), auth)).toEqual(expect.arrayContaining(['cf-ray', 'content-type', 'content-length']));
    expect(await rawHeaderNames(url(varied), auth)).toEqual(expect.arrayContaining(['CF-Ray', 'Content-Type', 'Content-Length']));
  });
});

describe('last-page-token-absent, last-page-token-to-empty-page (open:last-page)', () => {
  const fill = async (t: VariedServer, n: number) => {
    for (let i = 0; i < n; i++) await t.uploaded();
  };
  const page = async (t: VariedServer, token?: string) =>
    (await t.api('listImagesV2', 'v2', { query: { per_page: 10, ...(token ? { continuation_token: token } : {}) } })).json.result;

  it('last-page-token-absent: the last page has no continuation_token where the default sends null', async () => {
    const [plain, varied] = await pair(['last-page-token-absent']);
    await Promise.all([fill(plain, 3), fill(varied, 3)]);
    expect(await page(plain)).toHaveProperty('continuation_token', null);
    const last = await page(varied);
    expect(last.images).toHaveLength(3);
    expect(last).not.toHaveProperty('continuation_token');
  });

  it('last-page-token-to-empty-page: a full last page carries a token to an empty page whose token is null', async () => {
    const [plain, varied] = await pair(['last-page-token-to-empty-page']);
    await Promise.all([fill(plain, 10), fill(varied, 10)]);
    expect((await page(plain)).continuation_token).toBeNull();
    const full = await page(varied);
    expect(full.images).toHaveLength(10);
    expect(full.continuation_token).toEqual(expect.any(String));
    expect(await page(varied, full.continuation_token)).toEqual({ continuation_token: null, images: [] });
  });

  it('both: the empty page after a full last page has no token', async () => {
    const t = await startVaried(['last-page-token-absent', 'last-page-token-to-empty-page']);
    await fill(t, 10);
    expect(await page(t, (await page(t)).continuation_token)).toEqual({ images: [] });
  });
});

describe('text-equality (open:untyped-equality)', () => {
  it('compares an untyped eq / in as text: 1.0 no longer matches the number 1', async () => {
    for (const [t, typed] of (await pair(['text-equality'])).map((t, i) => [t, i === 0] as const)) {
      const { id } = await t.uploaded({ metadata: '{"n":1,"s":"1.0","b":true}' });
      const ids = async (query: Record<string, string>) => (await t.api('listImagesV2', 'v2', { query })).json.result.images.map((i: any) => i.id);
      expect(await ids({ 'meta.n[eq]': '1' })).toEqual([id]);
      expect(await ids({ 'meta.n[eq]': '1.0' })).toEqual(typed ? [id] : []);
      expect(await ids({ 'meta.n[in]': '2|1.00' })).toEqual(typed ? [id] : []);
      expect(await ids({ 'meta.s[eq]': '1.0' })).toEqual([id]);
      expect(await ids({ 'meta.b[eq]': 'true' })).toEqual([id]);
      expect(await ids({ 'meta.n[eq:number]': '1.0' })).toEqual([id]); // typed operators are unchanged
    }
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lagging-lists (open:read-after-write)', () => {
  it('shows a write in the lists and stats only after listLagMs; reads of the image are not delayed', async () => {
    const t = await startVaried(['lagging-lists'], { listLagMs: 400 });
    const listed = async () => ({
      v1: (await t.api('listImages', 'v1')).json.result.images.map((i: any) => i.id),
      v2: (await t.api('listImagesV2', 'v2')).json.result.images.map((i: any) => i.id),
      stats: (await t.api('getImageStats', 'v1/stats')).json.result.count.current,
    });
    const { id } = await t.uploaded();
    expect((await t.api('getImage', `v1/${id}`)).status).toBe(200);
    expect(await listed()).toEqual({ v1: [], v2: [], stats: 0 });
    await sleep(450);
    expect(await listed()).toEqual({ v1: [id], v2: [id], stats: 1 });
    await t.api('deleteImage', `v1/${id}`);
    expect((await t.api('getImage', `v1/${id}`)).status).toBe(404);
    expect(await listed()).toEqual({ v1: [id], v2: [id], stats: 1 });
    await sleep(450);
    expect(await listed()).toEqual({ v1: [], v2: [], stats: 0 });
  });

  it('without it, a write shows at once', async () => {
    const t = await startVaried([]);
    const { id } = await t.uploaded();
    expect((await t.api('listImages', 'v1')).json.result.images.map((i: any) => i.id)).toEqual([id]);
  });
});

describe('rate-limited (x-cf-rate-limit)', () => {
  it('answers 429 with Retry-After past the limit, per credential, for the scaled lockout', async () => {
    const [plain, t] = await pair(['rate-limited'], { rateLimitScale: 0.01, rateLimitRequests: 3, apiEmail: 'a@example.test', apiKey: 'k' });
    const stats = (server: VariedServer, auth?: Record<string, string>) => server.api('getImageStats', 'v1/stats', auth ? { auth } : {});
    for (let i = 0; i < 3; i++) expect((await stats(t)).status).toBe(200);
    const limited = await stats(t);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(String(Math.ceil(facts.rateLimit.lockoutSeconds * 0.01)));
    expect((await t.api('listVariants', 'v1/variants')).status).toBe(429); // every operation, the same credential
    expect((await stats(t, { 'x-auth-email': 'a@example.test', 'x-auth-key': 'k' })).status).toBe(200); // another credential
    expect((await stats(t, { authorization: 'Bearer wrong' })).status).toBe(401); // not a user: never counted
    t.clock.now += facts.rateLimit.lockoutSeconds * 10 - 1000;
    expect((await stats(t)).headers.get('retry-after')).toBe('1');
    t.clock.now += 1000;
    expect((await stats(t)).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await stats(plain)).status).toBe(200);
  });

  it('by default counts the documented number of requests in the scaled window', async () => {
    const t = await startVaried(['rate-limited'], { rateLimitScale: 0.005 });
    const url = `${t.server.baseUrl}/accounts/${t.server.accountId}/images/v1/stats`;
    const statuses: number[] = [];
    for (let i = 0; i < facts.rateLimit.requests; i += 100)
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: 100 }, () => fetch(url, { headers: { authorization: 'Bearer test-token' } }).then((r) => (r.body?.cancel(), r.status))),
        )),
      );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await t.api('getImageStats', 'v1/stats')).status).toBe(429);
    t.clock.now += facts.rateLimit.windowSeconds * 5; // past the 1.5 s lockout
    expect((await t.api('getImageStats', 'v1/stats')).status).toBe(200);
  });
});

describe('rate-limited-http-date (#/components/headers/RetryAfter)', () => {
  it('sends Retry-After as the HTTP date the lockout ends, rounded up to the second', async () => {
    const t = await startVaried(['rate-limited-http-date'], { rateLimitScale: 0.01, rateLimitRequests: 1 });
    t.clock.now += 250;
    expect((await t.api('getImageStats', 'v1/stats')).status).toBe(200);
    const limited = await t.api('getImageStats', 'v1/stats');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe(new Date(Math.ceil((t.clock.now + facts.rateLimit.lockoutSeconds * 10) / 1000) * 1000).toUTCString());
  });

  it('cannot be combined with rate-limited: both choose the Retry-After', async () => {
    await expect(startVaried(['rate-limited', 'rate-limited-http-date'])).rejects.toThrow(
      /variations rate-limited and rate-limited-http-date make the same choice \(admit\)/,
    );
  });
});

describe('drafts-counted (open:drafts-in-stats)', () => {
  it("counts a direct upload's draft in stats", async () => {
    for (const [t, counted] of (await pair(['drafts-counted'])).map((t, i) => [t, i] as const)) {
      await t.uploaded();
      await t.api('createDirectUpload', 'v2/direct_upload', { body: form({ creator: 'c' }) });
      expect((await t.api('getImageStats', 'v1/stats')).json.result.count.current).toBe(1 + counted);
      expect((await t.api('listImages', 'v1')).json.result.images).toHaveLength(1); // never listed
    }
  });
});

describe('variant-flag-reset (open:variant-update-flag)', () => {
  it('resets neverRequireSignedURLs on an update without it', async () => {
    for (const [t, kept] of (await pair(['variant-flag-reset'])).map((t, i) => [t, i === 0] as const)) {
      await t.api('createVariant', 'v1/variants', { body: { ...VARIANT, neverRequireSignedURLs: true } });
      const updated = (await t.api('updateVariant', 'v1/variants/thumb', { body: { options: VARIANT.options } })).json.result.variant;
      expect(updated.neverRequireSignedURLs).toBe(kept);
      expect((await t.api('getVariant', 'v1/variants/thumb')).json.result.variant.neverRequireSignedURLs).toBe(kept);
    }
  });
});

describe('no-ray (open:ray-header)', () => {
  it('sends no cf-ray on API, delivery and unknown routes', async () => {
    const [plain, varied] = await pair(['no-ray']);
    for (const [t, hasRay] of [
      [plain, true],
      [varied, false],
    ] as const) {
      const { variants } = await t.uploaded();
      for (const answer of [
        await t.api('getImage', 'v1/nosuch'),
        await t.api('getImageStats', 'v1/stats'),
        await t.outside(variants[0]),
        await t.outside(`${t.server.url}/nowhere`),
      ])
        expect(answer.headers.has('cf-ray')).toBe(hasRay);
    }
  });
});

describe('sparse-images (#/components/schemas/Image: only id required)', () => {
  it('shows images without filename, and without creator when it is null', async () => {
    const [plain, varied] = await pair(['sparse-images']);
    expect(await plain.uploaded()).toMatchObject({ filename: 'image.png', creator: null });
    const bare = await varied.uploaded();
    expect(bare).not.toHaveProperty('filename');
    expect(bare).not.toHaveProperty('creator');
    expect(Object.keys(bare)).toEqual(expect.arrayContaining(['id', 'requireSignedURLs', 'uploaded', 'variants']));
    const created = await varied.uploaded({ creator: 'user-1' });
    expect(created.creator).toBe('user-1');
    const listed = (await varied.api('listImages', 'v1')).json.result.images;
    expect(listed.every((i: any) => !('filename' in i))).toBe(true);
  });
});

describe('envelope-info (#/components/schemas/SuccessEnvelope)', () => {
  it('sends result_info objects and an informational message on success', async () => {
    const [plain, varied] = await pair(['envelope-info']);
    for (const t of [plain, varied]) await t.uploaded();
    const [before, after] = await Promise.all([plain, varied].map(async (t) => (await t.api('listImages', 'v1')).json));
    expect(before).toMatchObject({ messages: [] });
    expect(before).not.toHaveProperty('result_info');
    expect(after).toMatchObject({ result_info: { count: 1 }, messages: [{ code: expect.any(Number), message: expect.any(String) }] });
    expect((await varied.api('getImageStats', 'v1/stats')).json.result_info).toEqual({});
    expect((await varied.api('getImage', 'v1/nosuch')).json).toMatchObject({ messages: [] }); // failures unchanged
  });
});

describe('key-values (#/components/schemas/SigningKey)', () => {
  it('makes new signing-key values of 44 base64 characters, which sign delivery URLs as any value does', async () => {
    const [plain, varied] = await pair(['key-values']);
    const made = async (t: VariedServer) => (await t.api('createSigningKey', 'v1/keys/fresh')).json.result.keys.find((k: any) => k.name === 'fresh').value;
    expect(await made(plain)).toMatch(/^[A-Za-z0-9]{32}$/);
    const value = await made(varied);
    expect(value).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const { variants } = await varied.uploaded({ requireSignedURLs: 'true' });
    expect((await varied.outside(variants[0])).status).toBe(403);
    const signed = await signImageUrl({ url: variants[0], key: value, expiresAt: Math.floor(varied.clock.now / 1000) + 60 });
    expect((await varied.outside(signed)).status).toBe(200);
  });
});

describe('whole-second-expiry (open:clock-precision)', () => {
  it("takes a signed URL as valid through the second its exp names, where the default expires it at that second's start", async () => {
    for (const [t, wholeSecond] of (await pair(['whole-second-expiry'])).map((t, i) => [t, i === 1] as const)) {
      const key = (await t.api('createSigningKey', 'v1/keys/k')).json.result.keys.find((k: any) => k.name === 'k').value;
      const { variants } = await t.uploaded({ requireSignedURLs: 'true' });
      const exp = Math.floor(t.clock.now / 1000) + 10;
      const signed = await signImageUrl({ url: variants[0], key, expiresAt: exp });
      t.clock.now = exp * 1000 - 1;
      expect((await t.outside(signed)).status).toBe(200);
      t.clock.now = exp * 1000 + 500;
      expect((await t.outside(signed)).status).toBe(wholeSecond ? 200 : 403);
      t.clock.now = exp * 1000 + 1000;
      expect((await t.outside(signed)).status).toBe(403);
    }
  });
});

describe('upload-url-form (#/components/schemas/DirectUpload)', () => {
  it('hands out upload URLs with the token in the query, which take the file once', async () => {
    const [plain, varied] = await pair(['upload-url-form']);
    const created = async (t: VariedServer) => (await t.api('createDirectUpload', 'v2/direct_upload', { body: form({ creator: 'c' }) })).json.result;
    expect((await created(plain)).uploadURL).toMatch(new RegExp(`^${plain.server.url}/upload/[A-Za-z0-9_-]+$`));
    const { id, uploadURL } = await created(varied);
    expect(uploadURL).toMatch(new RegExp(`^${varied.server.url}/direct-upload\\?token=[A-Za-z0-9_-]+$`));
    expect((await varied.outside(uploadURL, { method: 'POST', body: fileForm() })).status).toBe(200);
    expect((await varied.outside(uploadURL, { method: 'POST', body: fileForm() })).status).toBe(409);
    expect((await varied.outside(`${varied.server.url}/direct-upload?token=nosuch`, { method: 'POST', body: fileForm() })).status).toBe(404);
    expect((await varied.api('getImage', `v1/${id}`)).json.result).not.toHaveProperty('draft');
  });
});

describe('variant-url-order (#/components/schemas/Image/properties/variants)', () => {
  it("lists an image's delivery URLs in reverse order", async () => {
    for (const [t, reversed] of (await pair(['variant-url-order'])).map((t, i) => [t, i === 1] as const)) {
      await t.api('createVariant', 'v1/variants', { body: VARIANT });
      const { id, variants } = await t.uploaded();
      const names = ['public', 'thumb'].map((v) => t.server.deliveryUrl(id, v));
      expect(variants).toEqual(reversed ? names.reverse() : names);
      expect((await t.outside(variants[0])).status).toBe(200);
    }
  });
});

describe('variations combine', () => {
  it('all at once: every answer still conforms', async () => {
    const t = await startVaried(
      VARIATIONS.map((v) => v.name).filter((name) => name !== 'rate-limited-http-date'),
      { listLagMs: 50, rateLimitScale: 0.01 },
    );
    const { id } = await t.uploaded({ metadata: '{"n":1}' });
    expect(id).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect((await t.api('getImage', `v1/${id}`)).json.result).toHaveProperty(EXTRA_NAME);
    await t.api('createVariant', 'v1/variants', { body: VARIANT });
    await t.api('updateVariant', 'v1/variants/thumb', { body: { options: VARIANT.options } });
    await t.api('createDirectUpload', 'v2/direct_upload', { body: form({ creator: 'c' }) });
    await sleep(80);
    expect((await t.api('getImageStats', 'v1/stats')).json.result.count.current).toBe(2);
    expect((await t.api('listImagesV2', 'v2', { query: { 'meta.n[eq]': '1' } })).json.result).not.toHaveProperty('continuation_token');
    await t.api('deleteImage', `v1/${id}`);
    expect((await t.api('getImage', `v1/${id}`)).status).toBe(410);
    expect((await t.api('getImage', `v1/${id}`, { auth: false })).status).toBe(403);
  });
});

describe('options', () => {
  it('an unknown variation or an option out of bounds is refused, naming the known ones', async () => {
    await expect(startVaried(['nope'])).rejects.toThrow(/unknown variation\(s\): nope \(known: refusal-codes, identifiers/);
    await expect(startVaried(['lagging-lists'], { listLagMs: 60_000 })).rejects.toThrow(/listLagMs/);
    await expect(startVaried(['rate-limited'], { rateLimitScale: 2 })).rejects.toThrow(/rateLimitScale/);
  });
});
