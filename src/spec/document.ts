// The bundled spec (generated/openapi.json), read once, lazily: `$ref` resolution, component
// schemas, the documented headers and the named examples of every operation. Runtime-neutral (a
// JSON import, no node: modules) — but it carries the whole spec, so the client never imports it.
import specJson from '../../generated/openapi.json' with { type: 'json' };
import { HTTP_METHODS } from './http-methods.js';
import { unescapePointerSegment } from './pointer.js';

// The bundled spec is plain JSON whose shape only the spec knows.
export type Json = any;

export const spec: Json = specJson;

/** A node of the bundled spec with its `$ref` chain followed (internal refs only). */
export function resolveRef(node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/') || seen.has(ref)) throw new Error(`cannot resolve $ref ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map(unescapePointerSegment)
      .reduce<Json>((n, key) => (n == null ? undefined : n[key]), spec);
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
}

/** A component schema (`components.schemas.<name>`), for the limits and patterns it states. */
export function componentSchema(name: string): Json {
  const schema = resolveRef(spec.components?.schemas?.[name]);
  if (!schema) throw new Error(`the spec has no components.schemas.${name}`);
  return schema;
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  pathItem: Json;
  operation: Json;
}

let operationList: SpecOperation[] | undefined;

/** Every operation of the spec, in the spec's order. */
function specOperations(): readonly SpecOperation[] {
  operationList ??= Object.entries<Json>(spec.paths ?? {}).flatMap(([path, pathItem]) =>
    HTTP_METHODS.filter((m) => pathItem[m]).map((m) => ({
      operationId: pathItem[m].operationId,
      method: m.toUpperCase(),
      path,
      pathItem,
      operation: pathItem[m],
    })),
  );
  return operationList;
}

export function specOperation(operationId: string): SpecOperation {
  const found = specOperations().find((o) => o.operationId === operationId);
  if (!found) throw new Error(`the spec has no operation ${operationId}`);
  return found;
}

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
  for (const { operationId, method, path, operation } of specOperations()) {
    const byStatus = new Map<string, Map<string, DocumentedHeader>>();
    headers.set(operationId, byStatus);
    for (const [status, responseOrRef] of Object.entries<Json>(operation.responses ?? {})) {
      const response = resolveRef(responseOrRef);
      const byName = new Map<string, DocumentedHeader>();
      for (const [name, headerOrRef] of Object.entries<Json>(response.headers ?? {})) {
        const header = resolveRef(headerOrRef);
        byName.set(name.toLowerCase(), { name, required: header.required === true, schema: header.schema ? resolveRef(header.schema) : undefined });
      }
      byStatus.set(status, byName);
      for (const [mediaType, media] of Object.entries<Json>(response.content ?? {})) {
        for (const [name, exampleOrRef] of Object.entries<Json>(media.examples ?? {})) {
          examples.push({ operationId, method, path, status, mediaType, name, value: resolveRef(exampleOrRef).value });
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
