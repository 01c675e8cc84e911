// The notices of the packages bundled into the package's files: their MIT/ISC/BSD licenses ask
// that the copyright and permission notice go with every copy, and the bundles are copies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface PackageNotice {
  name: string;
  version: string;
  license: string;
  text: string | undefined;
}

function noticeOf(dir: string): PackageNotice {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown };
  const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
  return {
    name: manifest.name,
    version: manifest.version,
    license: typeof manifest.license === 'string' ? manifest.license : 'see its package',
    text: file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : undefined,
  };
}

/** A text file: each bundled package with its license text. */
export function thirdPartyNotices(packageDirs: string[]): string {
  const notices = packageDirs.map(noticeOf).sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const lines = [
    'Third-party code in this package',
    '',
    'The command-line tools, the local server and the contract checker (dist/src/server/, dist/src/contract/,',
    'dist/src/bundled/) carry the code of these packages, bundled at `npm pack`.',
  ];
  for (const n of notices) {
    lines.push(
      '',
      '-'.repeat(72),
      `${n.name} ${n.version} (${n.license})`,
      '',
      n.text ?? `No license file in the package; its package.json says: ${n.license}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
