// The Cloudflare envelope agrees with the status: `success` is true exactly for 2xx, and a
// failure has `result: null` and at least one error.
import { redactValue } from './redact.js';
import { violation, type Check } from './exchange.js';
import { is2xx } from './status-class.js';

export const envelopeConsistency: Check = (x) => {
  const { body } = x;
  if (!x.hasBody || body === null || typeof body !== 'object' || Array.isArray(body) || !('success' in body)) return [];
  const envelope = body as Record<string, unknown>;
  const ok = is2xx(x.input.status);
  const out = [];
  if (envelope.success !== ok)
    out.push(violation(x, 'envelope_consistency', 'body', '/success', `success must be ${ok} with status ${x.input.status}`, envelope.success));
  if (ok && envelope.success !== false) return out;
  if (envelope.result !== null)
    out.push(violation(x, 'envelope_consistency', 'body', '/result', 'result must be null on failure', redactValue(envelope.result, '/result')));
  if (!Array.isArray(envelope.errors) || envelope.errors.length === 0) {
    out.push(
      violation(x, 'envelope_consistency', 'body', '/errors', 'errors must list at least one error on failure', redactValue(envelope.errors, '/errors')),
    );
  }
  return out;
};
