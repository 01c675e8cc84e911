// Reproductions of a report whose target is gone by the time anyone reads it (the proxy's embedded
// local server stops with the proxy): their URLs are rewritten to the base URL variable the client
// and the SDK read, `$CLOUDFLARE_BASE_URL`, expanded by the shell.
import type { Report } from '../model/report.js';

const BASE_URL_VARIABLE = 'CLOUDFLARE_BASE_URL';

/**
 * The report with every curl line that sends to `baseUrl` sending to `"$CLOUDFLARE_BASE_URL"`
 * instead (the reproductions quote their URL, `'<baseUrl>/accounts/…'`), and a note saying so.
 */
export function reproductionsAtVariable(report: Report, baseUrl: string, why: string): Report {
  const quoted = `'${baseUrl.replace(/\/+$/, '')}`;
  let rewritten = 0;
  const failures = report.failures.map((f) => {
    if (!f.request?.curl.includes(quoted)) return f;
    rewritten++;
    return { ...f, request: { ...f.request, curl: f.request.curl.replaceAll(quoted, `"$${BASE_URL_VARIABLE}"'`) } };
  });
  if (!rewritten) return report;
  const note = `${why}: the curl lines send to $${BASE_URL_VARIABLE}; set it to a running server's base URL (npm run serve starts one) and CLOUDFLARE_API_TOKEN to its token`;
  return { ...report, failures, notes: [...(report.notes ?? []), note] };
}
