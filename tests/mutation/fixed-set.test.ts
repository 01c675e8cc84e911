// The contract run's power, guarded: a fixed set of server bugs, one per check family, each of
// which the run must kill and name (the full catalogue: `npm run mutation`). Same harness as the
// full run — the mutated server in a child process with its self-check off, the unmutated engine
// against it — so a weakened check, or a harness that kills nothing, fails here.
//
// The response-level set runs only the fixtures and the cleanup (`phases: []`), where those bugs
// surface; the behaviour-level set runs the coverage and stateful phases (no fuzz, to stay fast),
// each run making only the check that must name its bug.
// `upload-url-expiry-ignored` is seen only by a run with --wait-expiry: the harness runs it so, moving the mutant server's clock past the expiry instead of waiting (its
// catalogue `runWith`). Timeouts allow for a shared machine (2 cores, other runs).
import { describe, expect, it } from 'vitest';
import { selectMutants } from '../../scripts/mutation/catalogue/index.js';
import { mapConcurrent } from '../../scripts/mutation/pool.js';
import { DEFAULT_HARNESS, runMutant, type HarnessOptions, type MutantOutcome } from '../../scripts/mutation/run-mutant.js';

const FIXED_SET = {
  'json-content-type-text': 'content_type_conformance',
  'image-flag-as-string': 'response_schema_conformance',
  'create-variant-201': 'status_code_conformance',
  'in-memory-discard-crash': 'not_a_server_error',
  'upload-missing-await': 'ensure_resource_availability',
} as const;

const HARNESS: HarnessOptions = { ...DEFAULT_HARNESS, phases: [], timeoutMs: 30_000 };

describe('mutation testing: the fixed set', () => {
  it('the unmutated server passes; each fixed mutant is killed and named by its check', { timeout: 60_000 }, async () => {
    const mutants = selectMutants(Object.keys(FIXED_SET));
    expect(new Set(mutants.map((m) => m.check)).size).toBe(mutants.length); // one per check family
    const [baseline, ...outcomes] = await mapConcurrent([undefined, ...mutants], 2, (m) => runMutant(m, HARNESS));
    expect(baseline, JSON.stringify(baseline)).toMatchObject({ id: 'baseline', status: 'survived', killedBy: [] });
    const got = Object.fromEntries(
      outcomes.map((o: MutantOutcome) => [o.id, { status: o.status, named: o.killedBy.includes(FIXED_SET[o.id as keyof typeof FIXED_SET]) }]),
    );
    expect(got).toEqual(Object.fromEntries(Object.keys(FIXED_SET).map((id) => [id, { status: 'killed', named: true }])));
    for (const o of outcomes) expect(o.failures.some((f) => f.check === FIXED_SET[o.id as keyof typeof FIXED_SET])).toBe(true);
  });

  const BEHAVIOUR_SET = {
    'auth-any-bearer-token': 'ignored_auth',
    'params-validator-skipped': 'negative_data_rejection',
    'filters-ored': 'filters',
    'upload-url-reusable': 'one_time_upload_urls',
    'upload-url-expiry-ignored': 'one_time_upload_urls',
  } as const;

  it('the coverage and stateful phases kill and name a bug of each behaviour family', { timeout: 150_000 }, async () => {
    const mutants = selectMutants(Object.keys(BEHAVIOUR_SET));
    // Each run makes only the check that must name its bug (`--checks`): the phases and scenarios of other checks are not run.
    // The local server's lists never lag, so a short settle window: each wrong list is retried that long before it fails.
    const checkOf = (id: string) => BEHAVIOUR_SET[id as keyof typeof BEHAVIOUR_SET];
    const outcomes = await mapConcurrent(mutants, 2, (m) =>
      runMutant(m, { ...DEFAULT_HARNESS, phases: ['coverage', 'stateful'], checks: [checkOf(m.id)], settleMs: 200, timeoutMs: 90_000 }),
    );
    const got = Object.fromEntries(
      outcomes.map((o) => [o.id, { status: o.status, named: o.killedBy.includes(BEHAVIOUR_SET[o.id as keyof typeof BEHAVIOUR_SET]) }]),
    );
    expect(got).toEqual(Object.fromEntries(Object.keys(BEHAVIOUR_SET).map((id) => [id, { status: 'killed', named: true }])));
  });
});
