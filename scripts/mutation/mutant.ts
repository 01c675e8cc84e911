// A mutant: one realistic bug of the local server, written as exact find/replace edits of files
// under src/server/. It is applied to a copy of the sources only. An anchor that is missing, or
// found more than once, is an error: the catalogue cannot rot silently when the server changes.
import type { RunCheckName } from '../../src/contract/checks/registry.js';

/** What should notice the bug: a check of the contract run, or the run's cleanup step (something left behind). */
export type Killer = RunCheckName | 'cleanup';

interface Edit {
  /** A file under src/server/, relative to the repository root. */
  file: string;
  /** Exact text, found exactly once in the file. */
  find: string;
  replace: string;
}

export interface Mutant {
  /** Short and stable: `auth-any-bearer-token`. */
  id: string;
  /** The check that should kill it (its group in the catalogue). */
  check: Killer;
  /** The bug, in one line: what a server with it does wrong. */
  bug: string;
  edits: Edit[];
  /** What the run must send to kill it, when that is more than its check's usual requests (a boundary value, say). */
  needs?: string;
  /**
   * An option of the contract run without which no run can see the bug (it is off by default):
   * `waitExpiry`, the run's `--wait-expiry` (it waits past a direct upload's shortest expiry). The
   * harness runs this mutant, and a baseline, with it on — moving the mutant server's clock instead
   * of waiting, unless `--real-time`.
   */
  runWith?: { waitExpiry?: true };
  /**
   * Set when no request can tell the mutant from the real server (an equivalent mutant): why.
   * It stays in the catalogue and in the total, and is listed apart from the survivors.
   */
  equivalent?: string;
  /**
   * With `equivalent`: the free choice of the spec's `x-cf-open` the mutant makes the other way
   * (`open:drafts-in-stats`). A request can tell it from the local server, but it conforms: its
   * witness must see a difference (the choice is real), and no run may fail it.
   */
  allowedBy?: `open:${string}`;
}

export class AnchorError extends Error {
  override name = 'AnchorError';
}

const occurrences = (text: string, needle: string) => {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) count++;
  return count;
};

/** One edit applied to a file's text; AnchorError unless `find` occurs exactly once and the edit changes something. */
function applyEdit(text: string, edit: Edit, mutantId: string): string {
  const count = occurrences(text, edit.find);
  if (count !== 1) {
    const found = count === 0 ? 'not found' : `found ${count} times`;
    throw new AnchorError(`mutant ${mutantId}: the anchor in ${edit.file} is ${found} (the server changed? update the catalogue):\n${edit.find}`);
  }
  if (edit.find === edit.replace) throw new AnchorError(`mutant ${mutantId}: the edit of ${edit.file} changes nothing`);
  return text.replace(edit.find, () => edit.replace);
}

/**
 * The mutated contents of every file the mutant edits, keyed by path (several edits of one file
 * apply in order), read through `read` (the real sources, or a test's strings).
 */
export function mutatedFiles(mutant: Mutant, read: (file: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const edit of mutant.edits) {
    if (!edit.file.startsWith('src/server/')) throw new AnchorError(`mutant ${mutant.id}: ${edit.file} is not under src/server/`);
    out.set(edit.file, applyEdit(out.get(edit.file) ?? read(edit.file), edit, mutant.id));
  }
  return out;
}

/** A mutant of one edit of `src/server/<file>`: the common case. */
export const mutant = (
  id: string,
  check: Killer,
  bug: string,
  file: string,
  find: string,
  replace: string,
  extra: Pick<Mutant, 'needs' | 'equivalent' | 'allowedBy' | 'runWith'> = {},
): Mutant => ({
  id,
  check,
  bug,
  edits: [{ file: `src/server/${file}`, find, replace }],
  ...extra,
});
