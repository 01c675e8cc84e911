import { uniqueness } from '../../src/contract/scenarios/index.js';
import { describeScenario, type Seen } from '../helpers/broken-server.js';

const formOf = (seen: Seen) => new Response(seen.body as BodyInit, { headers: { 'content-type': seen.headers.get('content-type') ?? '' } }).formData();

describeScenario(uniqueness, [
  {
    does: 'replaces the image when an upload brings a taken custom id',
    check: 'uniqueness',
    breakage: () => async (seen, forward) => {
      if (seen.operationId !== 'uploadImage') return forward();
      const id = (await formOf(seen)).get('id');
      if (typeof id === 'string') {
        const url = new URL(`${seen.url.href}/${id.split('/').map(encodeURIComponent).join('/')}`);
        await (await forward({ method: 'DELETE', url, headers: new Headers({ authorization: seen.headers.get('authorization') ?? '' }) })).arrayBuffer();
      }
      return forward();
    },
  },
]);
