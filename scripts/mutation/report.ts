// The mutation run's results: the score, a table per mutant (terminal, cli-table3), the
// survivors with what should kill them, and the same as JSON and Markdown under out/mutation/.
import Table from 'cli-table3';
import type { Mutant } from './mutant.js';
import type { MutantOutcome } from './run-mutant.js';

export interface Row {
  mutant: Mutant;
  outcome: MutantOutcome;
}

export interface Score {
  total: number;
  killed: number;
  survived: number;
  invalid: number;
  /** Survivors the catalogue marks as equivalent (no request can tell them apart). */
  equivalent: number;
  /** killed / (total − invalid), in percent. */
  score: number;
  /** killed / (total − invalid − equivalent survivors), in percent. */
  scoreOfKillable: number;
}

/** Why a survivor survived: equivalent, or a gap in the check that should have killed it. */
function survivorReason(m: Mutant): string {
  if (m.equivalent) return `equivalent: ${m.equivalent}`;
  return `not caught: a gap in the run's ${m.check} check${m.needs ? ` (it needs ${m.needs})` : ''}${runWith(m) ? `, even in${runWith(m).slice(1, -1)}` : ''}`;
}

const percent = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

export function scoreOf(rows: readonly Row[]): Score {
  const count = (status: MutantOutcome['status']) => rows.filter((r) => r.outcome.status === status).length;
  const killed = count('killed');
  const invalid = count('invalid');
  const equivalent = rows.filter((r) => r.outcome.status === 'survived' && r.mutant.equivalent).length;
  const valid = rows.length - invalid;
  return {
    total: rows.length,
    killed,
    survived: count('survived'),
    invalid,
    equivalent,
    score: percent(killed, valid),
    scoreOfKillable: percent(killed, valid - equivalent),
  };
}

/** `killed`, `survived`, `equivalent` (a survivor marked so), `invalid`. */
const verdict = (r: Row) => (r.outcome.status === 'survived' && r.mutant.equivalent ? 'equivalent' : r.outcome.status);

/** The run option a mutant is run with (it cannot be seen without), for the tables. */
const runWith = (m: Mutant) => (m.runWith?.waitExpiry ? ' (a run with --wait-expiry)' : '');

/** The killers, with the expected check marked when it is among them. */
const killers = (r: Row) => r.outcome.killedBy.map((k) => (k === r.mutant.check ? `${k} ✓` : k)).join(', ') + runWith(r.mutant);

const scoreLine = (s: Score) =>
  `mutation score ${s.score}% (${s.killed} killed of ${s.total - s.invalid}; ${s.survived} survived, ${s.equivalent} of them equivalent${s.invalid ? `; ${s.invalid} invalid` : ''}) — ${s.scoreOfKillable}% of the non-equivalent mutants`;

export function renderTerminal(rows: readonly Row[]): string {
  const table = new Table({
    head: ['mutant', 'should be killed by', 'result', 'killed by'],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [34, 30, 12, 48],
  });
  for (const r of rows) table.push([r.mutant.id, r.mutant.check, verdict(r), killers(r)]);
  const survivors = rows.filter((r) => r.outcome.status === 'survived');
  const lines = [table.toString(), '', scoreLine(scoreOf(rows))];
  if (survivors.length)
    lines.push(
      '',
      'Survivors:',
      ...survivors.map((r) => `  ${r.mutant.id} — ${r.mutant.bug}\n      ${r.mutant.equivalent ? '' : `${r.mutant.check} `}${survivorReason(r.mutant)}`),
    );
  const invalid = rows.filter((r) => r.outcome.status === 'invalid');
  if (invalid.length)
    lines.push(
      '',
      'Invalid (the mutated server did not start — fix the catalogue):',
      ...invalid.map((r) => `  ${r.mutant.id}: ${r.outcome.error?.split('\n')[0]}`),
    );
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README's figures: the score, the killed mutants, the survivors with why each survived. */
export function renderMarkdown(rows: readonly Row[], measuredOn: string): string {
  const killed = rows.filter((r) => r.outcome.status === 'killed').map((r) => `| \`${r.mutant.id}\` | ${cell(r.mutant.bug)} | ${cell(killers(r))} |`);
  const survived = rows
    .filter((r) => r.outcome.status === 'survived')
    .map((r) => `| \`${r.mutant.id}\` | ${cell(r.mutant.bug)} | \`${r.mutant.check}\` | ${cell(survivorReason(r.mutant))} |`);
  const invalid = rows
    .filter((r) => r.outcome.status === 'invalid')
    .map((r) => `- \`${r.mutant.id}\` did not load: ${cell(r.outcome.error?.split('\n')[0] ?? '')}`);
  return [
    `**${scoreLine(scoreOf(rows))}** (measured ${measuredOn})`,
    '',
    '| killed | the bug | killed by (✓ the check it was written for) |',
    '| --- | --- | --- |',
    ...killed,
    '',
    '| survived | the bug | its check | why it survived |',
    '| --- | --- | --- | --- |',
    ...survived,
    ...(invalid.length ? ['', ...invalid] : []),
    '',
  ].join('\n');
}

/** `baselines`: the unmutated server's runs (the default one first; then the one with --wait-expiry, when a mutant needed it). */
export function toJson(rows: readonly Row[], baselines: readonly MutantOutcome[], settings: object): string {
  return JSON.stringify(
    { score: scoreOf(rows), settings, baseline: baselines[0], baselines, mutants: rows.map((r) => ({ ...r.mutant, verdict: verdict(r), outcome: r.outcome })) },
    null,
    2,
  );
}
