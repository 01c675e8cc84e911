import { uploadRules } from '../../src/contract/scenarios/index.js';
import { describeScenario, withoutField } from '../helpers/broken-server.js';

describeScenario(uploadRules, [
  {
    does: 'takes a file and a url together (using the file)',
    check: 'upload_rules',
    breakage: () => async (seen, forward) => {
      const hasUrl = seen.operationId === 'uploadImage' && new TextDecoder().decode(seen.body).includes('name="url"');
      return hasUrl ? forward(await withoutField(seen, 'url')) : forward();
    },
  },
]);
