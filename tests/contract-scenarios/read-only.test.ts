import { existingResources } from '../../src/contract/scenarios/index.js';
import { describeScenario, notFoundAnswer } from '../helpers/broken-server.js';

describeScenario(existingResources, [
  {
    does: 'answers every blob with 404',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => (seen.operationId === 'getImageBlob' ? notFoundAnswer() : forward()),
  },
  {
    does: 'answers an unknown image id with an image',
    check: 'use_after_free',
    breakage: () => async (seen, forward) => {
      const response = await forward();
      if (seen.operationId !== 'getImage' || response.status !== 404) return response;
      return Response.json({
        success: true,
        errors: [],
        messages: [],
        result: { id: seen.pathParams.image_id, requireSignedURLs: false, uploaded: new Date().toISOString(), variants: [] },
      });
    },
  },
]);
