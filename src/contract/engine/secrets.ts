// The last line of defence for reports: every credential of the run, and every value the target
// ever answered at a place the spec marks `x-cf-secret` (signing-key values), is replaced wherever
// it would appear in a report — in messages, values, paths and curl lines alike.
import { escapePointerSegment } from '../../spec/pointer.js';
import { REDACTED, isSecretPointer } from '../redact.js';

export class Secrets {
  readonly #values = new Set<string>();

  add(value: string | undefined): void {
    // Very short values would redact ordinary words; credentials and keys are long.
    if (value && value.length >= 8) this.#values.add(value);
  }

  /** Remembers the secret values in a response body. */
  addFromBody(body: unknown): void {
    const walk = (node: unknown, pointer: string) => {
      if (typeof node === 'string') {
        if (isSecretPointer(pointer)) this.add(node);
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${escapePointerSegment(key)}`);
      }
    };
    walk(body, '');
  }

  /** `value` with every secret in every string replaced; a deep copy. */
  scrub<T>(value: T): T {
    if (!this.#values.size) return value;
    const secrets = [...this.#values].sort((a, b) => b.length - a.length);
    const clean = (node: unknown): unknown => {
      if (typeof node === 'string') return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), node);
      if (Array.isArray(node)) return node.map(clean);
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, clean(v)]));
      return node;
    };
    return clean(value) as T;
  }
}
