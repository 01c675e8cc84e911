// What positive requests address: with --allow-writes, an image, a variant and a signing key the
// run creates (and the cleanup deletes); read-only, the first of each the account already has.
import { responseExamples } from '../../spec/document.js';
import { describeError } from './describe-error.js';
import type { Session } from './session.js';

/** A 1×1 PNG, the smallest valid upload. */
export const PIXEL_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
  c.charCodeAt(0),
);

export interface Fixtures {
  imageId?: string;
  variantId?: string;
  signingKeyName?: string;
}

/** The options of the spec's own variant example: a fixture variant needs valid ones, and the spec has them. */
function exampleVariantOptions() {
  const example = responseExamples().find((e) => e.operationId === 'getVariant' && e.status === '200');
  return (example?.value as { result: { variant: { options: { fit: 'cover'; metadata: 'none'; width: number; height: number } } } }).result.variant.options;
}

async function attempt<T>(session: Session, operationId: string, what: string, make: () => Promise<T>): Promise<T | undefined> {
  try {
    return await make();
  } catch (error) {
    session.record({
      check: 'ensure_resource_availability',
      operationId,
      passed: false,
      label: `fixture: ${what}`,
      message: `could not ${what}: ${describeError(error)}`,
    });
    return undefined;
  }
}

export async function prepareFixtures(session: Session, runTag: string): Promise<Fixtures> {
  const { client } = session;
  if (!session.allowWrites) {
    return {
      imageId: await attempt(
        session,
        'listImagesV2',
        'list images',
        async () => (await client.images.v2.list({ per_page: 10 })).images.find((i) => !i.draft)?.id,
      ),
      variantId: await attempt(session, 'listVariants', 'list variants', async () => Object.keys((await client.images.v1.variants.list()).variants)[0]),
      signingKeyName: await attempt(session, 'listSigningKeys', 'list signing keys', async () => (await client.images.v1.keys.list()).keys[0]?.name),
    };
  }
  const imageId = await attempt(
    session,
    'uploadImage',
    'upload a fixture image',
    async () => (await client.images.v1.create({ file: PIXEL_PNG, metadata: { contractRun: runTag } })).id,
  );
  const variantId = await attempt(
    session,
    'createVariant',
    'create a fixture variant',
    async () => (await client.images.v1.variants.create({ id: `${runTag}fx`, options: exampleVariantOptions() })).variant.id,
  );
  const signingKeyName = await attempt(session, 'createSigningKey', 'create a fixture signing key', async () => {
    await client.images.v1.keys.update(`${runTag}k`);
    return `${runTag}k`;
  });
  return { imageId, variantId, signingKeyName };
}
