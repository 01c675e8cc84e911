// The fetch the command gives a run: it counts the requests (for the progress lines), notices when
// the target refuses the run's own credentials on a valid request, and stops the run — for that,
// or on SIGINT — by aborting the run's signal and sending nothing new (but the cleanup's): each
// request gets a local refusal at once, which no client retries (a thrown error would be retried
// with backoff), so the phase under way ends in moments and the run stops before the next one.

/** The target answered 401/403 to a valid request with the run's own credentials. */
export class CredentialsRefused extends Error {
  override name = 'CredentialsRefused';
  constructor(
    readonly status: number,
    /** `GET https://api.example.com/client/v4/accounts/…/images/v2?per_page=10` (no credentials: they are headers). */
    readonly request: string,
    /** The API's own words, when its error body had them: `10000 Authentication error`. */
    readonly detail?: string,
  ) {
    super(
      `the target refused the run's credentials (HTTP ${status} to ${request}${detail ? `: ${detail}` : ''}): check CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY) / --account-id`,
    );
  }
}

/** The user stopped the run (SIGINT, SIGTERM). */
export class RunInterrupted extends Error {
  override name = 'RunInterrupted';
}

export interface RunFetch {
  fetch: typeof globalThis.fetch;
  /** Requests sent so far. */
  requests(): number;
  /** Aborted when the run must stop; its reason says why (CredentialsRefused, RunInterrupted). */
  signal: AbortSignal;
  /** The run's current step (its progress label): within `fixtures`, every request is valid and carries the run's own credentials. */
  step(label: string): void;
  stop(reason: Error): void;
}

const REFUSED = new Set([401, 403]);

/** The answer to a request the stopped run does not send: a 400 failure envelope (its report is never shown). */
const notSent = (reason: unknown) =>
  Response.json(
    {
      success: false,
      errors: [{ code: 0, message: `not sent: ${reason instanceof Error ? reason.message : 'the run was stopped'}` }],
      messages: [],
      result: null,
    },
    { status: 400 },
  );
const ERROR_BODY_LIMIT = 4096;

/** The first error's code and message of an error envelope, read within a few KB; undefined when there is none. */
async function errorDetail(response: Response): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  let text = '';
  const decoder = new TextDecoder();
  try {
    while (text.length < ERROR_BODY_LIMIT) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return undefined;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  try {
    const error = (JSON.parse(text) as { errors?: { code?: unknown; message?: unknown }[] }).errors?.[0];
    const words = [error?.code, error?.message].filter((w) => typeof w === 'string' || typeof w === 'number').join(' ');
    // One line, short: it is the server's text.
    return words ? words.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function describeRequest(input: RequestInfo | URL, init?: RequestInit): string {
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const url = new URL(input instanceof Request ? input.url : String(input));
  return `${method} ${url.origin}${url.pathname}${url.search}`;
}

export function runFetch(base: typeof globalThis.fetch = globalThis.fetch): RunFetch {
  const controller = new AbortController();
  let sent = 0;
  let step = '';
  const fetch: typeof globalThis.fetch = async (input, init) => {
    // Once stopped, nothing new is sent but the cleanup of what the run created.
    if (controller.signal.aborted && step !== 'cleanup') return notSent(controller.signal.reason);
    sent++;
    const response = await base(input, init);
    if (step === 'fixtures' && REFUSED.has(response.status) && !controller.signal.aborted) {
      controller.abort(new CredentialsRefused(response.status, describeRequest(input, init), await errorDetail(response.clone())));
    }
    return response;
  };
  return {
    fetch,
    requests: () => sent,
    signal: controller.signal,
    step: (label) => void (step = label.split(' › ', 1)[0]),
    stop: (reason) => {
      if (!controller.signal.aborted) controller.abort(reason);
    },
  };
}
