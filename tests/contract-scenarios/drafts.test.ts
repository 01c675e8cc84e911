import { drafts } from '../../src/contract/scenarios/index.js';
import { type BrokenBehaviour, describeScenario, replayable, withJson, withoutField } from '../helpers/broken-server.js';

describeScenario(drafts, [
  {
    does: "leaves draft: true out of a draft's details",
    check: 'drafts',
    breakage: () => async (seen, forward) =>
      seen.operationId === 'getImage' ? withJson(await forward(), (body) => void delete body.result?.draft) : forward(),
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
  ...(['id', 'requireSignedURLs'] as const).map(
    (field): BrokenBehaviour => ({
      does: `ignores the ${field} given to a direct upload`,
      check: 'drafts',
      breakage: () => async (seen, forward) => (seen.operationId === 'createDirectUpload' ? forward(await withoutField(seen, field)) : forward()),
    }),
  ),
  {
    does: "loses a direct upload's metadata when its file comes",
    check: 'drafts',
    breakage: () => {
      const direct = new Set<string>();
      return async (seen, forward) => {
        if (seen.operationId === 'createDirectUpload') {
          const replay = await replayable(await forward());
          direct.add((await replay().json()).result?.id);
          return replay();
        }
        if (seen.operationId !== 'getImage' || !direct.has(seen.pathParams.image_id)) return forward();
        return withJson(await forward(), (body) => void (body.result?.draft ? undefined : delete body.result?.meta));
      };
    },
  },
]);
