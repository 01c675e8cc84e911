// Witnesses of the listing (pagination, filters) and delivery mutants.
import { call, signed, status, tag, uploaded, v2Ids, variant, type Target, type Witness } from './helpers.js';

/** `n` images of one fresh creator, uploaded one after another; the creator. */
async function images(t: Target, n: number, fields: Record<string, string> = {}): Promise<string> {
  const creator = tag();
  for (let i = 0; i < n; i++) await uploaded(t, { creator, ...fields });
  return creator;
}

/** An image that requires signed URLs, and its public delivery URL. */
async function signedImage(t: Target): Promise<{ id: string; url: string }> {
  const { id, variants } = await uploaded(t, { requireSignedURLs: 'true' });
  return { id, url: variants.find((v) => v.endsWith('/public'))! };
}

export const LISTING_WITNESSES: Record<string, Witness> = {
  'v1-page-ignored': async (t) => {
    const creator = await images(t, 11);
    return (await call(t, 'GET', `/images/v1?creator=${creator}&per_page=10&page=2`)).json.result.images.length;
  },
  'v2-per-page-ignored': async (t) => (await v2Ids(t, `creator=${await images(t, 11)}&per_page=10`)).length,
  'v2-repeats-last-image': async (t) => {
    const creator = await images(t, 11);
    const first = await call(t, 'GET', `/images/v2?creator=${creator}&per_page=10`);
    return (await v2Ids(t, `creator=${creator}&per_page=10&continuation_token=${first.json.result.continuation_token}`)).length;
  },
  'v2-final-token-not-null': async (t) => (await call(t, 'GET', `/images/v2?creator=${await images(t, 1)}&per_page=10`)).json.result.continuation_token,
  'v2-sort-order-ignored': async (t) => {
    const creator = await images(t, 2);
    return (await v2Ids(t, `creator=${creator}&sort_order=asc`)).join() === (await v2Ids(t, `creator=${creator}&sort_order=desc`)).join();
  },
  'filter-gte-as-gt': async (t) => (await v2Ids(t, `creator=${await images(t, 1, { metadata: '{"n":5}' })}&meta.n[gte]=5`)).length,
  'filter-in-first-value-only': async (t) => (await v2Ids(t, `creator=${await images(t, 1, { metadata: '{"s":"b"}' })}&meta.s[in]=a|b`)).length,
  'filters-ored': async (t) => (await v2Ids(t, `creator=${await images(t, 1, { metadata: '{"a":1,"b":2}' })}&meta.a[eq]=1&meta.b[eq]=3`)).length,
  'filter-nested-path-flat': async (t) => (await v2Ids(t, `creator=${await images(t, 1, { metadata: '{"a":{"b":"x"}}' })}&meta.a.b[eq]=x`)).length,
  // Equivalent, as claimed: a filter on a field the image lacks matches nothing, whatever its operator.
  'filter-missing-field-check-dropped': async (t) => {
    const creator = await images(t, 1, { metadata: '{"other":1}' });
    const operators = ['eq', 'eq:string', 'eq:number', 'eq:boolean', 'in', 'in:number', 'gt', 'lte'];
    return Promise.all(operators.map(async (op) => (await v2Ids(t, `creator=${creator}&meta.absent[${op}]=${op === 'eq:boolean' ? 'true' : '1'}`)).length));
  },
  'v1-creator-ignored': async (t) => {
    await images(t, 1);
    return (await call(t, 'GET', `/images/v1?creator=${tag()}`)).json.result.images.length;
  },
  'v2-creator-ignored': async (t) => {
    const meta = tag();
    await images(t, 1, { metadata: JSON.stringify({ meta }) });
    return (await v2Ids(t, `creator=${tag()}&meta.meta[eq]=${meta}`)).length;
  },
};

export const DELIVERY_WITNESSES: Record<string, Witness> = {
  'delivery-unsigned-served': async (t) => status((await signedImage(t)).url),
  'delivery-expiry-unchecked': async (t) => status(await signed(t, (await signedImage(t)).url, Math.floor(Date.now() / 1000) - 60)),
  'delivery-signature-without-variant': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name) });
    const url = await signed(t, (await signedImage(t)).url);
    return status(url.replace('/public?', `/${name}?`));
  },
  'delivery-never-require-ignored': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name, true) });
    return status((await signedImage(t)).url.replace(/\/public$/, `/${name}`));
  },
};
