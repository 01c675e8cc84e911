// Redirects: the run never follows one (every request it sends is `redirect: 'manual'`), so no
// credential ever reaches the origin a redirect points to. A redirect the spec does not document
// is reported, naming the URL asked and the URL the server pointed to.
import { responseKeyFor } from '../../spec/responses.js';

export const isRedirect = (status: number) => status >= 300 && status < 400;

/** A redirect status the spec does not document for the operation (an unknown operation documents none). */
export const undocumentedRedirect = (operationId: string, status: number) => isRedirect(status) && responseKeyFor(operationId, status) === undefined;

const LONGEST_URL = 2000;

/** A URL as a report shows it: without user or password, cut at a sane length. */
function shown(url: URL): string {
  url.username = '';
  url.password = '';
  const text = url.href;
  return text.length > LONGEST_URL ? `${text.slice(0, LONGEST_URL)}…` : text;
}

/** Where a `Location` points, resolved against the URL asked (undefined when there is none or it is not a URL). */
function target(from: string, location: string | null): string | undefined {
  if (!location) return undefined;
  try {
    return shown(new URL(location, from));
  } catch {
    return undefined;
  }
}

/** The report line for a redirect that was not followed (`operationId`: the operation that does not document it, if any). */
export function redirectMessage(method: string, from: string, status: number, location: string | null, operationId?: string): string {
  const to = target(from, location) ?? '(no usable Location)';
  const documented = operationId ? `, a redirect ${operationId} does not document` : '';
  return `HTTP ${status} redirect from ${method} ${shown(new URL(from))} to ${to}${documented}: not followed (the run never sends credentials after a redirect)`;
}
