// A valid request's refusal statuses come from the spec: every explicit 4xx an operation documents,
// shared or its own (listImagesV2 documents its 400 inline), but "not found" and the rate limit.
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { refusalStatuses } from '../../src/contract/engine/judge.js';

describe('refusalStatuses', () => {
  it('holds every documented 400, 401, 403 and 415, and never 404 or 429', () => {
    for (const [id, op] of Object.entries(operations)) {
      const documented = Object.keys(op.responses);
      const refusals = refusalStatuses(id);
      for (const code of [400, 401, 403, 415]) expect(refusals.has(code), `${id} ${code}`).toBe(documented.includes(String(code)));
      expect(refusals.has(404) || refusals.has(429)).toBe(false);
    }
    expect(refusalStatuses('listImagesV2').has(400)).toBe(true);
  });
});
