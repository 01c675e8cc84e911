// Which documented operation a request (method + URL) addresses. Runtime-neutral.
import { operations, type OperationId } from '../../generated/operations.js';
import { specBasePath } from './spec.js';

export interface OperationMatch {
  operationId: OperationId;
  /** The template the request matched, e.g. `/accounts/{account_id}/images/v1/{image_id}`. */
  path: string;
  /** Path parameters, percent-decoded (`products%2Fsku-1` → `products/sku-1`). */
  pathParams: Record<string, string>;
}

export interface FindOperationOptions {
  /**
   * A prefix stripped from the request path before matching (the server URL's path). Defaults to
   * the path of the spec's server URL (`/client/v4`), stripped only when the request path has it;
   * pass `''` to strip nothing.
   */
  basePath?: string;
}

type Segment = { literal: string } | { param: string };

interface Template {
  operationId: OperationId;
  method: string;
  path: string;
  segments: Segment[];
}

let templates: Template[] | undefined;

function compile(): Template[] {
  templates ??= Object.values(operations).map((op) => ({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    segments: op.path
      .split('/')
      .slice(1)
      .map((s): Segment => {
        const m = /^\{([^}]+)\}$/.exec(s);
        return m ? { param: m[1] } : { literal: s };
      }),
  }));
  return templates;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed percent-encoding: match it as written
  }
}

/** The path part of `url` (absolute URL, or a path with optional query and fragment), still percent-encoded. */
export function pathOf(url: string): string {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const rest = absolute ? url.slice(absolute[0].length) : url;
  const path = rest.split(/[?#]/, 1)[0];
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * The operation `method url` addresses, or undefined. Literal segments beat templated ones at the
 * first position where candidates differ, so `/images/v1/keys` is `listSigningKeys`, not `getImage`.
 * A path parameter is one segment: a custom image ID with `/` must be sent as `%2F`.
 */
export function findOperation(method: string, url: string, options: FindOperationOptions = {}): OperationMatch | undefined {
  let path = pathOf(url);
  const basePath = (options.basePath ?? specBasePath()).replace(/\/+$/, '');
  if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) path = path.slice(basePath.length) || '/';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const raw = path.split('/').slice(1);
  const upper = method.toUpperCase();

  let best: { template: Template; score: boolean[] } | undefined;
  for (const template of compile()) {
    if (template.method !== upper || template.segments.length !== raw.length) continue;
    const score: boolean[] = [];
    let ok = true;
    for (let i = 0; i < raw.length && ok; i++) {
      const segment = template.segments[i];
      if ('literal' in segment) {
        ok = decode(raw[i]) === segment.literal;
        score.push(true);
      } else {
        ok = raw[i].length > 0;
        score.push(false);
      }
    }
    if (!ok) continue;
    if (!best || beats(score, best.score)) best = { template, score };
  }
  if (!best) return undefined;
  const pathParams: Record<string, string> = {};
  best.template.segments.forEach((segment, i) => {
    if ('param' in segment) pathParams[segment.param] = decode(raw[i]);
  });
  return { operationId: best.template.operationId, path: best.template.path, pathParams };
}

/** True when `a` has a literal segment where `b` has a parameter, at the first position they differ. */
function beats(a: boolean[], b: boolean[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i];
  return false;
}
