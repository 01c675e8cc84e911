// A run against a remote target keeps inside the documented rate limit (x-cf-rate-limit) unless
// told otherwise; on loopback it is not budgeted.
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { rateBudgetFor } from '../../src/contract/command/run.js';

describe('rateBudgetFor', () => {
  const window = facts.rateLimit.windowSeconds * 1000;
  it('keeps 90% of the documented limit against a remote target', () => {
    expect(rateBudgetFor('https://api.cloudflare.com/client/v4')).toEqual({ requests: Math.floor(facts.rateLimit.requests * 0.9), windowMs: window });
  });
  it('has none on loopback, and --rate-budget sets or turns it off', () => {
    expect(rateBudgetFor('http://127.0.0.1:8787/client/v4')).toBeUndefined();
    expect(rateBudgetFor('http://localhost:8787/client/v4')).toBeUndefined();
    expect(rateBudgetFor('http://127.0.0.1:8787/client/v4', 50)).toEqual({ requests: 50, windowMs: window });
    expect(rateBudgetFor('https://api.cloudflare.com/client/v4', 0)).toBeUndefined();
  });
});
