// The spec's git history, as far as the gate needs it: the spec at HEAD, and the commit that
// bumped info.version to the current major (the changes it accepted are not what a later change added).
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';

export interface MajorBump {
  commit: string;
  short: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  subject: string;
  /** info.version at that commit. */
  version: string;
}

function git(root: string, args: string[]): string | undefined {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

export function semverMajor(version: string | undefined): number | undefined {
  const match = version?.trim().match(/^v?(\d+)\.\d+\.\d+/);
  return match ? Number(match[1]) : undefined;
}

function versionAt(root: string, commit: string, specPath: string): string | undefined {
  const text = git(root, ['show', `${commit}:${specPath}`]);
  if (text === undefined) return undefined;
  try {
    const version = (parseYaml(text) as { info?: { version?: unknown } } | null)?.info?.version;
    return version === undefined ? undefined : String(version);
  } catch {
    return undefined;
  }
}

/** The committed spec (`git show HEAD:<specPath>`), or undefined outside git or before its first commit. */
export function specAtHead(root: string, specPath: string): string | undefined {
  return git(root, ['show', `HEAD:${specPath}`]);
}

/**
 * The oldest commit of the newest unbroken run of commits whose spec has major version `major`:
 * the commit that bumped it. Undefined when HEAD's spec has another major (the bump is not
 * committed) or the history does not reach it (a shallow clone).
 */
export function findMajorBump(root: string, specPath: string, major: number): MajorBump | undefined {
  // Only commits whose diff touches a `version:` line can change info.version.
  const log = git(root, ['log', '--format=%H%x09%h%x09%as%x09%s', '-G', '^[[:space:]]*version:', '--', specPath]);
  let bump: MajorBump | undefined;
  for (const line of log?.split('\n').filter(Boolean) ?? []) {
    const [commit, short, date, ...subject] = line.split('\t');
    const version = versionAt(root, commit, specPath);
    if (semverMajor(version) !== major) return bump;
    bump = { commit, short, date, subject: subject.join('\t'), version: version! };
  }
  // The history ran out with the major unchanged: the spec's first commit is the bump, unless the
  // clone is shallow and older commits are missing.
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true') return undefined;
  return bump;
}
