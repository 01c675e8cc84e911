// The last line of defence for reports: every credential of the run, and every string a response
// may hold as a secret (see secret-shape.ts: a signing-key value at the spec's place or anywhere a
// signing-key response does not declare), is replaced wherever it would appear in a report — in
// messages, values, property names, paths and curl lines alike.
import { parseJsonBounded } from '../../core/bounded.js';
import { REDACTED } from '../checks/redact.js';
import { bearsSecret, possibleSecrets } from './secret-shape.js';

/** Secrets are found by their first characters; shorter values would redact ordinary words (credentials and keys are long). */
const PREFIX = 8;

export class Secrets {
  /** Secrets by their first PREFIX characters, longest first. */
  readonly #byPrefix = new Map<string, string[]>();

  add(value: string | undefined): void {
    if (!value || value.length < PREFIX) return;
    const prefix = value.slice(0, PREFIX);
    const list = this.#byPrefix.get(prefix) ?? [];
    if (list.includes(value)) return;
    list.push(value);
    list.sort((a, b) => b.length - a.length);
    this.#byPrefix.set(prefix, list);
  }

  /**
   * Remembers what a response of `operationId` may hold as a secret. A body the run did not parse
   * (its Content-Type is not JSON) is parsed here when the operation bears a secret: a client may
   * still read it as JSON and a scenario show what it read.
   */
  addFromResponse(operationId: string, body: unknown, text: string | undefined, maxJsonDepth: number): void {
    let parsed = body;
    if (parsed === undefined && text && bearsSecret(operationId)) {
      try {
        parsed = parseJsonBounded(text, maxJsonDepth);
      } catch {
        return; // not JSON, or too deep to walk: nothing is ever copied from such a body into a report
      }
    }
    for (const value of possibleSecrets(operationId, parsed)) this.add(value);
  }

  /** `text` with every secret replaced: one pass, each position looked up by its first characters. */
  #clean(text: string): string {
    let out = '';
    let from = 0;
    for (let i = 0; i + PREFIX <= text.length; ) {
      const found = this.#byPrefix.get(text.slice(i, i + PREFIX))?.find((secret) => text.startsWith(secret, i));
      if (!found) {
        i++;
        continue;
      }
      out += text.slice(from, i) + REDACTED;
      i += found.length;
      from = i;
    }
    return from === 0 ? text : out + text.slice(from);
  }

  /** `value` with every secret in every string and property name replaced; a deep copy. */
  scrub<T>(value: T): T {
    if (!this.#byPrefix.size) return value;
    const clean = (node: unknown): unknown => {
      if (typeof node === 'string') return this.#clean(node);
      if (Array.isArray(node)) return node.map(clean);
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [this.#clean(k), clean(v)]));
      return node;
    };
    return clean(value) as T;
  }
}
