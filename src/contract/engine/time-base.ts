// Values the spec makes relative to when a request is sent (`x-cf-expiry-window`: a direct upload's
// `expiry` between 2 minutes and 6 hours from now) are generated against the run's start. A case
// sent later — late in a long run, or after a 429's wait — has them moved by the time that passed,
// so it keeps the distance from "now" it was made with (a valid one stays valid, and an invalid
// one invalid).
import { resolveRef, specOperation, type Json } from '../../spec/document.js';
import { EXPIRY_WINDOW } from '../../spec/expiry-window.js';
import type { Case } from '../model/case.js';

const cache = new Map<string, readonly string[]>();

/** The body fields of an operation whose value is a time relative to the request. */
export function relativeTimeFields(operationId: string): readonly string[] {
  let fields = cache.get(operationId);
  if (!fields) {
    const content = specOperation(operationId).operation.requestBody?.content ?? {};
    const properties = Object.values<Json>(content).flatMap((media) => Object.entries<Json>(resolveRef(media.schema)?.properties ?? {}));
    fields = [...new Set(properties.filter(([, schema]) => resolveRef(schema)[EXPIRY_WINDOW]).map(([name]) => name))];
    cache.set(operationId, fields);
  }
  return fields;
}

const shifted = (value: unknown, by: number) => {
  if (typeof value !== 'string') return value;
  const at = Date.parse(value);
  return Number.isNaN(at) ? value : new Date(at + by).toISOString();
};

/** The case with its relative times moved from `generatedAt` to `now`. */
export function rebased(c: Case, generatedAt: number | undefined, now = Date.now()): Case {
  const fields = relativeTimeFields(c.operationId);
  if (generatedAt === undefined || !fields.length || !c.body || c.body.kind === 'raw') return c;
  const by = now - generatedAt;
  const move = <T extends Record<string, unknown>>(object: T): T =>
    Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fields.includes(k) ? shifted(v, by) : v])) as T;
  if (c.body.kind === 'multipart') return { ...c, body: { kind: 'multipart', fields: move(c.body.fields) } };
  const value = c.body.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? { ...c, body: { kind: 'json', value: move(value as Record<string, unknown>) } } : c;
}
