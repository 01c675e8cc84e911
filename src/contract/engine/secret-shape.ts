// Which strings of a response may be secret, failing closed. An operation whose documented
// responses hold a value the spec marks `x-cf-secret` (the signing-key operations) may leak that
// value in any shape a server chooses — keys as a name→value map, under another property, in an
// array of pairs. For such an operation only the strings at places the spec declares (and does not
// mark secret) count as safe to show; every other string, and every property name the spec does
// not declare, is taken for a secret. Derived from the spec, never a hand-written list.
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { escapePointerSegment, pointerMatches } from '../../spec/pointer.js';
import { isSecretPointer } from '../redact.js';

interface Shape {
  /** The documented responses hold an `x-cf-secret` value. */
  bearsSecret: boolean;
  /** Pointer patterns (`*` for any index or key) of every place the documented responses declare, secret places excepted. */
  declared: readonly string[];
  /** Of those, the places where a string is declared. */
  strings: readonly string[];
}

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Whether a schema (not a combinator of others) lets a string stand at its place. */
function declaresString(schema: Json): boolean {
  const { type } = schema;
  if (type !== undefined) return type === 'string' || (Array.isArray(type) && type.includes('string'));
  if ('const' in schema) return typeof schema.const === 'string';
  if (Array.isArray(schema.enum)) return schema.enum.some((v: unknown) => typeof v === 'string');
  // A schema with structure but no type describes what is inside, not a string.
  return !['properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', ...COMBINATORS].some((k) => k in schema);
}

function shapeFromSpec(operationId: string): Shape {
  const declared = new Set<string>();
  const strings = new Set<string>();
  let bearsSecret = false;
  const walk = (node: Json, at: string, refs: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      if (!refs.includes(node.$ref)) walk(resolveRef(node), at, [...refs, node.$ref]);
      return;
    }
    if (node['x-cf-secret'] === true) {
      bearsSecret = true;
      return;
    }
    declared.add(at);
    if (declaresString(node)) strings.add(at);
    for (const [name, child] of Object.entries<Json>(node.properties ?? {})) walk(child, `${at}/${escapePointerSegment(name)}`, refs);
    for (const child of Object.values<Json>(node.patternProperties ?? {})) walk(child, `${at}/*`, refs);
    // `additionalProperties: true` (or absent) declares nothing: an undeclared property is not safe to show.
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${at}/*`, refs);
    if (node.items && typeof node.items === 'object') walk(node.items, `${at}/*`, refs);
    for (const child of node.prefixItems ?? []) walk(child, `${at}/*`, refs);
    for (const key of COMBINATORS) for (const child of node[key] ?? []) walk(child, at, refs);
  };
  for (const response of Object.values<Json>(specOperation(operationId).operation.responses ?? {})) {
    for (const media of Object.values<Json>(resolveRef(response).content ?? {})) walk(media.schema, '', []);
  }
  return { bearsSecret, declared: [...declared], strings: [...strings] };
}

const shapes = new Map<string, Shape>();

function shapeOf(operationId: string): Shape | undefined {
  let shape = shapes.get(operationId);
  if (!shape) {
    try {
      shape = shapeFromSpec(operationId);
    } catch {
      return undefined; // not an operation of the spec
    }
    shapes.set(operationId, shape);
  }
  return shape;
}

/** Whether the operation's documented responses hold a secret (`x-cf-secret`). */
export const bearsSecret = (operationId: string) => shapeOf(operationId)?.bearsSecret ?? false;

const matchesAny = (patterns: readonly string[], pointer: string) => patterns.some((p) => pointerMatches(p, pointer));

/**
 * The strings of a response body that may be secret: for an operation whose responses bear a
 * secret, every string and property name outside the places the spec declares non-secret; for any
 * operation, the values at the spec's secret pointers.
 */
export function possibleSecrets(operationId: string, body: unknown): string[] {
  const shape = shapeOf(operationId);
  const closed = shape?.bearsSecret ?? false;
  const found: string[] = [];
  const walk = (node: unknown, pointer: string, declared: boolean): void => {
    if (typeof node === 'string') {
      if (isSecretPointer(pointer) || (closed && !(declared && matchesAny(shape!.strings, pointer)))) found.push(node);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const child = `${pointer}/${escapePointerSegment(key)}`;
      const childDeclared = closed && declared && matchesAny(shape!.declared, child);
      if (closed && !childDeclared && !Array.isArray(node)) found.push(key);
      walk(value, child, childDeclared);
    }
  };
  walk(body, '', true);
  return found;
}
