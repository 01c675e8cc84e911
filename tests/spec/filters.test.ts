// The filter grammar's list helpers: the one reading of `-list` kinds and the list separator for
// the client, the local server, the scenarios and the generator.
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { filterRules, filterValues, isListKind, joinListValue, scalarKind, splitListValue, type FilterValueKind } from '../../src/spec/filters.js';

describe('the filter grammar’s list kinds', () => {
  const kinds = [...new Set(Object.values(filterRules.operators))] as FilterValueKind[];

  it('a kind is a list exactly when its operator takes several values (`in`)', () => {
    expect(kinds.filter(isListKind).sort()).toEqual(['any-list', 'number-list', 'string-list']);
    for (const [operator, kind] of Object.entries(filterRules.operators)) expect(isListKind(kind), operator).toBe(operator.startsWith('in'));
  });

  it('each kind has a scalar kind, itself for a scalar', () => {
    expect(kinds.map((k) => [k, scalarKind(k)])).toEqual(
      expect.arrayContaining([
        ['any-list', 'any'],
        ['string-list', 'string'],
        ['number-list', 'number'],
        ['boolean', 'boolean'],
        ['number', 'number'],
      ]),
    );
  });

  it('list values split and join on the spec’s separator', () => {
    const sep = facts.metadataFilters.listSeparator;
    expect(splitListValue(`a${sep}b${sep}`)).toEqual(['a', 'b', '']);
    expect(joinListValue(['a', 1, true])).toBe(`a${sep}1${sep}true`);
    expect(filterValues('string-list', `a${sep}b`)).toEqual(['a', 'b']);
    expect(filterValues('string', `a${sep}b`)).toEqual([`a${sep}b`]);
  });
});
