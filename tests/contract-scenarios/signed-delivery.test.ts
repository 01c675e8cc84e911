import { PIXEL_PNG } from '../../src/contract/engine/fixtures.js';
import { signedDelivery } from '../../src/contract/scenarios/index.js';
import { describeScenario, type Breakage, type Seen } from '../helpers/broken-server.js';

/** Delivery URLs are the requests outside the API that are GETs. */
const servingWhen = (serve: (seen: Seen) => boolean): Breakage => (seen, forward) =>
  !seen.operationId && seen.method === 'GET' && serve(seen) ? new Response(PIXEL_PNG, { status: 200, headers: { 'content-type': 'image/png' } }) : forward();

describeScenario(signedDelivery, [
  { does: 'serves delivery URLs without a signature', check: 'signed_delivery', breakage: () => servingWhen((seen) => !seen.url.searchParams.has('sig')) },
  { does: 'serves signed URLs after their exp', check: 'signed_delivery', breakage: () => servingWhen((seen) => Number(seen.url.searchParams.get('exp') ?? Infinity) * 1000 < Date.now()) },
]);
