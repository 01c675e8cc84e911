// How a change Redocly reports reads in the gate's report: where it is (an operation, a parameter,
// a schema path like `result.images[].filename`) and what changed, for changes no rule rated.
import { HTTP_METHODS } from '../../src/spec/http-methods.js';
import { unescapePointerSegment } from '../../src/spec/pointer.js';

export type Impact = 'major' | 'minor' | 'patch';

interface RedoclyLocation {
  file: string;
  pointer: string;
  line: number;
  col: number;
  value?: unknown;
}

export interface RedoclyChange {
  path: string;
  typeName: string;
  kind: 'added' | 'removed' | 'modified';
  impact: Impact;
  verdicts: { ruleId: string; impact: Impact; message: string }[];
  property?: string;
  base?: RedoclyLocation;
  revision?: RedoclyLocation;
}

export interface SpecChange {
  breaking: boolean;
  impact: Impact;
  kind: RedoclyChange['kind'];
  /** e.g. `GET /accounts/{account_id}/images/v1 › response 200 application/json: result.images[].filename` */
  where: string;
  /** Redocly's message(s), or a description of the change when no rule fired. */
  detail: string;
  /** Redocly rule ids that rated the change (empty for unrated minor / patch changes). */
  rules: string[];
  /** file:line of the change (in the head spec, or the base one for removals). */
  at: string;
  /** Its identity across diffs from the same base (see diff-sections.ts). */
  key: string;
}

/** The identity of a change, equal in two diffs from the same base when the changed node is the same. */
export function changeKey(change: RedoclyChange): string {
  const rules = change.verdicts.map((v) => v.ruleId).sort();
  return JSON.stringify([change.path, change.kind, change.property ?? null, change.impact, rules, change.base?.value ?? null, change.revision?.value ?? null]);
}

export interface Context {
  label: (file: string) => string;
  docs: { base: unknown; head: unknown };
}

/** The node a pointer into the dereferenced description points at, following local `$ref`s. */
function walk(doc: unknown, segments: string[]): unknown {
  const deref = (node: unknown, depth = 0): unknown => {
    const ref = (node as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 20) return node;
    return deref(walk(doc, decodePointer(ref)), depth + 1);
  };
  let node = deref(doc);
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = deref((node as Record<string, unknown>)[segment]);
  }
  return node;
}

function decodePointer(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => unescapePointerSegment(decodeURIComponent(s)));
}

/** `…/properties/result/properties/images/items/properties/filename` → `result.images[].filename` */
function schemaPath(segments: string[]): string {
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s === 'properties' && i + 1 < segments.length) out += `.${segments[++i]}`;
    else if (s === 'items') out += '[]';
    else if (s === 'additionalProperties') out += '{*}';
    else if ((s === 'allOf' || s === 'anyOf' || s === 'oneOf') && /^\d+$/.test(segments[i + 1] ?? '')) i++;
    else out += `/${s}`;
  }
  return out.replace(/^\./, '');
}

/** A readable location for a change's pointer into the (dereferenced) description. */
function describeWhere(pointer: string, doc: unknown): string {
  const seg = decodePointer(pointer);
  if (seg[0] !== 'paths' || seg.length < 2) return seg.join('/') || '(document)';
  const path = seg[1];
  if (!seg[2] || !(HTTP_METHODS as readonly string[]).includes(seg[2])) return seg.length > 2 ? `${path} › ${seg.slice(2).join('/')}` : path;
  const op = `${seg[2].toUpperCase()} ${path}`;
  const rest = seg.slice(3);
  if (!rest.length) return op;
  if (rest[0] === 'responses' && rest[2] === 'content' && rest[4] === 'schema') {
    const inner = schemaPath(rest.slice(5));
    return `${op} › response ${rest[1]} ${rest[3]}${inner ? `: ${inner}` : ''}`;
  }
  if (rest[0] === 'requestBody' && rest[1] === 'content' && rest[3] === 'schema') {
    const inner = schemaPath(rest.slice(4));
    return `${op} › request body ${rest[2]}${inner ? `: ${inner}` : ''}`;
  }
  if (rest[0] === 'parameters' && rest[1] !== undefined) {
    // Name the parameter (path-level ones are reported at the path item, operation ones here).
    const param = walk(doc, seg.slice(0, 5)) as { name?: unknown; in?: unknown } | undefined;
    if (param && typeof param.name === 'string') {
      const inner = rest[2] === 'schema' ? schemaPath(rest.slice(3)) : rest.slice(2).join('/');
      return `${op} › ${String(param.in)} parameter \`${param.name}\`${rest[2] === 'schema' ? ' schema' : ''}${inner ? `: ${inner}` : ''}`;
    }
  }
  return `${op} › ${rest.join('/')}`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return '(none)';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** What changed, for changes no rule rated (minor / patch): Redocly reports them without a message. */
function describeUnrated(change: RedoclyChange): string {
  const value = (change.kind === 'removed' ? change.base : change.revision)?.value as Record<string, unknown> | undefined;
  if (change.kind === 'modified') return `\`${change.property}\` changed from ${formatValue(change.base?.value)} to ${formatValue(change.revision?.value)}`;
  if (change.typeName === 'Parameter' && value && typeof value === 'object') {
    return `${value.required ? 'required' : 'optional'} ${String(value.in)} parameter \`${String(value.name)}\` ${change.kind}`;
  }
  if (change.typeName === 'Operation' && value && typeof value === 'object' && value.operationId) {
    return `operation \`${String(value.operationId)}\` ${change.kind}`;
  }
  const last = decodePointer(change.path).at(-1);
  const parent = decodePointer(change.path).at(-2);
  if (change.typeName === 'Schema' && parent === 'properties') return `property \`${last}\` ${change.kind}`;
  return `${change.typeName} ${change.kind}`;
}

export function describeChange(change: RedoclyChange, { label, docs }: Context): SpecChange {
  const loc = change.revision ?? change.base;
  return {
    // Redocly rates a change "major" when it breaks existing clients; minor and patch do not.
    breaking: change.impact === 'major',
    impact: change.impact,
    kind: change.kind,
    where: describeWhere(change.path, change.kind === 'removed' ? docs.base : docs.head),
    detail: change.verdicts.length ? change.verdicts.map((v) => `${v.message} (${v.ruleId})`).join('; ') : describeUnrated(change),
    rules: change.verdicts.map((v) => v.ruleId),
    at: loc ? `${label(loc.file)}:${loc.line}` : '',
    key: changeKey(change),
  };
}
