// Violations Prism reports in its `sl-violations` header (when the server under test is Prism).
import { redactText, redactValue } from './redact.js';
import { violation, type Check } from './exchange.js';

/** One entry of Prism's `sl-violations` header. */
export interface PrismViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/** The entries of an `sl-violations` header; throws when it is not a JSON array (e.g. truncated). */
export function parseSlViolations(header: string): PrismViolation[] {
  const parsed: unknown = JSON.parse(header);
  if (!Array.isArray(parsed)) throw new TypeError('sl-violations is not a JSON array');
  return parsed as PrismViolation[];
}

export const prismViolations: Check = (x) => {
  const out = [];
  for (const header of x.headers.get('sl-violations') ?? []) {
    let entries: PrismViolation[];
    try {
      entries = parseSlViolations(header);
    } catch {
      out.push(
        violation(
          x,
          'prism_violations',
          'header',
          '/sl-violations',
          'Prism reported violations it could not fit in the header',
          redactText(header.slice(0, 200)),
        ),
      );
      continue;
    }
    entries.forEach((entry, i) => {
      const where = Array.isArray(entry.location) ? entry.location : [];
      if (x.options.ignoreRequestViolations && where[0] === 'request') return;
      out.push(
        violation(
          x,
          'prism_violations',
          'header',
          `/sl-violations/${i}`,
          `${where.join('.')}: ${entry.message} (${entry.code}, ${entry.severity})`,
          redactValue(entry, ''),
        ),
      );
    });
  }
  return out;
};
