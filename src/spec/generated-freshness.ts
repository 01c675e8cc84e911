// Whether generated/ was derived from the openapi/images.yaml beside it: the generator records the
// spec's SHA-256 in generated/spec.sha256, and a command compares it at start. An installed package
// has no spec source beside its generated files: there is nothing to compare, and nothing is said.
// (Node only: the commands call it, never the client.)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SPEC_SOURCE = 'openapi/images.yaml';
export const SPEC_HASH_FILE = 'generated/spec.sha256';

/** generated/ was not derived from the spec beside it: the commands would run on stale facts. */
export class StaleGenerated extends Error {
  override name = 'StaleGenerated';
}

/** The spec's SHA-256 as the generator records it (line endings as LF, so a CRLF checkout hashes the same). */
export const specHash = (text: string) => createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');

/** The line the generator writes to generated/spec.sha256 (the `sha256sum` format). */
export const specHashLine = (text: string) => `${specHash(text)}  ${SPEC_SOURCE}\n`;

/** The checkout's root: two floors above this file (src/spec/); a bundle elsewhere finds no spec there. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Throws StaleGenerated when generated/ is not derived from the spec beside it; nothing when there is no spec beside it. */
export function assertGeneratedFresh(root: string = ROOT): void {
  const spec = join(root, SPEC_SOURCE);
  if (!existsSync(spec) || !existsSync(join(root, 'generated'))) return;
  const recorded = existsSync(join(root, SPEC_HASH_FILE)) ? readFileSync(join(root, SPEC_HASH_FILE), 'utf8').split(/\s/, 1)[0] : undefined;
  if (recorded === specHash(readFileSync(spec, 'utf8'))) return;
  throw new StaleGenerated(
    recorded
      ? `generated/ is older than ${SPEC_SOURCE}: run npm run generate`
      : `generated/ has no record of the spec it was derived from (${SPEC_HASH_FILE}): run npm run generate`,
  );
}
