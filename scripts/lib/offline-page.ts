// The Redoc page with nothing left that loads from the network. `redocly build-docs --inlineBundle`
// inlines scripts, styles and the spec, but Redoc's "API docs by Redocly" badge loads its logo from
// cdn.redoc.ly once the page is mounted. The logo URLs are replaced with inline SVGs, and a
// Content-Security-Policy lets the page load nothing but what it carries (inline code, data: and
// blob: URLs), so a future Redoc that adds a remote asset is blocked by the browser rather than fetched.

/** The page's policy: no source is a network origin. */
const OFFLINE_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'font-src data:',
  // Redoc's search index runs in a Worker made from a blob: URL.
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const wordmark = (text: string, width: number) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" viewBox="0 0 ${width} 20"><text x="0" y="15" font-family="sans-serif" font-size="14" font-weight="600" fill="#ef4126">${text}</text></svg>`,
  )}`;

/** Remote assets Redoc's bundle refers to, and what they become. */
const REPLACEMENTS: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': wordmark('Redocly', 62),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': wordmark('R', 12),
};

/**
 * Remote bases the bundle names but this page never loads from: icon sets for icons a spec or
 * theme names (this one names none). The Content-Security-Policy would block them.
 */
const UNUSED_REMOTE = new Set(['https://cdn.redocly.com/icons/fa/7.0.0', 'https://cdn.redocly.com/icons/code/5.24.0']);

class OfflinePageError extends Error {
  override name = 'OfflinePageError';
}

export function makeOffline(html: string): string {
  let out = html;
  for (const [url, replacement] of Object.entries(REPLACEMENTS)) {
    if (!out.includes(url)) throw new OfflinePageError(`Redoc no longer refers to ${url}: check what its page loads now (scripts/lib/offline-page.ts)`);
    out = out.replaceAll(url, replacement);
  }
  const left = [...out.matchAll(/https?:\/\/cdn\.[^`"'\s)]+/g)].map((m) => m[0]).find((url) => !UNUSED_REMOTE.has(url));
  if (left) throw new OfflinePageError(`the Redoc page refers to ${left}: make it inline (scripts/lib/offline-page.ts)`);
  const charset = out.match(/<meta charset=[^>]*>/i);
  if (!charset) throw new OfflinePageError('the Redoc page has no <meta charset> to put the Content-Security-Policy after');
  return out.replace(charset[0], `${charset[0]}\n  <meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">`);
}
