import { pagination } from '../../src/contract/scenarios/index.js';
import { describeScenario, withJson, withoutQuery, type Breakage } from '../helpers/broken-server.js';

const dropping =
  (operationIds: string[], key: string): Breakage =>
  (seen, forward) =>
    operationIds.includes(seen.operationId ?? '') ? forward(withoutQuery(seen, (k) => k === key)) : forward();

describeScenario(pagination, [
  { does: 'ignores page on the v1 list', check: 'pagination', breakage: () => dropping(['listImages'], 'page') },
  { does: 'ignores per_page', check: 'pagination', breakage: () => dropping(['listImages', 'listImagesV2'], 'per_page') },
  { does: 'ignores sort_order', check: 'pagination', breakage: () => dropping(['listImagesV2'], 'sort_order') },
  {
    does: 'lists v1 oldest first (its description says most recent first)',
    check: 'pagination',
    breakage: () => async (seen, forward) =>
      seen.operationId === 'listImages' ? withJson(await forward(), (body) => void body.result.images.reverse()) : forward(),
  },
  {
    does: 'answers a continuation token with the same token',
    check: 'pagination',
    breakage: () => async (seen, forward) => {
      const given = seen.url.searchParams.get('continuation_token');
      if (seen.operationId !== 'listImagesV2' || !given) return forward();
      return withJson(await forward(), (body) => void (body.result.continuation_token = given));
    },
  },
]);
