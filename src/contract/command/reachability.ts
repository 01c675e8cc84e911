// Whether the target answers at all, and if not, why, in words: the connection refused, no such
// host, no answer in time, the TLS handshake failed.

/** Errors of an answer no HTTP client can read (undici's and llhttp's codes): the target did answer. */
const UNREADABLE_ANSWER = /^(HPE_|UND_ERR_HEADERS_OVERFLOW$|UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE$)/;

const REACH_TIMEOUT_MS = 15_000;

const WHY: [RegExp, (code: string) => string][] = [
  [/^ECONNREFUSED$/, () => 'the connection was refused (nothing listens on that port)'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/, (code) => `the host name could not be resolved (DNS: ${code})`],
  [/^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|TimeoutError)$/, () => `no answer within ${REACH_TIMEOUT_MS / 1000} s`],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/, (code) => `the connection was closed before an answer (${code})`],
  [/^(EHOSTUNREACH|ENETUNREACH|EHOSTDOWN|ENETDOWN)$/, (code) => `no route to the host (${code})`],
  [/CERT|TLS|SSL|VERIFY|EPROTO/, (code) => `the TLS handshake failed (${code})`],
];

/** The error's code: the cause's (`fetch failed` hides it there), else its own, else its name, else the cause's words (`bad port`). */
function codeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown; message?: unknown } }).cause;
  for (const candidate of [cause?.code, (error as { code?: unknown }).code, cause?.name, (error as { name?: unknown }).name, cause?.message]) {
    if (typeof candidate === 'string' && candidate && candidate !== 'Error' && candidate !== 'TypeError') return candidate.split(/\r?\n/, 1)[0].slice(0, 120);
  }
  return 'unknown error';
}

/** Why a failed first request means the target cannot be reached; undefined when the target did answer (even unreadably). */
export function unreachableReason(error: unknown): string | undefined {
  const code = codeOf(error);
  if (UNREADABLE_ANSWER.test(code)) return undefined;
  const found = WHY.find(([pattern]) => pattern.test(code));
  return found ? found[1](code) : `the request failed (${code})`;
}

/**
 * Any answer means the target is there, even one no client can read (headers past every limit):
 * the run then reports what it got. Otherwise: why not. The body is not read, a redirect not followed.
 */
export async function whyUnreachable(baseUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<string | undefined> {
  try {
    const response = await fetch(baseUrl, { redirect: 'manual', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
    await response.body?.cancel().catch(() => {});
    return undefined;
  } catch (error) {
    return unreachableReason(error);
  }
}
