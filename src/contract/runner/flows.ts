import type { ImagesClient } from '../../client.js';
import { ImagesApiError } from '../../core/errors.js';
import { signImageUrl } from '../../signing.js';
import { uploadToDirectUrl } from '../../upload-to-direct-url.js';

/** A named step of a flow: throws when the server's behaviour is wrong (conformance is checked separately). */
export interface Step {
  name: string;
  run: () => Promise<void>;
}

export interface Flow {
  name: string;
  writes: boolean;
  plan: (ctx: FlowContext) => Plan;
}

export interface Plan {
  steps: Step[];
  /** Always runs after the steps, even when one failed: removes what the flow created. */
  cleanup?: () => Promise<void>;
}

export interface FlowContext {
  client: ImagesClient;
  /** Unique per run, so concurrent runs and leftovers never collide. */
  runId: string;
  /** The `fetch` used for requests outside the API (upload URLs, delivery URLs). */
  fetch: typeof globalThis.fetch;
}

export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

async function expectStatus(promise: Promise<unknown>, status: number, what: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e) => e,
  );
  expect(error instanceof ImagesApiError && error.status === status, `${what}: expected HTTP ${status}, got ${error instanceof ImagesApiError ? error.status : error ? String(error) : 'success'}`);
}

/** A 1×1 PNG, the smallest valid upload. */
export const PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export const readOnlyFlow: Flow = {
  name: 'read-only',
  writes: false,
  plan: ({ client }) => {
    let firstImageId: string | undefined;
    const steps: Step[] = [
      { name: 'stats', run: async () => void (await client.images.v1.stats.get()) },
      { name: 'list v1 (first page)', run: async () => void (await client.images.v1.list({ per_page: 10 })) },
      {
        name: 'list v2 (first page)',
        run: async () => {
          const page = await client.images.v2.list({ per_page: 10 });
          firstImageId = page.images[0]?.id;
        },
      },
      { name: 'list v2 with a metadata filter', run: async () => void (await client.images.v2.list({ per_page: 10, filters: { contractProbe: { eq: 'none' } } })) },
      {
        name: 'image details and blob of the first image',
        run: async () => {
          if (!firstImageId) return;
          const image = await client.images.v1.get(firstImageId);
          expect(image.id === firstImageId, `getImage returned id ${image.id}, expected ${firstImageId}`);
          if (!image.draft) await (await client.images.v1.blobs.get(firstImageId)).bytes();
        },
      },
      { name: 'unknown image is 404', run: () => expectStatus(client.images.v1.get('contract-check-no-such-image'), 404, 'getImage of an unknown id') },
      { name: 'signing keys', run: async () => expect((await client.images.v1.keys.list()).keys.length > 0, 'an account always has a signing key') },
      {
        name: 'variants',
        run: async () => {
          const { variants } = await client.images.v1.variants.list();
          const first = Object.keys(variants)[0];
          if (first) expect((await client.images.v1.variants.get(first)).variant.id === first, `getVariant(${first}) returned another variant`);
        },
      },
      { name: 'unknown variant is 404', run: () => expectStatus(client.images.v1.variants.get('contractNoSuchVariant'), 404, 'getVariant of an unknown name') },
    ];
    return { steps };
  },
};

export const imageFlow: Flow = {
  name: 'image lifecycle',
  writes: true,
  plan: ({ client, runId, fetch }) => {
    const id = `contract-check/${runId}`;
    const steps: Step[] = [
      {
        name: 'upload with a custom id',
        run: async () => {
          const image = await client.images.v1.create({ file: PIXEL_PNG, id, metadata: { contractRun: runId }, creator: 'contract-check' });
          expect(image.id === id, `uploadImage returned id ${image.id}, expected ${id}`);
        },
      },
      { name: 'get', run: async () => expect((await client.images.v1.get(id)).meta?.contractRun === runId, 'the metadata did not round-trip') },
      {
        name: 'list v2 filtered by metadata and creator',
        run: async () => {
          const page = await client.images.v2.list({ creator: 'contract-check', filters: { contractRun: { eq: runId } } });
          expect(page.images.some((i) => i.id === id), 'the uploaded image is missing from the filtered v2 list');
        },
      },
      {
        name: 'edit',
        run: async () => {
          const image = await client.images.v1.edit(id, { metadata: { contractRun: runId, edited: true } });
          expect(image.meta?.edited === true, 'the edited metadata was not returned');
        },
      },
      { name: 'blob is byte-exact', run: async () => expect(sameBytes(await (await client.images.v1.blobs.get(id)).bytes(), PIXEL_PNG), 'the blob differs from the upload') },
      {
        name: 'delivery URL serves the image',
        run: async () => {
          const image = await client.images.v1.get(id);
          const url = image.variants[0];
          if (!url) return;
          const response = await fetch(url);
          expect(response.ok, `GET ${new URL(url).pathname} answered ${response.status}`);
          await response.arrayBuffer();
        },
      },
      { name: 'delete', run: async () => void (await client.images.v1.delete(id)) },
      { name: 'deleted image is 404', run: () => expectStatus(client.images.v1.get(id), 404, 'getImage after delete') },
    ];
    return { steps, cleanup: async () => void (await client.images.v1.delete(id).catch(() => undefined)) };
  },
};


