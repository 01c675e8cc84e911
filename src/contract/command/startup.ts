// Why a command cannot start on this checkout, as one line (exit 2): generated/ derived from
// another spec than the one beside it, a spec fact the code reads that the spec no longer states,
// or a module that failed while reading the spec as it loaded. And the one line for anything else
// unexpected (exit 1). Nothing here loads the spec-reading modules: it runs before them.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SpecFactMissing } from '../../spec/fact.js';
import { StaleGenerated } from '../../spec/generated-freshness.js';
import { redactText } from '../checks/redact.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** One line for a thrown error, with its cause when the message does not say it (fetch's `fetch failed`); signing-key values redacted. */
function errorLine(error: unknown): string {
  if (!(error instanceof Error)) return redactText(String(error)).split(/\r?\n/, 1)[0];
  const cause = error.cause instanceof Error && error.cause.message && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  return redactText(`${error.name}: ${error.message}${cause}`).split(/\r?\n/, 1)[0];
}

/** One line for an error nobody expected: no stack trace, no secrets, no credentials written into a URL. */
export const unexpectedErrorLine = (error: unknown, name = 'contract') =>
  `${name}: ${errorLine(error).replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1')}\n`;

/** The project file and line an error was thrown at, with that line's code: `src/server/ingest.ts:11: … .filename.maxLength;`. */
function thrownAt(error: Error): string | undefined {
  for (const match of (error.stack ?? '').matchAll(/\(?((?:file:\/\/)?\/[^\s():]+):(\d+):\d+\)?$/gm)) {
    const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
    if (!file.startsWith(ROOT) || file.includes('/node_modules/') || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8').split('\n')[Number(match[2]) - 1]?.trim() ?? '';
    return `${relative(ROOT, file)}:${match[2]}${code ? `: ${code.length > 160 ? `${code.slice(0, 157)}...` : code}` : ''}`;
  }
  return undefined;
}

/**
 * An error a module threw as it loaded, reading the spec's facts: a TypeError (a property of a fact
 * that is not there), or a plain Error a module throws when a fact is missing — not a module that
 * could not be found (those carry a code).
 */
const readingTheSpec = (error: unknown): error is Error =>
  error instanceof TypeError || (error instanceof Error && error.constructor === Error && !('code' in error));

/**
 * Why the command could not start, when the checkout's spec and generated files are the reason:
 * stale generated/, a fact the spec no longer states (a SpecFactMissing, or an error a module threw
 * while it loaded: they read the spec's facts as they load). Undefined for anything else.
 */
export function startupProblem(error: unknown, loading: boolean): string | undefined {
  if (error instanceof StaleGenerated || error instanceof SpecFactMissing) return error.message;
  if (loading && readingTheSpec(error)) {
    const at = thrownAt(error);
    return `a module failed while reading the spec as it loaded${at ? ` (${at})` : ''}: ${error.message}. Does openapi/images.yaml still state what it reads? Restore it and run npm run generate`;
  }
  return undefined;
}
