// Without writes: what the account already has is readable as listed (the first image's details
// and blob, the first variant's details), and ids that were never created answer 404.
import type { Scenario } from './scenario.js';
import { customIdFor, expectAnswer, expectSame, lastRequest, nameFor, outcome } from './kit.js';
import { queryParameterSchema, sameJson } from './spec.js';

export const existingResources: Scenario = {
  name: 'existing resources are readable',
  checks: ['ensure_resource_availability', 'use_after_free'],
  writes: false,
  async run(ctx) {
    const { client } = ctx.session;
    const page = await client.images.v2.list({ per_page: queryParameterSchema('listImagesV2', 'per_page').minimum });
    const first = page.images.find((i) => !i.draft);
    if (first) {
      const image = await client.images.v1.get(first.id);
      // What both show must agree (a list may leave out what the details give).
      const agree = Object.keys(first).every((k) => !(k in image) || sameJson(first[k as keyof typeof first], image[k as keyof typeof image]));
      const problem =
        image.id === first.id && agree
          ? undefined
          : {
              message: 'the details differ from the listed image',
              expected: JSON.stringify(first),
              received: { pointer: '/result', value: image },
              request: lastRequest(ctx, 'getImage'),
            };
      outcome(ctx, 'ensure_resource_availability', 'getImage', 'the first listed image reads back as listed', problem);
      await expectAnswer(ctx, 'ensure_resource_availability', 'getImageBlob', 'the first listed image has a blob', { image_id: first.id }, 'a 2xx');
    }
    const [name, listed] = Object.entries((await client.images.v1.variants.list()).variants)[0] ?? [];
    if (name) {
      const { variant } = await client.images.v1.variants.get(name);
      expectSame(ctx, 'ensure_resource_availability', 'getVariant', 'the first listed variant reads back as listed', variant, listed, {
        pointer: '/result/variant',
        request: lastRequest(ctx, 'getVariant'),
      });
    }
    const never = { image_id: customIdFor(ctx, 'never-created') };
    for (const operationId of ['getImage', 'getImageBlob'] as const)
      await expectAnswer(ctx, 'use_after_free', operationId, `${operationId} of an image that was never created`, never, 'a refusal');
    await expectAnswer(
      ctx,
      'use_after_free',
      'getVariant',
      'getVariant of a variant that was never created',
      { variant_id: nameFor(ctx, 'nevercreated') },
      'a refusal',
    );
  },
};
