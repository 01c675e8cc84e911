// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), as browsers' devtools and most HTTP
// recorders export it: just the fields the traffic checks read, checked for shape on the way in.

export interface HarNameValue {
  name: string;
  value: string;
}

interface HarPostParam {
  name: string;
  value?: string;
  fileName?: string;
  contentType?: string;
}

export interface HarEntry {
  startedDateTime: string;
  /** Total elapsed time in ms. */
  time: number;
  request: {
    method: string;
    url: string;
    headers: HarNameValue[];
    /** -1 when unknown. */
    bodySize?: number;
    postData?: {
      mimeType?: string;
      text?: string;
      params?: HarPostParam[];
      /** Not in HAR 1.2, but some recorders mark a base64 request body this way. */
      encoding?: string;
    };
  };
  response: {
    /** 0 when the request got no response (blocked, failed). */
    status: number;
    headers: HarNameValue[];
    content: {
      /** Decoded length in bytes; -1 or absent when unknown. */
      size?: number;
      mimeType?: string;
      text?: string;
      /** `base64` for a binary body. */
      encoding?: string;
    };
  };
}

/** A file that is not HAR 1.2 as the checks need it; names the entry and the field. */
export class HarFormatError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function nameValues(value: unknown, where: string): HarNameValue[] {
  if (!Array.isArray(value)) throw new HarFormatError(`${where} must be an array of {name, value}`);
  return value.map((h, i) => {
    if (!isObject(h) || typeof h.name !== 'string' || typeof h.value !== 'string') throw new HarFormatError(`${where}[${i}] must be {name, value} strings`);
    return { name: h.name, value: h.value };
  });
}

/** The named fields of `value` that are strings (or, for `numbers`, numbers); anything else is left out, never walked. */
function fieldsOf(value: Record<string, unknown>, strings: readonly string[], numbers: readonly string[] = []): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const name of strings) if (typeof value[name] === 'string') out[name] = value[name];
  for (const name of numbers) if (typeof value[name] === 'number') out[name] = value[name];
  return out;
}

function paramsOf(value: unknown, where: string): HarPostParam[] {
  if (!Array.isArray(value)) throw new HarFormatError(`${where} must be an array`);
  return value.map((p, i) => {
    if (!isObject(p) || typeof p.name !== 'string') throw new HarFormatError(`${where}[${i}] must have a name`);
    return fieldsOf(p, ['name', 'value', 'fileName', 'contentType']) as unknown as HarPostParam;
  });
}

function entryOf(raw: unknown, index: number): HarEntry {
  const at = `log.entries[${index}]`;
  if (!isObject(raw) || !isObject(raw.request) || !isObject(raw.response)) throw new HarFormatError(`${at} must have a request and a response`);
  const { request, response } = raw;
  if (typeof request.method !== 'string' || typeof request.url !== 'string') throw new HarFormatError(`${at}.request must have a method and a url`);
  if (typeof response.status !== 'number') throw new HarFormatError(`${at}.response.status must be a number`);
  const rawContent = isObject(response.content) ? response.content : {};
  const rawPost = isObject(request.postData) ? request.postData : undefined;
  for (const [name, value] of [
    ['request.postData.text', rawPost?.text],
    ['response.content.text', rawContent.text],
  ] as const) {
    if (value !== undefined && typeof value !== 'string') throw new HarFormatError(`${at}.${name} must be a string`);
  }
  // Only the fields the checks read, of the types they read: a hostile file's other values are never walked.
  const content = fieldsOf(rawContent, ['mimeType', 'text', 'encoding'], ['size']);
  const postData = rawPost && {
    ...fieldsOf(rawPost, ['mimeType', 'text', 'encoding']),
    ...(rawPost.params === undefined ? {} : { params: paramsOf(rawPost.params, `${at}.request.postData.params`) }),
  };
  return {
    startedDateTime: typeof raw.startedDateTime === 'string' ? raw.startedDateTime : '',
    time: typeof raw.time === 'number' && raw.time >= 0 ? raw.time : 0,
    request: {
      method: request.method,
      url: request.url,
      headers: nameValues(request.headers ?? [], `${at}.request.headers`),
      ...(typeof request.bodySize === 'number' ? { bodySize: request.bodySize } : {}),
      ...(postData ? { postData: postData as NonNullable<HarEntry['request']['postData']> } : {}),
    },
    response: {
      status: response.status,
      headers: nameValues(response.headers ?? [], `${at}.response.headers`),
      content: content as HarEntry['response']['content'],
    },
  };
}

/** The entries of a HAR file's text, in order; throws HarFormatError for anything else. */
export function parseHar(text: string): HarEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HarFormatError('the file is not JSON');
  }
  if (!isObject(parsed) || !isObject(parsed.log) || !Array.isArray(parsed.log.entries)) throw new HarFormatError('the file has no log.entries array');
  return parsed.log.entries.map(entryOf);
}
