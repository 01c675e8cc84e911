// The classes of status a check accepts where the spec documents several outcomes, or none: the
// class, never one code of it.

export const is2xx = (status: number) => status >= 200 && status < 300;
export const isClientError = (status: number) => status >= 400 && status < 500;
/** A refusal of what was asked: a 4xx, but not one about credentials (401, 403) or the rate limit (429). */
export const isRefusal = (status: number) => isClientError(status) && status !== 401 && status !== 403 && status !== 429;
