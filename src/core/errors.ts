import type { components } from '../../generated/schema.js';

/** Cloudflare's `{code, message}` entries of `errors[]` / `messages[]`. */
export type CloudflareMessage = components['schemas']['ResponseInfo'];

function withoutUserinfo(url: string, base?: string): string {
  try {
    const parsed = new URL(url, base);
    parsed.username = '';
    parsed.password = '';
    parsed.hash = '';
    return parsed.href;
  } catch {
    return '';
  }
}

/** Base class of every error this package throws: `catch (e) { if (e instanceof ImagesError) … }`. */
export class ImagesError extends Error {
  override name = 'ImagesError';
  /** The operation that failed, e.g. `getImage`; absent for construction errors. */
  readonly operationId?: string;

  constructor(message: string, options?: { operationId?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.operationId = options?.operationId;
  }
}

/** Invalid client options (missing account id or credentials, …). Thrown by `createImagesClient`. */
export class ImagesConfigError extends ImagesError {
  override name = 'ImagesConfigError';
}

export interface ValidationIssue {
  /** Where the problem is, as a JSON pointer into the request: `/query/per_page`, `/body/options/fit`. */
  pointer: string;
  message: string;
}

/** The request was refused before anything was sent because it breaks the spec. */
export class ImagesValidationError extends ImagesError {
  override name = 'ImagesValidationError';
  readonly issues: ValidationIssue[];

  constructor(operationId: string | undefined, issues: ValidationIssue[]) {
    const where = operationId ? `${operationId}: ` : '';
    super(`${where}invalid request: ${issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`, { operationId });
    this.issues = issues;
  }

  /** The first offending location, e.g. `/query/per_page`. */
  get pointer(): string {
    return this.issues[0]?.pointer ?? '';
  }
}

/** The API answered with an error status, a `success: false` envelope, or a body that is not the documented one. */
export class ImagesApiError extends ImagesError {
  override name = 'ImagesApiError';
  readonly status: number;
  readonly errors: CloudflareMessage[];
  readonly messages: CloudflareMessage[];
  /** Cloudflare's request id (`cf-ray` header): quote it when reporting a problem. */
  readonly cfRay?: string;
  /** The start of a body that was not a JSON envelope (an HTML error page, truncated JSON). */
  readonly bodySnippet?: string;
  /** The request's method, e.g. `GET`. */
  readonly method?: string;
  /** The request's URL (never with credentials: they travel in headers, and a URL's userinfo is dropped). */
  readonly url?: string;
  readonly response?: Response;

  constructor(init: {
    operationId: string;
    status: number;
    method?: string;
    url?: string;
    errors?: CloudflareMessage[];
    messages?: CloudflareMessage[];
    cfRay?: string;
    bodySnippet?: string;
    response?: Response;
    reason?: string;
  }) {
    const codes = (init.errors ?? []).map((e) => `${e.code} ${e.message}`).join('; ');
    const detail = codes || init.reason || (init.bodySnippet ? `non-JSON body: ${init.bodySnippet}` : 'no details');
    super(`${init.operationId}: HTTP ${init.status}: ${detail}${init.cfRay ? ` (cf-ray ${init.cfRay})` : ''}`, {
      operationId: init.operationId,
    });
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.messages = init.messages ?? [];
    this.cfRay = init.cfRay;
    this.bodySnippet = init.bodySnippet;
    this.method = init.method;
    this.url = init.url === undefined ? undefined : withoutUserinfo(init.url);
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false });
  }

  /** The Cloudflare error codes, e.g. `[5400]`. */
  get codes(): number[] {
    return this.errors.map((e) => e.code);
  }
}

/** A response past one of the client's bounds: reading stopped there, nothing past it was kept. Raise the option to accept it. */
export class ImagesResponseLimitError extends ImagesApiError {
  override name = 'ImagesResponseLimitError';
  /** The client option that bounds it. */
  readonly option: 'maxBodyBytes' | 'maxJsonDepth';
  /** Its value for this call: bytes, or levels of nesting. */
  readonly limit: number;

  constructor(init: ConstructorParameters<typeof ImagesApiError>[0] & { option: 'maxBodyBytes' | 'maxJsonDepth'; limit: number; reason: string }) {
    super({ ...init, reason: `${init.reason}; raise the client's ${init.option} to accept it` });
    this.option = init.option;
    this.limit = init.limit;
  }
}

/**
 * The server answered with a redirect (3xx), which the client never follows: the request's
 * credentials would go with it, and whatever answered there is not the API's answer. Not retried.
 */
export class ImagesRedirectError extends ImagesError {
  override name = 'ImagesRedirectError';
  /** The redirect's status; 0 in a browser, which hides redirects (an `opaqueredirect` response). */
  readonly status: number;
  readonly method: string;
  /** The request's URL (no userinfo). */
  readonly url: string;
  /** Where the redirect pointed (its `Location`, resolved against `url`, no userinfo); undefined when unknown (a browser hides it). */
  readonly location?: string;

  constructor(init: { operationId: string; method: string; url: string; status: number; location?: string; hidden?: boolean }) {
    const url = withoutUserinfo(init.url);
    const location = init.location === undefined ? undefined : withoutUserinfo(init.location, init.url) || undefined;
    const to = init.hidden
      ? '(the browser hides where)'
      : (location ?? (init.location === undefined ? '(no Location header)' : '(an unreadable Location header)'));
    const status = init.status ? `HTTP ${init.status} ` : '';
    super(`${init.operationId}: ${status}redirect from ${url} to ${to}: not followed (redirects would carry the credentials elsewhere)`, {
      operationId: init.operationId,
    });
    this.status = init.status;
    this.method = init.method;
    this.url = url;
    this.location = location;
  }
}

/** A 2xx response whose body does not match the spec (only with `validate: { response: true }`). */
export class ImagesResponseValidationError extends ImagesError {
  override name = 'ImagesResponseValidationError';
  readonly status: number;
  readonly issues: ValidationIssue[];

  constructor(operationId: string, status: number, issues: ValidationIssue[]) {
    super(`${operationId}: HTTP ${status} response does not match the spec: ${issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`, {
      operationId,
    });
    this.status = status;
    this.issues = issues;
  }
}

/** No response: DNS, refused or reset connection, a body cut off mid-stream. */
export class ImagesConnectionError extends ImagesError {
  override name = 'ImagesConnectionError';
}

/** An attempt took longer than `timeoutMs`. */
export class ImagesTimeoutError extends ImagesError {
  override name = 'ImagesTimeoutError';
  readonly timeoutMs: number;

  constructor(operationId: string, timeoutMs: number) {
    super(`${operationId}: no response within ${timeoutMs} ms`, { operationId });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired. */
export class ImagesAbortError extends ImagesError {
  override name = 'ImagesAbortError';
}

/** Pagination cannot go on safely (the API repeated a continuation token). */
export class ImagesPaginationError extends ImagesError {
  override name = 'ImagesPaginationError';
}
