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
  /** What the catalogue claims: a visible bug, or an equivalent mutant (whose witness must then see no difference). */
  claim: 'visible' | 'equivalent';
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

/** The mutants the catalogue does not call equivalent, but that have no witness. */
export const unwitnessable = (mutants: readonly Mutant[]) => mutants.filter((m) => !m.equivalent && !WITNESSES[m.id]).map((m) => m.id);

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
    const claim = byId.get(id)!.equivalent ? 'equivalent' : 'visible';
    const witnessed = mutated !== base && !base.startsWith('threw');
    return { id, claim, unmutated: base, mutated, witnessed, asClaimed: witnessed === (claim === 'visible') };
  });
}

export function renderWitnesses(rows: readonly Witnessed[], missing: readonly string[]): string {
  const table = new Table({ head: ['mutant', 'unmutated server', 'mutated server', 'claim', 'as claimed'], style: { head: [], border: [] }, wordWrap: true, colWidths: [36, 26, 26, 12, 10] });
  for (const r of rows) table.push([r.id, r.unmutated, r.mutated, r.claim, r.asClaimed ? 'yes' : 'NO']);
  const visible = rows.filter((r) => r.claim === 'visible');
  const lines = [table.toString(), '', `${visible.filter((r) => r.witnessed).length} of ${visible.length} visible bugs witnessed; ${rows.length - visible.length} equivalent mutants tried, ${rows.filter((r) => r.claim === 'equivalent' && !r.asClaimed).length} of them told apart`];
  if (missing.length) lines.push(`no witness (and not marked equivalent): ${missing.join(', ')}`);
  return lines.join('\n');
}
