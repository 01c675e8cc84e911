// One change to a valid request, for each constraint the spec states on it: the coverage phase
// applies each to the request's canonical form, the fuzz phase to generated valid requests.
import { pointerOf, segmentsOf } from '../../spec/pointer.js';
import { getAt, setAt, type Draft } from './draft.js';
import { leafProbes, type Probe } from './probes.js';
import type { OperationModel } from '../schema/operation.js';
import { flatten, typesOf, type FlatSchema, type Schema } from '../schema/schema.js';
import { preview } from './strings.js';
import { canonicalValue, childEnv, isFetched, type ValueEnv } from './values.js';

export interface Mutation {
  purpose: 'positive' | 'negative';
  /** The keyword or rule it is about (`minimum`, `oneOf`, `x-cf-expiry-window`). */
  constraint: string;
  /** Where: `/query/per_page`, `/body/options/fit`, `/body` for rules of the whole form. */
  pointer: string;
  label: string;
  apply(draft: Draft): Draft;
  /** The same break with other values, for where this one cannot be sent. */
  variants?: Mutation[];
}

/** How a place is named in labels: a parameter by its name, a body field by its path (`body.options.fit`). */
function placeName(pointer: string): string {
  const [where, ...rest] = segmentsOf(pointer);
  if (where === 'body') return ['body', ...rest].join('.');
  return rest.join('.');
}

const probeLabel = (pointer: string, value: unknown, why: string) => `${placeName(pointer)} = ${preview(value)} (${why})`;

export function probeMutation(pointer: string, probe: Probe, prepare: (d: Draft) => Draft = (d) => d): Mutation {
  const withValue = (value: unknown): Mutation => ({
    purpose: probe.purpose,
    constraint: probe.constraint,
    pointer,
    label: probeLabel(pointer, value, probe.why),
    apply: (d) => setAt(prepare(d), pointer, value),
  });
  return { ...withValue(probe.value), variants: probe.alternatives?.map(withValue) };
}

const negative = (constraint: string, pointer: string, label: string, apply: (d: Draft) => Draft): Mutation => ({
  purpose: 'negative',
  constraint,
  pointer,
  label,
  apply,
});

/**
 * The keys a request must leave out when it sets `key`: those the other branches of a `oneOf`
 * require (the value takes the branch that requires `key`), and the other optional keys of a `not`
 * rule that needs `key` (an id set next to signed URLs would break that rule too).
 */
function rivalsOf(flat: FlatSchema, key: string): string[] {
  const branches = flat.oneOf.flatMap((group) => {
    const keys = group.map((b) => flatten(b).required);
    const own = keys.find((k) => k.includes(key));
    return own ? keys.flatMap((k) => (k === own ? [] : k.filter((x) => !own.includes(x)))) : [];
  });
  const nots = flat.nots.map((n) => flatten(n).required).filter((keys) => keys.includes(key));
  return [...branches, ...nots.flatMap((keys) => keys.filter((k) => k !== key && !flat.required.includes(k)))];
}

const unusedKey = (flat: FlatSchema) => ['unexpected', 'unexpected2', 'unexpected3'].find((k) => !(k in flat.properties))!;

/** The rules of an object as a whole: required keys, no other keys, at least n keys, `oneOf`, `not`, its type. */
function wholeObjectMutations(flat: FlatSchema, at: string, env: ValueEnv): Mutation[] {
  const out: Mutation[] = [];
  const name = placeName(at);
  if (env.carrier === 'json') out.push(negative('type', at, `${name} = [] (an array instead of an object)`, (d) => setAt(d, at, [])));
  for (const key of flat.required)
    out.push(
      negative('required', pointerOf([...segmentsOf(at), key]), `${name} without ${key} (required)`, (d) =>
        setAt(d, pointerOf([...segmentsOf(at), key]), undefined),
      ),
    );
  if (flat.additionalProperties === false) {
    const extra = pointerOf([...segmentsOf(at), unusedKey(flat)]);
    out.push(negative('additionalProperties', extra, `${placeName(extra)} = "x" (no other keys are allowed)`, (d) => setAt(d, extra, 'x')));
  }
  if ((flat.minProperties ?? 0) > 0)
    out.push(negative('minProperties', at, `${name} = {} (at least ${flat.minProperties} key${flat.minProperties === 1 ? '' : 's'})`, (d) => setAt(d, at, {})));
  const keyAt = (k: string) => pointerOf([...segmentsOf(at), k]);
  const valueOf = (k: string) => canonicalValue(flat.properties[k] ?? true, childEnv(env, k));
  for (const branches of flat.oneOf) {
    const keys = branches.map((b) => flatten(b).required);
    const all = [...new Set(keys.flat())];
    const both = [...new Set([...keys[0], ...(keys[1] ?? [])])];
    out.push(
      negative('oneOf', at, `${name} with none of ${all.join(', ')} (oneOf: exactly one branch)`, (d) =>
        all.reduce((x, k) => setAt(x, keyAt(k), undefined), d),
      ),
    );
    if (keys.length > 1)
      out.push(
        negative('oneOf', at, `${name} with both ${both.join(' and ')} (oneOf: exactly one branch)`, (d) =>
          both.reduce((x, k) => setAt(x, keyAt(k), valueOf(k)), d),
        ),
      );
  }
  for (const not of flat.nots) {
    const rule = flatten(not);
    const values = rule.required.map(
      (k) => [k, rule.properties[k] && flatten(rule.properties[k]).const ? flatten(rule.properties[k]).const!.value : valueOf(k)] as const,
    );
    const shown = values.map(([k, v]) => `${k} = ${preview(v)}`).join(', ');
    out.push(
      negative('not', at, `${name} with ${shown} (${rule.description ?? 'matches a not schema'})`, (d) =>
        values.reduce((x, [k, v]) => setAt(x, keyAt(k), v), d),
      ),
    );
  }
  return out;
}

