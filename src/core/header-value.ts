// Secrets that travel in headers: what a credential may contain, said without the value; and the
// runtimes' header errors, which quote the offending value, with the quote taken out.

const NAMED: Record<number, string> = { 0x00: 'a NUL character', 0x09: 'a tab', 0x0a: 'a line feed', 0x0d: 'a carriage return', 0x20: 'a space' };

function describeChar(code: number): string {
  if (NAMED[code]) return NAMED[code];
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return 'a non-ASCII character';
}

/**
 * Why `value` cannot be sent as a credential header, without quoting it: a token, a key and an
 * e-mail are printable ASCII (a header cannot carry CR, LF or NUL, and trims spaces), e.g.
 * `contains a line feed at position 41 (the last character)`. Undefined when it can.
 */
export function credentialProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) continue;
    const where = value.length === 1 ? '' : i === value.length - 1 ? ' (the last character)' : i === 0 ? ' (the first character)' : '';
    return `contains ${describeChar(code)} at position ${i + 1}${where}`;
  }
  return undefined;
}

// undici: `Headers.set: "Bearer …" is an invalid header value.` — greedy, as the value may hold quotes and line breaks.
const QUOTED_HEADER_PART = /"[^]*" is an invalid header (value|name)/g;

const redactText = (text: string): string => text.replace(QUOTED_HEADER_PART, '(redacted) is an invalid header $1');

/**
 * `error` without the header value a runtime quoted in it (in its message, stack and causes): a
 * copy when there was one to take out, else the error itself.
 */
export function withoutQuotedHeaders(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 8) return error;
  const cause = (error as { cause?: unknown }).cause;
  const cleanCause = cause === undefined ? undefined : withoutQuotedHeaders(cause, depth + 1);
  const message = redactText(error.message);
  if (message === error.message && cleanCause === cause) return error;
  const copy = new Error(message, cleanCause === undefined ? undefined : { cause: cleanCause });
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : redactText(error.stack);
  return copy;
}
