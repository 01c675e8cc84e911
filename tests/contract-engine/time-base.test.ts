// Times the spec makes relative to the request (a direct upload's `expiry`) are moved, when a case
// is sent, by the time since the run generated it: a valid case stays valid after a long wait.
import { describe, expect, it } from 'vitest';
import { rebased, relativeTimeFields } from '../../src/contract/engine/time-base.js';
import type { Case } from '../../src/contract/model/case.js';

const at = Date.parse('2026-12-06T12:00:00.000Z');
const directUpload = (expiry: string): Case => ({
  operationId: 'createDirectUpload',
  phase: 'coverage',
  purpose: 'positive',
  label: 'x',
  body: { kind: 'multipart', fields: { expiry, creator: 'c' } },
});

describe('rebased', () => {
  it('finds the relative-time fields from the spec (x-cf-expiry-window)', () => {
    expect(relativeTimeFields('createDirectUpload')).toEqual(['expiry']);
    expect(relativeTimeFields('uploadImage')).toEqual([]);
  });

  it('moves them by the time that passed, and nothing else', () => {
    const sent = rebased(directUpload(new Date(at + 10 * 60_000).toISOString()), at, at + 6 * 60_000);
    expect(sent.body).toEqual({ kind: 'multipart', fields: { expiry: new Date(at + 16 * 60_000).toISOString(), creator: 'c' } });
  });

  it('leaves a case alone without a time base, a value that is not a date, or another operation', () => {
    const c = directUpload('not a date');
    expect(rebased(c, at, at + 1000)).toEqual(c);
    const d = directUpload(new Date(at).toISOString());
    expect(rebased(d, undefined, at + 1000)).toBe(d);
    const other: Case = { operationId: 'updateImage', phase: 'coverage', purpose: 'positive', label: 'x', body: { kind: 'json', value: { creator: 'x' } } };
    expect(rebased(other, at, at + 1000)).toBe(other);
  });
});
