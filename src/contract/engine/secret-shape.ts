// Which strings of a response may be secret, failing closed. An operation whose documented
// responses hold a value the spec marks `x-cf-secret` (the signing-key operations) may leak that
// value in any shape a server chooses — keys as a name→value map, under another property, in an
// array of pairs. For such an operation only the strings at places the spec declares (and does not
// mark secret) count as safe to show; every other string, and every property name the spec does
// not declare, is taken for a secret. Derived from the spec, never a hand-written list.
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { escapePointerSegment } from '../../spec/pointer.js';
import { isSecretPointer, secretStrings } from '../checks/redact.js';

/**
 * A place in a body, as a shape: object keys escaped as in a JSON pointer, every array index as
 * ITEM (a bare `~`, which no escaped key is), so an array's items never match an object's keys.
 */
const ITEM = '~';
/** In a pattern: any object key (additionalProperties, patternProperties). */
const ANY_KEY = '*';

interface Shape {
  /** The documented responses hold an `x-cf-secret` value. */
  bearsSecret: boolean;
  /** Patterns of every place the documented responses declare (secret places included: their names are the spec's). */
  declared: readonly string[];
  /** Of those, the places where a string is declared and no schema at the same place forbids one; never a secret place. */
  strings: readonly string[];
}

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Whether a schema itself lets a string stand at its place: true, false (its `type` says not), or undefined (it leaves that to others). */
function stringAllowed(schema: Json): boolean | undefined {
  const { type } = schema;
  if (type !== undefined) return type === 'string' || (Array.isArray(type) && type.includes('string'));
  if ('const' in schema) return typeof schema.const === 'string';
  if (Array.isArray(schema.enum)) return schema.enum.some((v: unknown) => typeof v === 'string');
  // A schema with structure but no type describes what is inside, not a string.
  if (['properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', ...COMBINATORS].some((k) => k in schema)) return undefined;
  return true;
}

function shapeFromSpec(operationId: string): Shape {
  const declared = new Set<string>();
  const allows = new Set<string>();
  // A place where one schema says string and another (an allOf branch, another response) says not is not a string place: failing closed.
  const forbids = new Set<string>();
  let bearsSecret = false;
  const walk = (node: Json, at: string, refs: readonly string[]): void => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') {
      if (!refs.includes(node.$ref)) walk(resolveRef(node), at, [...refs, node.$ref]);
      return;
    }
    declared.add(at);
    if (node['x-cf-secret'] === true) {
      bearsSecret = true;
      forbids.add(at);
      return;
    }
    const string = stringAllowed(node);
    if (string === true) allows.add(at);
    if (string === false) forbids.add(at);
    for (const [name, child] of Object.entries<Json>(node.properties ?? {})) walk(child, `${at}/${escapePointerSegment(name)}`, refs);
    for (const child of Object.values<Json>(node.patternProperties ?? {})) walk(child, `${at}/${ANY_KEY}`, refs);
    // `additionalProperties: true` (or absent) declares nothing: an undeclared property is not safe to show.
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${at}/${ANY_KEY}`, refs);
    if (node.items && typeof node.items === 'object') walk(node.items, `${at}/${ITEM}`, refs);
    for (const child of node.prefixItems ?? []) walk(child, `${at}/${ITEM}`, refs);
    for (const key of COMBINATORS) for (const child of node[key] ?? []) walk(child, at, refs);
  };
  for (const response of Object.values<Json>(specOperation(operationId).operation.responses ?? {})) {
    for (const media of Object.values<Json>(resolveRef(response).content ?? {})) walk(media.schema, '', []);
  }
  return { bearsSecret, declared: [...declared], strings: [...allows].filter((p) => !forbids.has(p)) };
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

const segmentMatches = (pattern: string, segment: string) => pattern === segment || (pattern === ANY_KEY && segment !== ITEM);
const matches = (pattern: string, place: string) => {
  const want = pattern.split('/');
  const got = place.split('/');
  return want.length === got.length && want.every((s, i) => segmentMatches(s, got[i]));
};
const matchesAny = (patterns: readonly string[], place: string) => patterns.some((p) => matches(p, place));

/**
 * The strings of a response body that may be secret: for an operation whose responses bear a
 * secret, every string and property name outside the places the spec declares non-secret; for any
 * other operation, the values at the spec's secret pointers, read there (its body is not walked).
 */
export function possibleSecrets(operationId: string, body: unknown): string[] {
  const shape = shapeOf(operationId);
  if (!shape?.bearsSecret) return secretStrings(body);
  const found: string[] = [];
  const walk = (node: unknown, pointer: string, place: string, declared: boolean): void => {
    if (typeof node === 'string') {
      if (isSecretPointer(pointer) || !(declared && matchesAny(shape.strings, place))) found.push(node);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const array = Array.isArray(node);
    for (const [key, value] of Object.entries(node)) {
      const segment = escapePointerSegment(key);
      const childPlace = `${place}/${array ? ITEM : segment}`;
      const childDeclared = declared && matchesAny(shape.declared, childPlace);
      if (!childDeclared && !array) found.push(key);
      walk(value, `${pointer}/${segment}`, childPlace, childDeclared);
    }
  };
  walk(body, '', '', true);
  return found;
}
