// Witnesses of the kinds of bug issue 19 found the run missing: later changes at delivery, time
// (the server's clock is moved, never waited for), conflicts across operations, replace versus
// merge, the answer of a write, empty-value filters, limits on both sides and in every dimension,
// near-miss credentials, documented orderings and counts. Each observes something the same on any
// correct server (statuses, booleans, counts; never a server-assigned id).
import { facts } from '../../../generated/operations.js';
import { signImageUrl } from '../../../src/signing.js';
import { call, directUpload, pngOfSize, postToUploadUrl, signed, status, tag, upload, uploaded, v2Ids, variant, type Target, type Witness } from './helpers.js';

const SECOND = 1000;

/** The public delivery URL of a fresh image with an assigned id (signable). */
async function image(t: Target, fields: Record<string, string> = {}): Promise<{ id: string; url: string }> {
  const { id, variants } = await uploaded(t, fields);
  return { id, url: variants.find((v) => v.endsWith('/public'))! };
}

/** Waits until the server's clock is early in a second (so a request sent now is read within it); that second, in Unix seconds. */
async function earlyInASecond(t: Target): Promise<number> {
  while (t.now() % SECOND > 100) await new Promise((resolve) => setTimeout(resolve, SECOND - (t.now() % SECOND) + 5));
  return Math.floor(t.now() / SECOND);
}

/** How many variants the account ends up with when variants are created until one is refused; the ones created are deleted again. */
async function variantCapacity(t: Target): Promise<number> {
  const created: string[] = [];
  try {
    for (let i = 0; i < 120; i++) {
      const name = `${tag()}n${i}`;
      if ((await call(t, 'POST', '/images/v1/variants', { body: variant(name) })).status !== 200) break;
      created.push(name);
    }
    return Object.keys((await call(t, 'GET', '/images/v1/variants')).json.result.variants).length;
  } finally {
    for (const name of created) await call(t, 'DELETE', `/images/v1/variants/${name}`);
  }
}

/** Whether a list of two images uploaded one after the other shows the later one first. */
async function laterFirst(t: Target, list: (creator: string) => Promise<string[]>): Promise<boolean> {
  const creator = tag();
  const first = (await uploaded(t, { creator })).id;
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = (await uploaded(t, { creator })).id;
  const ids = await list(creator);
  return ids.indexOf(second) < ids.indexOf(first);
}

const filtersQuery = (n: number) => Array.from({ length: n }, (_, i) => `meta.f${i}[eq]=1`).join('&');
const inValues = (n: number) => Array.from({ length: n }, (_, i) => String(i)).join('|');
const window = facts.expiryWindow;

async function directUploadWithExpiry(t: Target, expiresAt: number): Promise<number> {
  const form = new FormData();
  form.append('expiry', new Date(expiresAt).toISOString());
  return (await call(t, 'POST', '/images/v2/direct_upload', { body: form })).status;
}

