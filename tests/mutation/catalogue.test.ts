// The mutation catalogue cannot rot silently: every anchor is found exactly once in today's
// server, every mutated file still parses, and the anchors machinery refuses what it must.
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { facts } from '../../generated/operations.js';
import { RUN_CHECKS } from '../../src/contract/checks/registry.js';
import { CATALOGUE, selectMutants } from '../../scripts/mutation/catalogue/index.js';
import { AnchorError, mutatedFiles, mutant } from '../../scripts/mutation/mutant.js';
import { readSource } from '../../scripts/mutation/sandbox.js';
import { WITNESSES } from '../../scripts/mutation/witness/index.js';
import { unwitnessable } from '../../scripts/mutation/witness/run.js';

describe('the mutation catalogue', () => {
  it('has 30 to 120 mutants with unique ids, each for a check of the run (or the cleanup)', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
    expect(CATALOGUE.length).toBeLessThanOrEqual(120);
    expect(new Set(CATALOGUE.map((m) => m.id)).size).toBe(CATALOGUE.length);
    const killers: string[] = [...RUN_CHECKS, 'cleanup'];
    expect(CATALOGUE.filter((m) => !killers.includes(m.check)).map((m) => m.id)).toEqual([]);
  });

  it('every mutant not marked equivalent has a witness (npm run mutation -- --witnesses runs them); every witness is of a mutant', () => {
    expect(unwitnessable(CATALOGUE)).toEqual([]);
    expect(Object.keys(WITNESSES).filter((id) => !CATALOGUE.some((m) => m.id === id))).toEqual([]);
  });

  it("an equivalent mutant says why; one that makes a free choice names it in the spec's x-cf-open", () => {
    for (const m of CATALOGUE.filter((m) => m.equivalent !== undefined)) expect(m.equivalent!.length, m.id).toBeGreaterThan(20);
    for (const m of CATALOGUE.filter((m) => m.allowedBy !== undefined)) {
      expect(m.equivalent, m.id).toBeDefined();
      expect(Object.keys(facts.openChoices), m.id).toContain(m.allowedBy!.slice('open:'.length));
    }
  });

  it('a mutant that needs a run option says what it needs', () => {
    for (const m of CATALOGUE.filter((m) => m.runWith)) expect(m.needs, m.id).toBeDefined();
  });

  it('covers most check families', () => {
    const families = new Set(CATALOGUE.map((m) => m.check));
    expect(families.size).toBeGreaterThanOrEqual(18);
  });

  it.each(CATALOGUE.map((m) => [m.id, m] as const))('%s: its anchors are found once in src/server/ and the mutated files parse', (_id, m) => {
    const files = mutatedFiles(m, readSource);
    expect(files.size).toBeGreaterThan(0);
    for (const [file, text] of files) {
      expect(file.startsWith('src/server/')).toBe(true);
      expect(text).not.toBe(readSource(file));
      expect(() => transformSync(text, { loader: 'ts', format: 'esm', sourcefile: file })).not.toThrow();
    }
  });
});

describe('anchors', () => {
  const read = () => 'const a = 1;\nconst b = 1;\n';

  it('a missing anchor is an AnchorError naming the mutant and the file', () => {
    const m = mutant('gone', 'stats', 'x', 'state.ts', 'const c = 1;', 'const c = 2;');
    expect(() => mutatedFiles(m, read)).toThrow(AnchorError);
    expect(() => mutatedFiles(m, read)).toThrow(/mutant gone: the anchor in src\/server\/state\.ts is not found/);
  });

  it('an anchor found twice is an AnchorError', () => {
    expect(() => mutatedFiles(mutant('twice', 'stats', 'x', 'state.ts', ' = 1;', ' = 2;'), read)).toThrow(/found 2 times/);
  });

  it('an edit that changes nothing, or a file outside src/server/, is refused', () => {
    expect(() => mutatedFiles(mutant('same', 'stats', 'x', 'state.ts', 'const a = 1;', 'const a = 1;'), read)).toThrow(/changes nothing/);
    expect(() => mutatedFiles({ id: 'out', check: 'stats', bug: 'x', edits: [{ file: 'src/contract/cli.ts', find: 'a', replace: 'b' }] }, read)).toThrow(
      /not under src\/server/,
    );
  });

  it('several edits of one file apply in order; the replacement is literal ($& stays)', () => {
    const m = {
      id: 'two',
      check: 'stats' as const,
      bug: 'x',
      edits: [
        { file: 'src/server/x.ts', find: 'const a = 1;', replace: 'const a = "$&";' },
        { file: 'src/server/x.ts', find: 'const b = 1;', replace: 'const b = 2;' },
      ],
    };
    expect(mutatedFiles(m, read).get('src/server/x.ts')).toBe('const a = "$&";\nconst b = 2;\n');
  });

  it('an unknown id in a selection is an error', () => {
    expect(() => selectMutants(['no-such-mutant'])).toThrow(/unknown mutant id/);
    expect(selectMutants(['stats-off-by-one']).map((m) => m.id)).toEqual(['stats-off-by-one']);
  });
});
