import { filters } from '../../src/contract/scenarios/index.js';
import { describeScenario, withoutQuery, type Breakage, type Seen } from '../helpers/broken-server.js';

const onV2 =
  (change: (seen: Seen) => { url: URL }): Breakage =>
  (seen, forward) =>
    seen.operationId === 'listImagesV2' ? forward(change(seen)) : forward();

describeScenario(filters, [
  { does: 'ignores the gt metadata filter', check: 'filters', breakage: () => onV2((seen) => withoutQuery(seen, (k) => k.endsWith('[gt]'))) },
  { does: 'ignores creator on the v2 list', check: 'filters', breakage: () => onV2((seen) => withoutQuery(seen, (k) => k === 'creator')) },
  {
    does: 'ignores creator on the v1 list',
    check: 'filters',
    breakage: () => (seen, forward) => (seen.operationId === 'listImages' ? forward(withoutQuery(seen, (k) => k === 'creator')) : forward()),
  },
  {
    does: 'ignores the value type of eq:number',
    check: 'filters',
    breakage: () =>
      onV2((seen) => {
        const url = new URL(seen.url);
        url.search = url.search.replace(/%5Beq%3Anumber%5D|\[eq:number\]/gi, '[eq]');
        return { url };
      }),
  },
]);
