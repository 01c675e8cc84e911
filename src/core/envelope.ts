import { BodyTooLarge, DEFAULT_BOUNDS, JsonTooDeep, parseJsonBounded, type BodyBounds } from './bounded.js';
import { ImagesApiError, ImagesResponseLimitError, type CloudflareMessage } from './errors.js';

const SNIPPET_LENGTH = 200;
const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);

/** The request an error is about: the operation, and the method and URL that were sent. */
export interface SentRequest {
  operationId: string;
  method: string;
  url: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A server's `errors[]`/`messages[]` entries that are objects (anything else in them cannot be shown). */
const entries = (value: unknown): CloudflareMessage[] => (Array.isArray(value) ? (value.filter(isObject) as CloudflareMessage[]) : []);

function shown(body: unknown): string {
  if (typeof body === 'string') return body;
  try {
    return JSON.stringify(body) ?? '';
  } catch {
    return ''; // nested past what JSON.stringify can walk
  }
}

/** The ImagesApiError for a response: its envelope's errors when it has some, else a snippet of the body. */
export function apiError(sent: SentRequest, response: Response, body: unknown, reason?: string): ImagesApiError {
  const { operationId, method, url } = sent;
  const cfRay = response.headers.get('cf-ray') ?? undefined;
  const common = { operationId, method, url, status: response.status, cfRay, response, reason };
  if (isObject(body) && Array.isArray(body.errors)) {
    return new ImagesApiError({ ...common, errors: entries(body.errors), messages: entries(body.messages) });
  }
  return new ImagesApiError({ ...common, bodySnippet: snippet(body === undefined ? '' : shown(body)) || undefined });
}

/** The ImagesResponseLimitError for a response past a bound: which option, and its value. */
export function limitError(sent: SentRequest, response: Response, error: BodyTooLarge | JsonTooDeep): ImagesResponseLimitError {
  const { operationId, method, url } = sent;
  const option = error instanceof BodyTooLarge ? 'maxBodyBytes' : 'maxJsonDepth';
  const cfRay = response.headers.get('cf-ray') ?? undefined;
  return new ImagesResponseLimitError({
    operationId,
    method,
    url,
    status: response.status,
    cfRay,
    response,
    option,
    limit: error.limit,
    reason: error.message,
  });
}

/** The envelope of a successful response, or the ImagesApiError that says why it is not one. */
export function successEnvelope(sent: SentRequest, response: Response, text: string, bounds: BodyBounds = DEFAULT_BOUNDS): { success: true; result: unknown } {
  let envelope: any;
  try {
    envelope = text ? parseJsonBounded(text, bounds.maxJsonDepth) : undefined;
  } catch (error) {
    if (error instanceof JsonTooDeep) throw limitError(sent, response, error);
    throw apiError(sent, response, text, 'the body is not valid JSON');
  }
  if (!envelope || typeof envelope !== 'object' || typeof envelope.success !== 'boolean') {
    throw apiError(sent, response, text, 'the body is not a Cloudflare envelope');
  }
  if (!response.ok || !envelope.success) throw apiError(sent, response, envelope, response.ok ? 'success is false' : undefined);
  return envelope;
}
