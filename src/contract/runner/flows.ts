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
  /**
   * Always runs after the steps, even when one failed: removes what the flow created. Reported as
   * the step `cleanup`; when it throws, the run fails (something may be left behind).
   */
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

/** Thrown by a step that has nothing to check (e.g. the account has no images): reported as skipped, never as passed. */
export class StepSkipped extends Error {
  override name = 'StepSkipped';
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

function skip(reason: string): never {
  throw new StepSkipped(reason);
}

/** Removes something a flow may have left behind: already gone (404) is fine, any other error is a failed cleanup. */
async function removeIfPresent(remove: () => Promise<unknown>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (error instanceof ImagesApiError && error.status === 404) return;
    throw error;
  }
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
    let firstImageDraft = false;
    let firstVariant: string | undefined;
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
        name: 'details of the first image',
        run: async () => {
          if (!firstImageId) skip('the account has no images');
          const image = await client.images.v1.get(firstImageId);
          expect(image.id === firstImageId, `getImage returned id ${image.id}, expected ${firstImageId}`);
          firstImageDraft = image.draft === true;
        },
      },
      {
        name: 'blob of the first image',
        run: async () => {
          if (!firstImageId) skip('the account has no images');
          if (firstImageDraft) skip(`the first image is a draft: it has no blob`);
          await (await client.images.v1.blobs.get(firstImageId)).bytes();
        },
      },
      { name: 'unknown image is 404', run: () => expectStatus(client.images.v1.get('contract-check-no-such-image'), 404, 'getImage of an unknown id') },
      { name: 'signing keys', run: async () => expect((await client.images.v1.keys.list()).keys.length > 0, 'an account always has a signing key') },
      { name: 'variants', run: async () => void (firstVariant = Object.keys((await client.images.v1.variants.list()).variants)[0]) },
      {
        name: 'details of the first variant',
        run: async () => {
          const first = firstVariant ?? skip('the account has no variants');
          expect((await client.images.v1.variants.get(first)).variant.id === first, `getVariant(${first}) returned another variant`);
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
    let present = false;
    const steps: Step[] = [
      {
        name: 'upload with a custom id',
        run: async () => {
          present = true; // from the request on: the server may have stored it even when the response is wrong
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
          expect(url, 'the uploaded image has no delivery URL (variants is empty)');
          const response = await fetch(url);
          expect(response.ok, `GET ${new URL(url).pathname} answered ${response.status}`);
          await response.arrayBuffer();
        },
      },
      {
        name: 'delete',
        run: async () => {
          await client.images.v1.delete(id);
          present = false;
        },
      },
      { name: 'deleted image is 404', run: () => expectStatus(client.images.v1.get(id), 404, 'getImage after delete') },
    ];
    return {
      steps,
      cleanup: async () => {
        if (present) await removeIfPresent(() => client.images.v1.delete(id));
      },
    };
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
          expect(url, 'the uploaded image has no delivery URL (variants is empty)');
          const unsigned = await fetch(url);
          await unsigned.arrayBuffer();
          expect(unsigned.status === 403, `an unsigned URL answered ${unsigned.status}, expected 403`);
          const { keys } = await client.images.v1.keys.list();
          expect(keys.length > 0, 'the account has no signing key');
          const signed = await fetch(await signImageUrl({ url, key: keys[0].value, expiresIn: 300 }));
          await signed.arrayBuffer();
          expect(signed.ok, `a signed URL answered ${signed.status}`);
        },
      },
    ];
    return {
      steps,
      cleanup: async () => {
        if (imageId !== '') await removeIfPresent(() => client.images.v1.delete(imageId));
      },
    };
  },
};

export const variantFlow: Flow = {
  name: 'variant lifecycle',
  writes: true,
  plan: ({ client, runId }) => {
    const name = `ct${runId.replace(/[^a-zA-Z0-9]/g, '')}`.slice(0, 99);
    let present = false;
    const steps: Step[] = [
      {
        name: 'create',
        run: async () => {
          present = true;
          await client.images.v1.variants.create({ id: name, options: { fit: 'cover', metadata: 'none', width: 64, height: 64 } });
        },
      },
      { name: 'get', run: async () => expect((await client.images.v1.variants.get(name)).variant.options.width === 64, 'the variant options did not round-trip') },
      {
        name: 'edit',
        run: async () => {
          const { variant } = await client.images.v1.variants.edit(name, { options: { fit: 'pad', metadata: 'keep', width: 32, height: 32 } });
          expect(variant.options.fit === 'pad', 'the edited options were not returned');
        },
      },
      {
        name: 'delete',
        run: async () => {
          await client.images.v1.variants.delete(name);
          present = false;
        },
      },
      { name: 'deleted variant is 404', run: () => expectStatus(client.images.v1.variants.get(name), 404, 'getVariant after delete') },
    ];
    return {
      steps,
      cleanup: async () => {
        if (present) await removeIfPresent(() => client.images.v1.variants.delete(name));
      },
    };
  },
};

export const keyFlow: Flow = {
  name: 'signing key lifecycle',
  writes: true,
  plan: ({ client, runId }) => {
    const name = `ct${runId.replace(/[^a-zA-Z0-9]/g, '')}`.slice(0, 20);
    let present = false;
    const steps: Step[] = [
      {
        name: 'add',
        run: async () => {
          present = true;
          expect((await client.images.v1.keys.update(name)).keys.some((k) => k.name === name), 'the new key is not in the returned keys');
        },
      },
      { name: 'list', run: async () => expect((await client.images.v1.keys.list()).keys.some((k) => k.name === name), 'the new key is not listed') },
      {
        name: 'delete',
        run: async () => {
          const { keys } = await client.images.v1.keys.delete(name);
          expect(!keys.some((k) => k.name === name), 'the deleted key is still returned');
          present = false;
        },
      },
    ];
    return {
      steps,
      cleanup: async () => {
        if (present) await removeIfPresent(() => client.images.v1.keys.delete(name));
      },
    };
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
      {
        name: 'delete',
        run: async () => {
          await client.images.v1.delete(id);
          id = '';
        },
      },
    ];
    return {
      steps,
      cleanup: async () => {
        if (id !== '') await removeIfPresent(() => client.images.v1.delete(id));
      },
    };
  },
};

export const FLOWS: Flow[] = [readOnlyFlow, imageFlow, signedDeliveryFlow, variantFlow, keyFlow, directUploadFlow];