export interface ObjectOptions {
  safe: boolean;
  partTypes?: Record<string, string[]>;
}

/** A place in a value that holds no object with properties of its own, and how to make a request ready for a value there. */
export interface Slot {
  pointer: string;
  schema: Schema;
  env: ValueEnv;
  /** Leaves a oneOf branch the slot is not in, and puts a canonical parent object where there is none. */
  prepare(d: Draft): Draft;
  /** Whether a request with `value` here can be sent without reaching another operation (path parameters). */
  sendable?: (value: unknown) => boolean;
}

interface ObjectPlace {
  flat: FlatSchema;
  at: string;
  env: ValueEnv;
  prepare(d: Draft): Draft;
}

/** The objects (with properties) and the leaves of a value at `at`, recursively. */
export function placesOf(schema: Schema, at: string, env: ValueEnv, prepare: (d: Draft) => Draft = (d) => d): { objects: ObjectPlace[]; leaves: Slot[] } {
  const flat = flatten(schema);
  const objects: ObjectPlace[] = [{ flat, at, env, prepare }];
  const leaves: Slot[] = [];
  for (const [key, property] of Object.entries<Schema>(flat.properties)) {
    const pointer = pointerOf([...segmentsOf(at), key]);
    const inner = flatten(property);
    const penv = childEnv(env, key);
    const rivals = rivalsOf(flat, key);
    // A branch of a oneOf: the value takes that branch, so the keys of the others go.
    const own = (d: Draft) => rivals.reduce((x, k) => setAt(x, pointerOf([...segmentsOf(at), k]), undefined), prepare(d));
    if (typesOf(inner)?.[0] === 'object' && Object.keys(inner.properties).length) {
      const ensure = (d: Draft) => (getAt(own(d), pointer) !== undefined ? own(d) : setAt(own(d), pointer, canonicalValue(property, penv)));
      const nested = placesOf(property, pointer, penv, ensure);
      objects.push(...nested.objects);
      leaves.push(...nested.leaves);
    } else leaves.push({ pointer, schema: property, env: penv, prepare: own });
  }
  return { objects, leaves };
}

/** Every mutation of an object value at `at` and of what it holds, recursively. */
export function objectMutations(schema: Schema, at: string, env: ValueEnv, options: ObjectOptions): Mutation[] {
  const { objects, leaves } = placesOf(schema, at, env);
  const whole = objects.flatMap((o) => wholeObjectMutations(o.flat, o.at, o.env).map((m) => ({ ...m, apply: (d: Draft) => m.apply(o.prepare(d)) })));
  const probed = leaves.flatMap((slot) => {
    const key = segmentsOf(slot.pointer).at(-1)!;
    const probes = leafProbes(slot.schema, slot.env, {
      safe: options.safe,
      partTypes: segmentsOf(slot.pointer).length === 2 ? options.partTypes?.[key] : undefined,
    });
    return probes.filter((p) => p.purpose === 'negative' || !isFetched(slot.schema)).map((p) => probeMutation(slot.pointer, p, slot.prepare));
  });
  return [...whole, ...probed];
}

/** Mutations of the request body as a whole: missing, sent as another media type, not parseable. */
export function bodyMutations(model: OperationModel): Mutation[] {
  const body = model.body;
  if (!body) return [];
  const raw =
    (contentType: string, text: string) =>
    (d: Draft): Draft => ({ ...d, body: { raw: { contentType, bytes: new TextEncoder().encode(text) } } });
  const out: Mutation[] = [];
  if (body.required) out.push(negative('required', '/body', 'no request body (required)', (d) => ({ ...d, body: undefined })));
  out.push(negative('contentType', '/body', `body as text/plain (the operation takes ${body.contentType})`, raw('text/plain', 'not the declared media type')));
  if (body.multipart)
    out.push(
      negative(
        'contentType',
        '/body',
        'a multipart body that cannot be parsed (no closing boundary)',
        raw('multipart/form-data; boundary=cut', '--cut\r\nContent-Disposition: form-data; name="x"\r\n\r\nx'),
      ),
    );
  else out.push(negative('contentType', '/body', 'a JSON body that cannot be parsed', raw(body.contentType, '{"unterminated": ')));
  return out;
}
