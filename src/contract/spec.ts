// Facts the contract checker needs that the generated manifest (generated/operations.ts) does not
// carry: the schema of each documented response header, and the named examples of every response.
// Read once, lazily, from the bundled spec. Runtime-neutral: a JSON import, no node: modules.
import spec from '../../generated/openapi.json' with { type: 'json' };

type Json = any;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * What the spec's response header schemas use (`cf-ray`, `Retry-After`): `type: string` and a
 * `pattern`. A test keeps the spec to this; header values are strings on the wire.
 */
export interface HeaderSchema {
  type?: string;
  pattern?: string;
  examples?: unknown[];
}

export interface DocumentedHeader {
  /** The name as the spec spells it (`Retry-After`). */
  name: string;
  required: boolean;
  schema: HeaderSchema | undefined;
}

export interface ResponseExample {
  operationId: string;
  method: string;
  path: string;
  /** The response key as written in the spec: `200`, `404`, `4XX`, `5XX`. */
  status: string;
  mediaType: string;
  /** The example's key (what Prism's `Prefer: example=<name>` selects). */
  name: string;
  value: unknown;
}

/** A node of the bundled spec with its `$ref` chain followed (internal refs only). */
export function resolveSpecRef(node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot resolve $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<Json>((n, key) => (n == null ? undefined : n[key]), spec);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
}

interface Loaded {
  /** operationId → response key → lower-case header name → header. */
  headers: Map<string, Map<string, Map<string, DocumentedHeader>>>;
  examples: ResponseExample[];
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const headers: Loaded['headers'] = new Map();
  const examples: ResponseExample[] = [];
  for (const [path, item] of Object.entries<Json>((spec as Json).paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const byStatus = new Map<string, Map<string, DocumentedHeader>>();
      headers.set(operation.operationId, byStatus);
      for (const [status, responseOrRef] of Object.entries<Json>(operation.responses ?? {})) {
        const response = resolveSpecRef(responseOrRef);
        const byName = new Map<string, DocumentedHeader>();
        for (const [name, headerOrRef] of Object.entries<Json>(response.headers ?? {})) {
          const header = resolveSpecRef(headerOrRef);
          byName.set(name.toLowerCase(), {
            name,
            required: header.required === true,
            schema: header.schema ? resolveSpecRef(header.schema) : undefined,
          });
        }
        byStatus.set(status, byName);
        for (const [mediaType, media] of Object.entries<Json>(response.content ?? {})) {
          for (const [name, exampleOrRef] of Object.entries<Json>(media.examples ?? {})) {
            examples.push({
              operationId: operation.operationId,
              method: method.toUpperCase(),
              path,
              status,
              mediaType,
              name,
              value: resolveSpecRef(exampleOrRef).value,
            });
          }
        }
      }
    }
  }
  loaded = { headers, examples };
  return loaded;
}

/** The documented headers of one response (keyed by lower-case name); empty when there are none. */
export function documentedHeaders(operationId: string, statusKey: string): ReadonlyMap<string, DocumentedHeader> {
  return load().headers.get(operationId)?.get(statusKey) ?? new Map();
}

/** Every named response example of the spec (JSON and binary), with where it is documented. */
export function responseExamples(): readonly ResponseExample[] {
  return load().examples;
}

/** The path of the spec's first server URL (`/client/v4`), the default base path of request URLs. */
export function specBasePath(): string {
  const url: string | undefined = (spec as Json).servers?.[0]?.url;
  if (!url) return '';
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.*)?$/i.exec(url);
  return (match ? match[1] ?? '' : url).replace(/\/+$/, '');
}

/** Why a header value breaks its schema (`type: string` and `pattern`), or undefined when it conforms. */
export function headerValueProblem(schema: HeaderSchema | undefined, value: string): string | undefined {
  if (schema?.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return `must match pattern "${schema.pattern}"`;
  return undefined;
}
