import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { HTTP_METHODS } from '../../src/spec/http-methods.js';
import { escapePointerSegment, unescapePointerSegment } from '../../src/spec/pointer.js';

const SPEC_ROOT = 'openapi/images.yaml';
export const GENERATED_HEADER = `generated from ${SPEC_ROOT} by \`npm run generate\` — do not edit`;

export type JsonObject = Record<string, any>;

/** Bundles the spec into one JSON document: YAML aliases expanded, internal `$ref`s kept. */
export function bundleSpec(root = SPEC_ROOT): JsonObject {
  const doc = parse(readFileSync(root, 'utf8'), { maxAliasCount: -1 }) as JsonObject;
  return { 'x-generated': GENERATED_HEADER, ...doc };
}

export function resolveRef<T = JsonObject>(spec: JsonObject, value: any): T {
  let node = value;
  while (node && typeof node.$ref === 'string') node = pointer(spec, node.$ref);
  return node as T;
}

export function pointer(spec: JsonObject, ref: string): any {
  if (!ref.startsWith('#/')) throw new Error(`only internal refs are supported, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map(unescapePointerSegment)
    .reduce((node, key) => {
      if (node == null || !(key in node)) throw new Error(`dangling $ref ${ref}`);
      return node[key];
    }, spec as any);
}

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  pointer: string;
  operation: JsonObject;
  parameters: JsonObject[];
}

/** Every operation with its path-level and operation-level parameters resolved. */
export function listOperations(spec: JsonObject): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [path, item] of Object.entries<JsonObject>(spec.paths ?? {})) {
    const shared = (item.parameters ?? []).map((p: any) => resolveRef(spec, p));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const own = (operation.parameters ?? []).map((p: any) => resolveRef(spec, p));
      const byKey = new Map<string, JsonObject>();
      for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
      out.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pointer: `#/paths/${escapePointerSegment(path)}/${method}`,
        operation,
        parameters: [...byKey.values()],
      });
    }
  }
  return out;
}
