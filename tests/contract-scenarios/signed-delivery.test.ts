import { PIXEL_PNG } from '../../src/contract/engine/fixtures.js';
import { signedDelivery } from '../../src/contract/scenarios/index.js';
import { describeScenario, type Breakage, type Seen } from '../helpers/broken-server.js';

/** Delivery URLs are the requests outside the API that are GETs. */
const servingWhen =
  (serve: (seen: Seen) => boolean): Breakage =>
  (seen, forward) =>
    !seen.operationId && seen.method === 'GET' && serve(seen) ? new Response(PIXEL_PNG, { status: 200, headers: { 'content-type': 'image/png' } }) : forward();

/** A server that remembers the signatures it accepted and serves them again where `reuses` says. */
const signatureCache = (reuses: (first: URL, now: URL) => boolean): Breakage => {
  const accepted = new Map<string, URL>();
  return async (seen, forward) => {
    const sig = seen.url.searchParams.get('sig');
    if (seen.operationId || seen.method !== 'GET' || !sig) return forward();
    const first = accepted.get(sig);
    if (first && first.href !== seen.url.href && reuses(first, seen.url))
      return new Response(PIXEL_PNG, { status: 200, headers: { 'content-type': 'image/png' } });
    const response = await forward();
    if (response.status === 200) accepted.set(sig, seen.url);
    return response;
  };
};

describeScenario(signedDelivery, [
  {
    does: 'accepts a signature it accepted before with a later exp',
    check: 'signed_delivery',
    breakage: () => signatureCache((first, now) => first.pathname === now.pathname),
  },
  {
    does: "accepts one image's signature for another image",
    check: 'signed_delivery',
    breakage: () => signatureCache((first, now) => first.pathname !== now.pathname),
  },
  { does: 'serves delivery URLs without a signature', check: 'signed_delivery', breakage: () => servingWhen((seen) => !seen.url.searchParams.has('sig')) },
  {
    does: 'serves signed URLs after their exp',
    check: 'signed_delivery',
    breakage: () => servingWhen((seen) => Number(seen.url.searchParams.get('exp') ?? Infinity) * 1000 < Date.now()),
  },
]);
