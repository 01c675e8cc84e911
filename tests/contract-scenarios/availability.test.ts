import { availability } from '../../src/contract/scenarios/index.js';
import { describeScenario, withJson } from '../helpers/broken-server.js';

describeScenario(availability, [
  {
    does: 'leaves images with a custom id out of the v1 list',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => {
      if (seen.operationId !== 'listImages') return forward();
      return withJson(await forward(), (body) => void (body.result.images = body.result.images.filter((i: { id: string }) => !i.id.includes('/'))));
    },
  },
  {
    does: 'serves a blob that is not the uploaded file',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => {
      const response = await forward();
      if (seen.operationId !== 'getImageBlob' || response.status !== 200) return response;
      const bytes = new Uint8Array(await response.arrayBuffer());
      return new Response(bytes.subarray(0, -1), { status: 200, headers: { 'content-type': response.headers.get('content-type') ?? 'image/png' } });
    },
  },
  {
    does: 'keeps the uploaded file under another name',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) =>
      seen.operationId === 'getImage' ? withJson(await forward(), (body) => void (body.result && (body.result.filename = 'image.png'))) : forward(),
  },
  {
    does: 'serves a PNG as image/jpeg',
    check: 'ensure_resource_availability',
    breakage: () => async (seen, forward) => {
      const response = await forward();
      if (seen.operationId !== 'getImageBlob' || response.status !== 200) return response;
      return new Response(await response.arrayBuffer(), { status: 200, headers: { 'content-type': 'image/jpeg' } });
    },
  },
]);
