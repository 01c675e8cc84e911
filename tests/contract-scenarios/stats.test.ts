import { stats } from '../../src/contract/scenarios/index.js';
import { describeScenario, withJson } from '../helpers/broken-server.js';

describeScenario(stats, [
  {
    does: 'never changes count.current',
    check: 'stats',
    breakage: () => {
      let first: number | undefined;
      return async (seen, forward) => {
        if (seen.operationId !== 'getImageStats') return forward();
        return withJson(await forward(), (body) => void (body.result.count.current = first ??= body.result.count.current));
      };
    },
  },
]);
