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
  {
    does: 'takes a variant past the documented maximum (it answers as if it stored it)',
    check: 'uniqueness',
    breakage: () => async (seen, forward) => {
      if (seen.operationId !== 'createVariant') return forward();
      const answer = await forward();
      if (answer.status < 400) return answer;
      const sent = JSON.parse(new TextDecoder().decode(seen.body));
      if (typeof sent.id !== 'string' || !sent.id.endsWith('overmax')) return answer;
      return Response.json({ success: true, errors: [], messages: [], result: { variant: { ...sent, neverRequireSignedURLs: false } } });
    },
  },
]);
