import { drafts } from '../../src/contract/scenarios/index.js';
import { describeScenario, withJson } from '../helpers/broken-server.js';

describeScenario(drafts, [
  {
    does: "leaves draft: true out of a draft's details",
    check: 'drafts',
    breakage: () => async (seen, forward) => (seen.operationId === 'getImage' ? withJson(await forward(), (body) => void delete body.result?.draft) : forward()),
  },
]);
