// Matches `/accounts/...` paths to the spec's operations, straight from the generated manifest.
import { operations, type OperationId } from './spec.js';

interface Template {
  operationId: OperationId;
  method: string;
  segments: string[];
}

const templates: Template[] = Object.values(operations).map((op) => ({
  operationId: op.operationId as OperationId,
  method: op.method,
  segments: op.path.split('/').filter(Boolean),
}));

const isParam = (segment: string) => segment.startsWith('{') && segment.endsWith('}');

/** Path parameters that may span several raw segments: image ids may contain `/` when a client does not encode it. */
const SPANNING = new Set(['image_id']);

export interface RouteMatch {
  operationId: OperationId;
  /** Raw (still percent-encoded) path parameter values. */
  rawParams: Record<string, string>;
}

function matchTemplate(t: Template, parts: string[]): { score: number; rawParams: Record<string, string> } | undefined {
  const spanAt = t.segments.findIndex((s) => isParam(s) && SPANNING.has(s.slice(1, -1)));
  const extra = parts.length - t.segments.length;
  if (extra < 0 || (extra > 0 && spanAt < 0)) return undefined;
  const rawParams: Record<string, string> = {};
  let literals = 0;
  let p = 0;
  for (let i = 0; i < t.segments.length; i++) {
    const s = t.segments[i];
    const width = i === spanAt ? extra + 1 : 1;
    const value = parts.slice(p, p + width);
    p += width;
    if (isParam(s)) {
      if (value.some((v) => v === '')) return undefined;
      rawParams[s.slice(1, -1)] = value.join('/');
    } else if (value[0] === s) literals++;
    else return undefined;
  }
  // Prefer the template with more literal segments (`images/v1/keys` over `images/v1/{image_id}`), then the narrowest span.
  return { score: literals * 1000 - extra, rawParams };
}

/** `path` is the part after `/client/v4`, raw. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const parts = path.split('/').slice(1);
  let best: (RouteMatch & { score: number }) | undefined;
  for (const t of templates) {
    if (t.method !== method) continue;
    const m = matchTemplate(t, parts);
    if (m && (!best || m.score > best.score)) best = { operationId: t.operationId, ...m };
  }
  return best && { operationId: best.operationId, rawParams: best.rawParams };
}
