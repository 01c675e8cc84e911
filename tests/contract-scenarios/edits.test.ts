import { edits } from '../../src/contract/scenarios/index.js';
import { describeScenario, withJson } from '../helpers/broken-server.js';

describeScenario(edits, [
  {
    does: 'ignores neverRequireSignedURLs on a variant update',
    check: 'edits',
    breakage: () => async (seen, forward) => {
      if (seen.operationId !== 'updateVariant') return forward();
      const { neverRequireSignedURLs: _, ...rest } = JSON.parse(new TextDecoder().decode(seen.body));
      return forward({ body: new TextEncoder().encode(JSON.stringify(rest)) });
    },
  },
  {
    does: 'lists images as they were when first listed',
    check: 'edits',
    breakage: () => {
      const firstSeen = new Map<string, unknown>();
      return async (seen, forward) => {
        if (seen.operationId !== 'listImagesV2') return forward();
        return withJson(await forward(), (body) => {
          body.result.images = body.result.images.map((image: { id: string }) => {
            if (!firstSeen.has(image.id)) firstSeen.set(image.id, image);
            return firstSeen.get(image.id);
          });
        });
      };
    },
  },
  {
    does: 'clears the metadata on an image update that does not send it',
    check: 'edits',
    breakage: () => async (seen, forward) => {
      if (seen.operationId !== 'updateImage') return forward();
      const body = JSON.parse(new TextDecoder().decode(seen.body));
      return forward({ body: new TextEncoder().encode(JSON.stringify({ metadata: {}, ...body })) });
    },
  },
]);
