// Image metadata rules: a JSON object of at most facts.metadataMaxBytes bytes once serialized.
import { facts } from '../../generated/operations.js';
import { DEFAULT_BOUNDS, JsonTooDeep, parseJsonBounded } from '../core/bounded.js';
import { badRequest } from './errors.js';

const MAX = facts.metadataMaxBytes;

function checkSize(serialized: string, pointer: string): void {
  const bytes = Buffer.byteLength(serialized, 'utf8');
  if (bytes > MAX) throw badRequest(`Metadata too large: ${bytes} bytes when serialized, maximum ${MAX} bytes allowed`, pointer);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `metadata` as a multipart field: a JSON object serialized as a string, nested at most `maxDepth` deep. */
export function parseMetadataField(text: string, { pointer = '/body/metadata', maxDepth = DEFAULT_BOUNDS.maxJsonDepth } = {}): Record<string, unknown> {
  checkSize(text, pointer);
  let value: unknown;
  try {
    value = parseJsonBounded(text, maxDepth);
  } catch (error) {
    if (error instanceof JsonTooDeep) throw badRequest(`metadata: ${error.message}`, pointer);
    throw badRequest('metadata: must be a JSON object serialized as a string (it is not valid JSON)', pointer);
  }
  if (!isPlainObject(value)) throw badRequest('metadata: must be a JSON object', pointer);
  return value;
}

/** `metadata` in a JSON body (PATCH): an object. */
export function checkMetadataObject(value: Record<string, unknown>, pointer = '/body/metadata'): Record<string, unknown> {
  checkSize(JSON.stringify(value), pointer);
  return value;
}
