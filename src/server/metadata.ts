// Image metadata rules: a JSON object of at most facts.metadataMaxBytes bytes once serialized.
import { facts } from '../../generated/operations.js';
import { badRequest } from './errors.js';

const MAX = facts.metadataMaxBytes;

function checkSize(serialized: string, pointer: string): void {
  const bytes = Buffer.byteLength(serialized, 'utf8');
  if (bytes > MAX) throw badRequest(`Metadata too large: ${bytes} bytes when serialized, maximum ${MAX} bytes allowed`, pointer);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `metadata` as a multipart field: a JSON object serialized as a string. */
export function parseMetadataField(text: string, pointer = '/body/metadata'): Record<string, unknown> {
  checkSize(text, pointer);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
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
