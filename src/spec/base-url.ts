// What makes a base URL usable: absolute, http(s), and no credentials in it (they would end up in
// logs and reports). The one rule for the client, the contract command and the proxy; callers
// word the message for their own option name and never repeat the URL (it may hold a password).

/** Why `value` is not a usable base URL, or undefined when it is. */
export function baseUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http or https URL';
  if (url.username || url.password) return 'must not contain credentials';
  return undefined;
}