export const LATER_WITNESSES: Record<string, Witness> = {
  // Later changes at delivery.
  'delivery-private-at-upload-only': async (t) => {
    const { id, url } = await image(t);
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { requireSignedURLs: true } });
    return status(url);
  },
  'delivery-private-sticky': async (t) => {
    const { id, url } = await image(t, { requireSignedURLs: 'true' });
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { requireSignedURLs: false } });
    return status(url);
  },
  'delivery-deleted-key-accepted': async (t) => {
    const name = tag();
    const keys = (await call(t, 'PUT', `/images/v1/keys/${name}`)).json.result.keys as { name: string; value: string }[];
    const key = keys.find((k) => k.name === name)!.value;
    await call(t, 'DELETE', `/images/v1/keys/${name}`);
    const { url } = await image(t, { requireSignedURLs: 'true' });
    return status(await signImageUrl({ url, key, expiresIn: 3600 }));
  },
  'delivery-variant-cache': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name) });
    const { url } = await image(t);
    const asVariant = url.replace(/\/public$/, `/${name}`);
    const before = await status(asVariant);
    await call(t, 'DELETE', `/images/v1/variants/${name}`);
    return [before, await status(asVariant)];
  },
  'delivery-expiry-leeway': async (t) => status(await signed(t, (await image(t, { requireSignedURLs: 'true' })).url, Math.floor(t.now() / SECOND) - 120)),
  'delivery-exp-current-second': async (t) => {
    const { url } = await image(t, { requireSignedURLs: 'true' });
    const key = (await call(t, 'GET', '/images/v1/keys')).json.result.keys[0].value as string;
    const now = await earlyInASecond(t);
    return status(await signImageUrl({ url, key, expiresAt: now }));
  },
  'delivery-exp-next-second-refused': async (t) => {
    const { url } = await image(t, { requireSignedURLs: 'true' });
    const key = (await call(t, 'GET', '/images/v1/keys')).json.result.keys[0].value as string;
    const now = await earlyInASecond(t);
    return status(await signImageUrl({ url, key, expiresAt: now + 1 }));
  },

  // Time: the server's clock is moved past the expiry.
  'upload-url-expiry-ignored': async (t) => {
    const { uploadURL } = await directUpload(t, { expiry: new Date(t.now() + window.minSeconds * SECOND + 5 * SECOND).toISOString() });
    await t.advanceClock(window.minSeconds * SECOND + 15 * SECOND);
    return postToUploadUrl(uploadURL);
  },

  // Conflicts across operations.
  'direct-upload-over-image': async (t) => {
    const id = tag();
    await uploaded(t, { id });
    const form = new FormData();
    form.append('id', id);
    return (await call(t, 'POST', '/images/v2/direct_upload', { body: form })).status;
  },
  'upload-over-draft': async (t) => {
    const id = tag();
    await directUpload(t, { id });
    return (await upload(t, { id })).status;
  },

  // Replace versus merge; the answer of a write.
  'edit-merges-metadata': async (t) => {
    const { id } = await uploaded(t, { metadata: '{"a":1,"b":2}' });
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { metadata: { a: 3 } } });
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.meta;
  },
  'edit-answer-old-image': async (t) => {
    const { id } = await uploaded(t, { creator: 'before' });
    return (await call(t, 'PATCH', `/images/v1/${id}`, { body: { creator: 'after' } })).json.result.creator;
  },
  'upload-answer-empty-metadata': async (t) => (await upload(t, { metadata: '{"k":1}' })).json.result.meta,
  'create-variant-answer-default-metadata': async (t) =>
    (await call(t, 'POST', '/images/v1/variants', { body: { ...variant(tag()), options: { ...variant('x').options, metadata: 'keep' } } })).json.result.variant
      .options.metadata,

  // Documented counts and orderings.
  'variants-101st-accepted': variantCapacity,
  'variants-100th-refused': variantCapacity,
  'v1-oldest-first': (t) =>
    laterFirst(t, async (creator) => (await call(t, 'GET', `/images/v1?creator=${creator}`)).json.result.images.map((i: { id: string }) => i.id)),
  'v2-default-ascending': (t) => laterFirst(t, (creator) => v2Ids(t, `creator=${creator}`)),

  // Near-miss credentials.
  'auth-token-prefix': async (t) => (await call(t, 'GET', '/images/v1/stats', { headers: { authorization: `Bearer ${t.apiToken}x` } })).status,
  'auth-token-case-insensitive': async (t) =>
    (await call(t, 'GET', '/images/v1/stats', { headers: { authorization: `Bearer ${t.apiToken.toUpperCase()}` } })).status,

  // Limits on both sides and in every dimension.
  'metadata-at-limit-refused': async (t) => {
    const metadata = JSON.stringify({ k: 'a'.repeat(facts.metadataMaxBytes - '{"k":""}'.length) });
    return (await upload(t, { metadata })).status;
  },
  'per-page-max-refused': async (t) => (await call(t, 'GET', '/images/v2?per_page=10000')).status,
  'upload-side-at-limit-refused': async (t) => (await upload(t, {}, pngOfSize(facts.imageLimits.maxSide, 1))).status,
  'upload-height-unchecked': async (t) => (await upload(t, {}, pngOfSize(1, facts.imageLimits.maxSide + 1))).status,
  // Equivalent, as claimed: an expiry sent as exactly 2 minutes or 6 hours away is read a little less far away.
  'expiry-window-edge-exclusive': async (t) => [
    await directUploadWithExpiry(t, t.now() + window.minSeconds * SECOND),
    await directUploadWithExpiry(t, t.now() + window.maxSeconds * SECOND),
  ],
  'expiry-window-near-max-refused': (t) => directUploadWithExpiry(t, t.now() + window.maxSeconds * SECOND - 30 * SECOND),
  'filters-max-refused': async (t) => (await call(t, 'GET', `/images/v2?${filtersQuery(5)}`)).status,
  'filter-in-max-values-refused': async (t) => (await call(t, 'GET', `/images/v2?meta.f[in]=${inValues(10)}`)).status,
  'filters-six-accepted': async (t) => (await call(t, 'GET', `/images/v2?${filtersQuery(6)}`)).status,
  'filter-in-eleven-accepted': async (t) => (await call(t, 'GET', `/images/v2?meta.f[in]=${inValues(11)}`)).status,

  // Empty-value filters.
  'filter-empty-value-ignored': async (t) => {
    const creator = tag();
    await uploaded(t, { creator, metadata: '{"c":"x"}' });
    return (await v2Ids(t, `creator=${creator}&meta.c[eq]=`)).length;
  },
  'filter-missing-field-as-empty': async (t) => {
    const creator = tag();
    await uploaded(t, { creator, metadata: '{"other":1}' });
    return (await v2Ids(t, `creator=${creator}&meta.c[eq]=`)).length;
  },
};
