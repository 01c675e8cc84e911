import { deletion } from '../../src/contract/scenarios/index.js';
import { describeScenario, replayable, withJson } from '../helpers/broken-server.js';

describeScenario(deletion, [
  {
    does: "answers a deleted image's details with its 200 from before the delete",
    check: 'use_after_free',
    breakage: () => {
      const before = new Map<string, () => Response>();
      return async (seen, forward) => {
        const response = await forward();
        if (seen.operationId === 'uploadImage' && response.status === 200) {
          const replay = await replayable(response);
          before.set((await replay().json()).result.id, replay);
          return replay();
        }
        const id = seen.pathParams.image_id;
        return seen.operationId === 'getImage' && response.status === 404 && before.has(id) ? before.get(id)!() : response;
      };
    },
  },
  {
    does: 'keeps listing a deleted variant',
    check: 'use_after_free',
    breakage: () => {
      const created = new Map<string, unknown>();
      return async (seen, forward) => {
        const response = await forward();
        if (seen.operationId === 'createVariant' && response.status === 200) {
          const replay = await replayable(response);
          const { variant } = (await replay().json()).result;
          created.set(variant.id, variant);
          return replay();
        }
        if (seen.operationId !== 'listVariants') return response;
        return withJson(response, (body) => Object.assign(body.result.variants, Object.fromEntries(created)));
      };
    },
  },
]);
