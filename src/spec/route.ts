// Which documented operation a request (method + URL) addresses: the one routing rule, shared by
// the checker, the proxy and the local server. Runtime-neutral.
import { facts, operations, type OperationId } from '../../generated/operations.js';

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
  /** The path parameter whose schema admits `/` (a custom image ID), which may span several segments. */
  spanning?: string;
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
    spanning: (op.parameters as readonly { name: string; spansSegments?: boolean }[]).find((p) => p.spansSegments)?.name,
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

/** The path of the spec's first server URL (`/client/v4`), the default base path of request URLs. */
export function specBasePath(): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.*)?$/i.exec(facts.serverUrl);
  return (match ? (match[1] ?? '') : facts.serverUrl).replace(/\/+$/, '');
}

interface Candidate {
  template: Template;
  /** Per raw segment: true where a literal segment of the template matched it. */
  literal: boolean[];
  /** How many raw segments beyond one the spanning parameter absorbed. */
  extra: number;
  /** Raw (still percent-encoded) segments of each path parameter. */
  params: Record<string, string[]>;
}

/**
 * Whether path segments can hold one parameter value: not empty at either end; only a spanning
 * image ID has several, and may have an empty one inside (`a//b`). The router and delivery URLs.
 */
export const holdsValue = (segments: readonly string[]) => segments.length > 0 && segments[0] !== '' && segments[segments.length - 1] !== '';

/** `template` against the raw segments, or undefined; `extra` segments go to its spanning parameter. */
function matchTemplate(template: Template, raw: string[]): Candidate | undefined {
  const extra = raw.length - template.segments.length;
  // A custom image ID with `/` may be sent unencoded (`/images/v1/products/sku-1/blob`) as well as with `%2F`.
  const spanAt = template.segments.findIndex((s) => 'param' in s && s.param === template.spanning);
  if (extra < 0 || (extra > 0 && spanAt < 0)) return undefined;
  const literal: boolean[] = [];
  const params: Record<string, string[]> = {};
  let p = 0;
  for (let i = 0; i < template.segments.length; i++) {
    const segment = template.segments[i];
    const width = i === spanAt ? extra + 1 : 1;
    const value = raw.slice(p, p + width);
    p += width;
    if ('literal' in segment) {
      if (value[0] !== segment.literal) return undefined;
      literal.push(true);
    } else {
      if (!holdsValue(value)) return undefined;
      params[segment.param] = value;
      literal.push(...value.map(() => false));
    }
  }
  return { template, literal, extra, params };
}

/**
 * Whether `a` is the better match: a literal segment where `b` has a parameter at the first
 * position they differ (`/images/v1/keys` is `listSigningKeys`, not `getImage`), else the narrower span.
 */
function beats(a: Candidate, b: Candidate): boolean {
  for (let i = 0; i < a.literal.length; i++) if (a.literal[i] !== b.literal[i]) return a.literal[i];
  return a.extra < b.extra;
}

export interface RouteMatch {
  operationId: OperationId;
  /** The template, e.g. `/accounts/{account_id}/images/v1/{image_id}`. */
  path: string;
  /** Path parameters, still percent-encoded; a spanning image ID's segments joined with `/`. */
  rawParams: Record<string, string>;
}

/**
 * The one routing rule, shared by the checker and the local server: `path` (after the base path,
 * raw) is split on literal `/`; literal segments are compared as written and beat parameters at
 * the first position where candidates differ; only a parameter whose schema admits `/` may span
 * several segments, and the narrower span wins a tie.
 */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const raw = path.split('/').slice(1);
  const upper = method.toUpperCase();
  let best: Candidate | undefined;
  for (const template of compile()) {
    if (template.method !== upper) continue;
    const candidate = matchTemplate(template, raw);
    if (candidate && (!best || beats(candidate, best))) best = candidate;
  }
  if (!best) return undefined;
  const rawParams = Object.fromEntries(Object.entries(best.params).map(([name, segments]) => [name, segments.join('/')]));
  return { operationId: best.template.operationId, path: best.template.path, rawParams };
}

/**
 * The operation `method url` addresses, or undefined (see `matchRoute` for the rule): e.g.
 * `/images/v1/keys` is `listSigningKeys`, `/images/v1/variants/hero` is `getVariant`, and
 * `/images/v1/a/b/blob` is the blob of image `a/b`. A trailing `/` is ignored.
 */
export function findOperation(method: string, url: string, options: FindOperationOptions = {}): OperationMatch | undefined {
  let path = pathOf(url);
  const basePath = (options.basePath ?? specBasePath()).replace(/\/+$/, '');
  if (basePath && (path === basePath || path.startsWith(`${basePath}/`))) path = path.slice(basePath.length) || '/';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const match = matchRoute(method, path);
  if (!match) return undefined;
  const pathParams = Object.fromEntries(Object.entries(match.rawParams).map(([name, value]) => [name, value.split('/').map(decode).join('/')]));
  return { operationId: match.operationId, path: match.path, pathParams };
}
