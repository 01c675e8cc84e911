import { drafts } from '../../src/contract/scenarios/index.js';
import { describeScenario, replayable, withJson } from '../helpers/broken-server.js';

describeScenario(drafts, [
  {
    does: "leaves draft: true out of a draft's details",
    check: 'drafts',
    breakage: () => async (seen, forward) => (seen.operationId === 'getImage' ? withJson(await forward(), (body) => void delete body.result?.draft) : forward()),
  },
  {
    does: 'lists drafts',
    check: 'drafts',
    breakage: () => {
      const drafted = new Map<string, unknown>();
      return async (seen, forward) => {
        if (seen.operationId === 'getImage') {
          const replay = await replayable(await forward());
          const { result } = await replay().json();
          if (result?.draft) drafted.set(result.id, result);
          return replay();
        }
        if (seen.operationId !== 'listImages' && seen.operationId !== 'listImagesV2') return forward();
        return withJson(await forward(), (body) => {
          const listed = new Set(body.result.images.map((i: { id: string }) => i.id));
          body.result.images.push(...[...drafted].filter(([id]) => !listed.has(id)).map(([, image]) => image));
        });
      };
    },
  },
]);
