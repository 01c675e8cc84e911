import { oneTimeUploadUrls } from '../../src/contract/scenarios/index.js';
import { describeScenario, replayable } from '../helpers/broken-server.js';

describeScenario(oneTimeUploadUrls, [
  {
    does: 'takes a second POST to an upload URL by replaying its first answer',
    check: 'one_time_upload_urls',
    breakage: () => {
      const answered = new Map<string, () => Response>();
      return async (seen, forward) => {
        if (seen.operationId || seen.method !== 'POST') return forward();
        const replay = answered.get(seen.url.pathname);
        if (replay) return replay();
        const response = await forward();
        if (response.status !== 200) return response;
        answered.set(seen.url.pathname, await replayable(response));
        return answered.get(seen.url.pathname)!();
      };
    },
  },
]);
