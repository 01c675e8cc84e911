import { ImagesConfigError } from '../../core/errors.js';
import { baseUrlProblem } from '../../spec/base-url.js';

/** The base URL, parsed; `ImagesConfigError` when it is unusable (the error never repeats the URL). */
export function parseBaseUrl(baseUrl: string): URL {
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new ImagesConfigError(`baseUrl ${problem}${problem.includes('credentials') ? '; pass apiToken (or apiEmail + apiKey) instead' : ''}`);
  return new URL(baseUrl);
}

/** Origin and path only: a report never carries credentials, even ones written into the URL. */
export function safeTarget(baseUrl: string): string {
  const url = parseBaseUrl(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
