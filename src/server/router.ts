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

interface Candidate extends RouteMatch {
  /** Per raw segment: whether a literal segment of the template matched it. */
  literal: boolean[];
  /** How many raw segments beyond one the spanning parameter took. */
  extra: number;
}

function matchTemplate(t: Template, parts: string[]): Candidate | undefined {
  const spanAt = t.segments.findIndex((s) => isParam(s) && SPANNING.has(s.slice(1, -1)));
  const extra = parts.length - t.segments.length;
  if (extra < 0 || (extra > 0 && spanAt < 0)) return undefined;
  const rawParams: Record<string, string> = {};
  const literal: boolean[] = [];
  let p = 0;
  for (let i = 0; i < t.segments.length; i++) {
    const s = t.segments[i];
    const width = i === spanAt ? extra + 1 : 1;
    const value = parts.slice(p, p + width);
    p += width;
    if (isParam(s)) {
      if (value.some((v) => v === '')) return undefined;
      rawParams[s.slice(1, -1)] = value.join('/');
      literal.push(...value.map(() => false));
    } else if (value[0] === s) literal.push(true);
    else return undefined;
  }
  return { operationId: t.operationId, rawParams, literal, extra };
}

/**
 * Whether `a` is the better match: a literal segment where `b` has a parameter at the first position
 * they differ (`images/v1/keys` is listSigningKeys, not getImage; `images/v1/variants/blob` is getVariant,
 * not the blob of image `variants`), else the narrower span of `image_id`.
 */
function beats(a: Candidate, b: Candidate): boolean {
  for (let i = 0; i < a.literal.length; i++) if (a.literal[i] !== b.literal[i]) return a.literal[i];
  return a.extra < b.extra;
}

/** `path` is the part after `/client/v4`, raw. */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const parts = path.split('/').slice(1);
  let best: Candidate | undefined;
  for (const t of templates) {
    if (t.method !== method) continue;
    const m = matchTemplate(t, parts);
    if (m && (!best || beats(m, best))) best = m;
  }
  return best && { operationId: best.operationId, rawParams: best.rawParams };
}
