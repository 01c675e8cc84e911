// The proxy's checks over recorded traffic: every HAR entry that addresses the Images API is
// checked as the proxy checks a live exchange; page assets and other hosts' calls are left out.
// An entry that cannot be read (a relative URL) is listed as not checked, and the rest go on.
import { specBasePath } from '../../spec/route.js';
import type { Report } from '../model/report.js';
import { findOperation, type FindOperationOptions } from '../../spec/route.js';
import { DEFAULT_TRAFFIC_BOUNDS, type TrafficBounds } from '../traffic/bounds.js';
import { checkRequest, type TrafficRequest } from '../traffic/request-check.js';
import { TrafficLog } from '../traffic/traffic-log.js';
import { exchangeOfEntry } from './entry-exchange.js';
import { HarFormatError, type HarEntry } from './har-file.js';

export interface HarCheckOptions extends FindOperationOptions {
  /** What the report names as its target: the HAR file. */
  target: string;
  /** What is read of a body for checking (default DEFAULT_TRAFFIC_BOUNDS). */
  bounds?: Partial<TrafficBounds>;
  /** The file had bytes that are not UTF-8 (its text was read with U+FFFD in their place). */
  fileNotUtf8?: boolean;
}

export interface HarCheck {
  report: Report;
  /** Entries left out: not an Images API call (no `/accounts/…` path after the base path). */
  ignored: number;
}

/** Whether a request that matches no operation still addresses the API (an undocumented call worth listing). */
function addressesTheApi(target: string, options: FindOperationOptions): boolean {
  const path = target.split('?', 1)[0];
  const base = options.basePath ?? specBasePath();
  const rest = path.startsWith(`${base}/`) ? path.slice(base.length) : path;
  return rest.startsWith('/accounts/');
}

export async function checkHar(entries: readonly HarEntry[], options: HarCheckOptions): Promise<HarCheck> {
  const bounds: TrafficBounds = { ...DEFAULT_TRAFFIC_BOUNDS, ...options.bounds };
  const find: FindOperationOptions = options.basePath === undefined ? {} : { basePath: options.basePath };
  const origins = new WeakMap<TrafficRequest, string>();
  const log = new TrafficLog({ mode: 'har', target: options.target, reproduceAt: (request) => origins.get(request) ?? '', maxJsonDepth: bounds.maxJsonDepth });
  const operationOf = (request: TrafficRequest) => findOperation(request.method, request.target, find)?.operationId;
  let ignored = 0;
  for (const [index, entry] of entries.entries()) {
    let exchange;
    try {
      exchange = exchangeOfEntry(entry, index, operationOf, { bounds, fileNotUtf8: options.fileNotUtf8 });
    } catch (error) {
      if (!(error instanceof HarFormatError)) throw error;
      log.addUnreadable(`log.entries[${index}]: ${entry.request.method} ${entry.request.url}`, `${error.message}: the entry was not checked`);
      continue;
    }
    const check = await checkRequest(exchange.request, find);
    if (!check && !addressesTheApi(exchange.request.target, find)) {
      ignored++;
      continue;
    }
    origins.set(exchange.request, exchange.origin);
    log.add({ ...exchange, check });
  }
  return { report: log.report(), ignored };
}
