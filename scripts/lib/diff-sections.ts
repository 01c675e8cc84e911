// Which of the gate's changes are new: each change of base → head is looked for in base → M for
// reference specs M (milestones, newest first: the last commit, the commit that bumped the major
// version, or a ref the user names). A change is filed under the newest milestone that does not
// have it yet ("new since M"); one every milestone has is filed under the oldest ("already in M").
// So what a change added is at the top, above what an earlier major bump already accepted.
import type { SpecChange } from './diff-describe.js';

export interface Milestone {
  /** Heading of the changes it does not have, e.g. `New since the last commit (HEAD)`. */
  newSince: string;
  /** Heading of the changes even the oldest milestone has, e.g. `Already in 1a2b3c4, the major bump to 2.0.0`. */
  alreadyIn: string;
  /** changeKey of every change of base → this milestone. */
  keys: ReadonlySet<string>;
}

export interface SpecSection {
  title: string;
  changes: SpecChange[];
}

/** One section per milestone plus the oldest one's "already in"; empty when there are no milestones. */
export function sectionChanges(changes: SpecChange[], milestones: Milestone[]): SpecSection[] {
  if (!milestones.length) return [];
  const sections: SpecSection[] = [
    ...milestones.map((m) => ({ title: m.newSince, changes: [] as SpecChange[] })),
    { title: milestones.at(-1)!.alreadyIn, changes: [] },
  ];
  for (const change of changes) {
    const index = milestones.findIndex((m) => !m.keys.has(change.key));
    sections[index === -1 ? milestones.length : index].changes.push(change);
  }
  return sections;
}
