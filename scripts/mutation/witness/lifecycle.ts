// Witnesses of the mutants of resources over time: deletes, edits, stats, drafts, uniqueness,
// one-time upload URLs.
import { call, directUpload, postToUploadUrl, status, tag, upload, uploaded, variant, type Target, type Witness } from './helpers.js';

const count = async (t: Target) => (await call(t, 'GET', '/images/v1/stats')).json.result.count.current as number;

/** How much `step` changes the stats count. */
async function countDelta(t: Target, step: () => Promise<unknown>): Promise<number> {
  const before = await count(t);
  await step();
  return (await count(t)) - before;
}

export const LIFECYCLE_WITNESSES: Record<string, Witness> = {
  'delete-image-keeps-record': async (t) => {
    const { id } = await uploaded(t);
    await call(t, 'DELETE', `/images/v1/${id}`);
    return (await call(t, 'GET', `/images/v1/${id}`)).status;
  },
  // Equivalent, as claimed: nothing serves the bytes of a deleted image.
  'delete-image-keeps-blob': async (t) => {
    const { id, variants } = await uploaded(t);
    await call(t, 'DELETE', `/images/v1/${id}`);
    return [(await call(t, 'GET', `/images/v1/${id}/blob`)).status, await status(variants[0])];
  },
  'delete-variant-kept': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name) });
    await call(t, 'DELETE', `/images/v1/variants/${name}`);
    return (await call(t, 'GET', `/images/v1/variants/${name}`)).status;
  },
  'delete-key-kept': async (t) => {
    const name = tag();
    await call(t, 'PUT', `/images/v1/keys/${name}`);
    await call(t, 'DELETE', `/images/v1/keys/${name}`);
    return (await call(t, 'GET', '/images/v1/keys')).json.result.keys.some((k: { name: string }) => k.name === name);
  },
  'complete-images-draft-false': (t) => countDelta(t, () => uploaded(t)),
  'custom-id-dropped': async (t) => {
    const id = `${tag()}/front`;
    return (await uploaded(t, { id })).id === id;
  },
  'edit-creator-dropped': async (t) => {
    const { id } = await uploaded(t);
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { creator: 'bob' } });
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.creator;
  },
  'delete-image-prefix': async (t) => {
    const id = tag();
    await uploaded(t, { id });
    await uploaded(t, { id: `${id}/child` });
    await call(t, 'DELETE', `/images/v1/${id}`);
    return (await call(t, 'GET', `/images/v1/${id}/child`)).status;
  },
  'edit-replaces-metadata': async (t) => {
    const { id } = await uploaded(t, { metadata: '{"kept":true}' });
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { creator: tag() } });
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.meta;
  },
  'variant-edit-resets-flag': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name, true) });
    await call(t, 'PATCH', `/images/v1/variants/${name}`, { body: { options: variant(name).options } });
    return (await call(t, 'GET', `/images/v1/variants/${name}`)).json.result.variant.neverRequireSignedURLs;
  },
  'edit-signed-urls-truthy': async (t) => {
    const { id } = await uploaded(t, { requireSignedURLs: 'true' });
    await call(t, 'PATCH', `/images/v1/${id}`, { body: { requireSignedURLs: false } });
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.requireSignedURLs;
  },
  'direct-upload-custom-id-ignored': async (t) => {
    const id = tag();
    return (await directUpload(t, { id })).id === id;
  },
  'direct-upload-signed-urls-ignored': async (t) => {
    const { id } = await directUpload(t, { requireSignedURLs: 'true' });
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.requireSignedURLs;
  },
  'completion-drops-metadata': async (t) => {
    const { id, uploadURL } = await directUpload(t, { metadata: '{"kind":"direct"}' });
    await postToUploadUrl(uploadURL);
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.meta;
  },
  'upload-filename-mangled': async (t) => {
    const { id } = await uploaded(t);
    return (await call(t, 'GET', `/images/v1/${id}`)).json.result.filename;
  },
  'stats-count-drafts': (t) => countDelta(t, () => directUpload(t)),
  'stats-off-by-one': async (t) => {
    await uploaded(t);
    return (await count(t)) - (await call(t, 'GET', '/images/v1?per_page=10000')).json.result.images.length;
  },
  'drafts-listed': async (t) => {
    const { id } = await directUpload(t);
    return (await call(t, 'GET', '/images/v1?per_page=10000')).json.result.images.some((i: { id: string }) => i.id === id);
  },
  'custom-id-overwrites': async (t) => {
    const id = tag();
    await uploaded(t, { id });
    return (await upload(t, { id })).status;
  },
  'variant-name-overwrites': async (t) => {
    const name = tag();
    await call(t, 'POST', '/images/v1/variants', { body: variant(name) });
    return (await call(t, 'POST', '/images/v1/variants', { body: variant(name) })).status;
  },
  'upload-url-reusable': async (t) => {
    const { uploadURL } = await directUpload(t);
    await postToUploadUrl(uploadURL);
    return postToUploadUrl(uploadURL);
  },
};
