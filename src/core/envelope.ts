import { ImagesApiError, type CloudflareMessage } from './errors.js';

const SNIPPET_LENGTH = 200;
export const snippet = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_LENGTH);

/** The request an error is about: the operation, and the method and URL that were sent. */
export interface SentRequest {
  operationId: string;
  method: string;
  url: string;
}

/** The ImagesApiError for a response: its envelope's errors when it has some, else a snippet of the body. */
export function apiError(sent: SentRequest, response: Response, body: unknown, reason?: string): ImagesApiError {
  const { operationId, method, url } = sent;
  const cfRay = response.headers.get('cf-ray') ?? undefined;
  const common = { operationId, method, url, status: response.status, cfRay, response, reason };
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    const { errors, messages } = body as { errors: CloudflareMessage[]; messages?: CloudflareMessage[] };
    return new ImagesApiError({ ...common, errors, messages });
  }
  const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
  return new ImagesApiError({ ...common, bodySnippet: snippet(text) || undefined });
}

/** The envelope of a successful response, or the ImagesApiError that says why it is not one. */
export function successEnvelope(sent: SentRequest, response: Response, text: string): { success: true; result: unknown } {
  let envelope: any;
  try {
    envelope = text ? JSON.parse(text) : undefined;
  } catch {
    throw apiError(sent, response, text, 'the body is not valid JSON');
  }
  if (!envelope || typeof envelope !== 'object' || typeof envelope.success !== 'boolean') {
    throw apiError(sent, response, text, 'the body is not a Cloudflare envelope');
  }
  if (!response.ok || !envelope.success) throw apiError(sent, response, envelope, response.ok ? 'success is false' : undefined);
  return envelope;
}
