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
  {
    does: "deletes the images under a deleted image's id too (a prefix match)",
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => {
      const response = await forward();
      if (seen.operationId !== 'deleteImage' || response.status !== 200) return response;
      const base = seen.url.href.slice(0, seen.url.href.indexOf('/images/v1/'));
      const listed = await (await fetch(`${base}/images/v1?per_page=10000`, { headers: seen.headers })).json();
      for (const { id } of listed.result.images as { id: string }[])
        if (id.startsWith(`${seen.pathParams.image_id}/`)) await fetch(`${base}/images/v1/${id}`, { method: 'DELETE', headers: seen.headers });
      return response;
    },
  },
  {
    does: 'answers a key DELETE with only the default key left',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) =>
      seen.operationId === 'deleteSigningKey'
        ? withJson(await forward(), (body) => void (body.result.keys = body.result.keys.filter((k: { name: string }) => k.name === 'default')))
        : forward(),
  },
]);
