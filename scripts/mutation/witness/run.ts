// `npm run mutation -- --witnesses`: shows that each non-equivalent mutant is a bug a request can
// see, whatever the contract run catches today. Its witness runs against the unmutated server
// (one, shared; witnesses keep apart with fresh tags) and against a fresh server with the mutant
// applied; the mutant is witnessed when the two observations differ.
import Table from 'cli-table3';
import type { Mutant } from '../mutant.js';
import { mapConcurrent } from '../pool.js';
import { withServer, type HarnessCredentials, type ServerProcess } from '../server-process.js';
import { WITNESSES, type Target } from './index.js';

export interface Witnessed {
  id: string;
  /**
   * What the catalogue claims: a visible bug; an equivalent mutant (whose witness must then see no
   * difference); or a free choice of x-cf-open made the other way (`allowedBy`: visible, and conforming).
   */
  claim: 'visible' | 'equivalent' | 'allowed';
  unmutated: string;
  mutated: string;
  /** The observations differ. */
  witnessed: boolean;
  /** The observations agree with the claim. */
  asClaimed: boolean;
}

const targetOf = (server: ServerProcess, credentials: HarnessCredentials): Target => ({
  baseUrl: server.baseUrl,
  accountId: server.accountId,
  ...credentials,
  now: () => server.now(),
  advanceClock: (ms) => server.advanceClock(ms),
});

async function observe(id: string, target: Target): Promise<string> {
  try {
    return JSON.stringify(await WITNESSES[id](target)) ?? 'undefined';
  } catch (error) {
    return `threw ${(error as Error).message}`;
  }
}

/** The mutants that must have a witness but have none: every one not called equivalent, and every free choice (`allowedBy`). */
export const unwitnessable = (mutants: readonly Mutant[]) => mutants.filter((m) => (!m.equivalent || m.allowedBy) && !WITNESSES[m.id]).map((m) => m.id);

const claimOf = (m: Mutant): Witnessed['claim'] => (m.allowedBy ? 'allowed' : m.equivalent ? 'equivalent' : 'visible');

export async function witnessAll(mutants: readonly Mutant[], concurrency: number): Promise<Witnessed[]> {
  const ids = mutants.filter((m) => WITNESSES[m.id]).map((m) => m.id);
  const unmutated = await withServer(undefined, async (server, credentials) => {
    const out = new Map<string, string>();
    for (const id of ids) out.set(id, await observe(id, targetOf(server, credentials)));
    return out;
  });
  const byId = new Map(mutants.map((m) => [m.id, m]));
  return mapConcurrent(ids, concurrency, async (id) => {
    const mutated = await withServer(byId.get(id), (server, credentials) => observe(id, targetOf(server, credentials)));
    const base = unmutated.get(id)!;
    const claim = claimOf(byId.get(id)!);
    const witnessed = mutated !== base && !base.startsWith('threw');
    return { id, claim, unmutated: base, mutated, witnessed, asClaimed: witnessed === (claim !== 'equivalent') };
  });
}

export function renderWitnesses(rows: readonly Witnessed[], missing: readonly string[]): string {
  const table = new Table({
    head: ['mutant', 'unmutated server', 'mutated server', 'claim', 'as claimed'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [36, 26, 26, 12, 10],
  });
  for (const r of rows) table.push([r.id, r.unmutated, r.mutated, r.claim, r.asClaimed ? 'yes' : 'NO']);
  const of = (claim: Witnessed['claim']) => rows.filter((r) => r.claim === claim);
  const lines = [
    table.toString(),
    '',
    `${of('visible').filter((r) => r.witnessed).length} of ${of('visible').length} visible bugs witnessed; ${of('equivalent').length} equivalent mutants tried, ${of('equivalent').filter((r) => r.witnessed).length} of them told apart; ${of('allowed').filter((r) => r.witnessed).length} of ${of('allowed').length} free choices of x-cf-open seen made the other way`,
  ];
  if (missing.length) lines.push(`no witness (and not marked equivalent): ${missing.join(', ')}`);
  return lines.join('\n');
}