export const signedDeliveryFlow: Flow = {
  name: 'signed delivery',
  writes: true,
  plan: ({ client, runId, fetch }) => {
    let imageId = '';
    const steps: Step[] = [
      {
        name: 'upload requiring signed URLs',
        run: async () => {
          imageId = (await client.images.v1.create({ file: PIXEL_PNG, requireSignedURLs: true, metadata: { contractRun: runId } })).id;
        },
      },
      {
        name: 'unsigned URL is refused, signed URL is served',
        run: async () => {
          const image = await client.images.v1.get(imageId);
          const url = image.variants[0];
          if (!url) return;
          const unsigned = await fetch(url);
          await unsigned.arrayBuffer();
          expect(unsigned.status === 403, `an unsigned URL answered ${unsigned.status}, expected 403`);
          const { keys } = await client.images.v1.keys.list();
          const signed = await fetch(await signImageUrl({ url, key: keys[0].value, expiresIn: 300 }));
          await signed.arrayBuffer();
          expect(signed.ok, `a signed URL answered ${signed.status}`);
        },
      },
    ];
    return { steps, cleanup: async () => void (imageId && (await client.images.v1.delete(imageId).catch(() => undefined))) };
  },
};


export const variantFlow: Flow = {
  name: 'variant lifecycle',
  writes: true,
  plan: ({ client, runId }) => {
    const name = `ct${runId.replace(/[^a-zA-Z0-9]/g, '')}`.slice(0, 99);
    const steps: Step[] = [
      { name: 'create', run: async () => void (await client.images.v1.variants.create({ id: name, options: { fit: 'cover', metadata: 'none', width: 64, height: 64 } })) },
      { name: 'get', run: async () => expect((await client.images.v1.variants.get(name)).variant.options.width === 64, 'the variant options did not round-trip') },
      {
        name: 'edit',
        run: async () => {
          const { variant } = await client.images.v1.variants.edit(name, { options: { fit: 'pad', metadata: 'keep', width: 32, height: 32 } });
          expect(variant.options.fit === 'pad', 'the edited options were not returned');
        },
      },
      { name: 'delete', run: async () => void (await client.images.v1.variants.delete(name)) },
      { name: 'deleted variant is 404', run: () => expectStatus(client.images.v1.variants.get(name), 404, 'getVariant after delete') },
    ];
    return { steps, cleanup: async () => void (await client.images.v1.variants.delete(name).catch(() => undefined)) };
  },
};


export const keyFlow: Flow = {
  name: 'signing key lifecycle',
  writes: true,
  plan: ({ client, runId }) => {
    const name = `ct${runId.replace(/[^a-zA-Z0-9]/g, '')}`.slice(0, 20);
    const steps: Step[] = [
      { name: 'add', run: async () => expect((await client.images.v1.keys.update(name)).keys.some((k) => k.name === name), 'the new key is not in the returned keys') },
      { name: 'list', run: async () => expect((await client.images.v1.keys.list()).keys.some((k) => k.name === name), 'the new key is not listed') },
      { name: 'delete', run: async () => expect(!(await client.images.v1.keys.delete(name)).keys.some((k) => k.name === name), 'the deleted key is still returned') },
    ];
    return { steps, cleanup: async () => void (await client.images.v1.keys.delete(name).catch(() => undefined)) };
  },
};


export const directUploadFlow: Flow = {
  name: 'direct upload',
  writes: true,
  plan: ({ client, runId, fetch }) => {
    let id = '';
    let uploadURL = '';
    const steps: Step[] = [
      {
        name: 'create a one-time upload URL',
        run: async () => {
          ({ id, uploadURL } = await client.images.v2.directUploads.create({ metadata: { contractRun: runId } }));
        },
      },
      { name: 'the draft is not listed', run: async () => expect(!(await client.images.v2.list({ filters: { contractRun: { eq: runId } } })).images.some((i) => i.id === id), 'a draft was listed') },
      { name: 'post the file without credentials', run: async () => void (await uploadToDirectUrl(uploadURL, PIXEL_PNG, { fetch })) },
      {
        name: 'the image is complete',
        run: async () => {
          const image = await client.images.v1.get(id);
          expect(!image.draft, 'the image is still a draft after its upload');
        },
      },
      { name: 'delete', run: async () => void (await client.images.v1.delete(id)) },
    ];
    return { steps, cleanup: async () => void (id && (await client.images.v1.delete(id).catch(() => undefined))) };
  },
};


export const FLOWS: Flow[] = [readOnlyFlow, imageFlow, signedDeliveryFlow, variantFlow, keyFlow, directUploadFlow];
