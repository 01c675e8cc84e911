// The rules that keep a contract run against a live account safe, over every phase.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts, operations, type OperationId } from '../../generated/operations.js';
import type { Case } from '../../src/contract/model/case.js';
import { WINDOW_MARGIN_SECONDS, coverageCases, exampleCases, fuzzCase } from '../../src/contract/generate/index.js';
import { NOW, context, withResources } from './fixtures.js';

const ids = Object.keys(operations) as OperationId[];
const ctx = withResources();
const resources = new Set(Object.values(ctx.resources));
const sample = (id: OperationId, purpose: 'positive' | 'negative') => fc.sample(fuzzCase(id, ctx, purpose), { numRuns: 60, seed: 7 });
const all: Case[] = [...exampleCases(ctx), ...ids.flatMap((id) => [...coverageCases(id, ctx), ...sample(id, 'positive'), ...sample(id, 'negative')])];
const positives = all.filter((c) => c.purpose === 'positive');
/** A case as text, file parts by their size and 64 sampled bytes (comparing 10 MB arrays element by element takes minutes). */
const fingerprint = (c: Case) =>
  JSON.stringify(c, (_, v) =>
    v instanceof Uint8Array ? `${v.byteLength} bytes, ${Array.from({ length: 64 }, (_, i) => v[Math.floor((i * v.byteLength) / 64)]).join('.')}` : v,
  );
const method = (c: Case) => operations[c.operationId].method;
const fields = (c: Case): Record<string, unknown> =>
  c.body?.kind === 'multipart'
    ? c.body.fields
    : c.body?.kind === 'json' && c.body.value && typeof c.body.value === 'object'
      ? (c.body.value as Record<string, unknown>)
      : {};
/** Names a valid case of these operations creates: custom image ids, variant names in bodies. */
const CREATED_IN_BODY: Partial<Record<OperationId, string>> = { uploadImage: 'id', createDirectUpload: 'id', createVariant: 'id' };

describe('generated cases are safe to send to a live account', () => {
  it('no valid case of a DELETE or PUT addresses a resource of the target; their names start with the run tag', () => {
    const changing = positives.filter((c) => ['DELETE', 'PUT'].includes(method(c)));
    expect(changing.length).toBeGreaterThan(50);
    for (const c of changing) for (const value of Object.values(c.path ?? {})) expect(value, c.label).toMatch(/^ct7x/);
  });

  it('a valid PATCH addresses a resource of the target or a name of the run', () => {
    const patches = positives.filter((c) => method(c) === 'PATCH');
    expect(patches.length).toBeGreaterThan(5);
    for (const c of patches)
      for (const value of Object.values(c.path ?? {})) expect(resources.has(value) || value.startsWith('ct7x'), `${c.label}: ${value}`).toBe(true);
  });

  it('every name a valid case creates starts with the run tag', () => {
    const creating = positives.filter((c) => CREATED_IN_BODY[c.operationId] && CREATED_IN_BODY[c.operationId]! in fields(c));
    expect(creating.length).toBeGreaterThan(50);
    for (const c of creating) expect(String(fields(c)[CREATED_IN_BODY[c.operationId]!]), c.label).toMatch(/^ct7x/);
  });

  it('no valid case uploads from a URL; a URL in an invalid case cannot resolve', () => {
    for (const c of positives) expect('url' in fields(c), c.label).toBe(false);
    const urls = all.flatMap((c) => ('url' in fields(c) ? [String(fields(c).url)] : []));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).not.toMatch(/^https?:\/\/(?![^/]*\.invalid\/)/);
  });

  it('expiry values keep a margin from both edges of the window', () => {
    const { minSeconds, maxSeconds } = facts.expiryWindow;
    const expiries = all
      .filter((c) => c.operationId === 'createDirectUpload' && typeof fields(c).expiry === 'string')
      .map((c) => ({ c, s: (Date.parse(String(fields(c).expiry)) - NOW) / 1000 }));
    expect(expiries.length).toBeGreaterThan(20);
    for (const { c, s } of expiries) {
      if (Number.isNaN(s)) continue;
      if (c.purpose === 'positive') expect(s >= minSeconds + WINDOW_MARGIN_SECONDS && s <= maxSeconds - WINDOW_MARGIN_SECONDS, c.label).toBe(true);
      else if (c.pointer === '/body/expiry' && !c.label.includes('without a time'))
        expect(s <= minSeconds - WINDOW_MARGIN_SECONDS || s >= maxSeconds + WINDOW_MARGIN_SECONDS, c.label).toBe(true);
    }
  });

  it('every case is labelled; every invalid one says where it breaks the spec', () => {
    for (const c of all) {
      expect(c.label.length, JSON.stringify(c.path)).toBeGreaterThan(5);
      if (c.purpose === 'negative') expect(c.pointer, c.label).toMatch(/^\/(path|query|body)(\/|$)/);
      else expect(c.pointer).toBeUndefined();
    }
  });

  it('the examples and coverage phases are deterministic', () => {
    const again = [...exampleCases(withResources()), ...ids.flatMap((id) => coverageCases(id, withResources()))];
    expect(again.map(fingerprint)).toEqual(all.filter((c) => c.phase !== 'fuzz').map(fingerprint));
  });

  it('refuses a run tag that could not start every name', () => {
    expect(() => coverageCases('listImages', context({ runTag: 'run-1' }))).toThrow(/runTag/);
    expect(() => exampleCases(context({ runTag: 'toolongtag' }))).toThrow(/runTag/);
  });
});
