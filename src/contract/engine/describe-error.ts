// A thrown error as one line of a report: its name and message, with its cause when the message
// does not say it (fetch's `fetch failed` hides why), signing-key values redacted.
import { redactText } from '../checks/redact.js';

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redactText(String(error));
  const cause = error.cause instanceof Error && error.cause.message && !error.message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  return redactText(`${error.name}: ${error.message}${cause}`);
}
