import { ImagesConfigError } from '../../core/errors.js';

/**
 * The base URL, parsed; `ImagesConfigError` when it is not an absolute http(s) URL or carries
 * credentials. The error never repeats the URL (it may hold a password).
 */
export function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ImagesConfigError('baseUrl is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ImagesConfigError('baseUrl must be an http or https URL');
  if (url.username || url.password) throw new ImagesConfigError('baseUrl must not contain credentials; pass apiToken (or apiEmail + apiKey) instead');
  return url;
}

/** Origin and path only: a report never carries credentials, even ones written into the URL. */
export function safeTarget(baseUrl: string): string {
  const url = parseBaseUrl(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
