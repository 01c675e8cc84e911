// The proxy's checks over recorded traffic: every HAR entry that addresses the Images API is
// checked as the proxy checks a live exchange; page assets and other hosts' calls are left out.
import type { Report } from '../report/model.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import { checkRequest, type TrafficRequest } from '../proxy/request-check.js';
import { TrafficLog } from '../proxy/traffic-log.js';
import { exchangeOfEntry } from './entry-exchange.js';
import type { HarEntry } from './har-file.js';

export interface HarCheckOptions extends FindOperationOptions {
  /** What the report names as its target: the HAR file. */
  target: string;
}

export interface HarCheck {
  report: Report;
  /** Entries left out: not an Images API call (no `/accounts/…` path after the base path). */
  ignored: number;
}

/** Whether a request that matches no operation still addresses the API (an undocumented call worth listing). */
function addressesTheApi(target: string, options: FindOperationOptions): boolean {
  const path = target.split('?', 1)[0];
  const base = options.basePath ?? '/client/v4';
  const rest = path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  return rest.startsWith('/accounts/');
}

export async function checkHar(entries: readonly HarEntry[], options: HarCheckOptions): Promise<HarCheck> {
  const origins = new WeakMap<TrafficRequest, string>();
  const log = new TrafficLog({ mode: 'har', target: options.target, reproduceAt: (request) => origins.get(request) ?? '' });
  const operationOf = (request: TrafficRequest) => findOperation(request.method, request.target, options)?.operationId;
  let ignored = 0;
  for (const [index, entry] of entries.entries()) {
    const exchange = exchangeOfEntry(entry, index, operationOf);
    const check = await checkRequest(exchange.request, options);
    if (!check && !addressesTheApi(exchange.request.target, options)) {
      ignored++;
      continue;
    }
    origins.set(exchange.request, exchange.origin);
    log.add({ ...exchange, check });
  }
  return { report: log.report(), ignored };
}
