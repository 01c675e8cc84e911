// A response body as the run reads it: decoded and parsed once, within the run's bounds (bytes
// read, JSON nesting). A body the run cannot read within them is a problem to report, never a
// crash: its text is not handed to the checker, which would parse and walk it unbounded.
import { BodyTooLarge, JsonTooDeep, jsonDepthExceeds, parseJsonBounded, type BodyBounds } from '../../core/bounded.js';
import { isJsonMediaType } from '../../spec/media-type.js';
import { responseKeyFor, responsesOf } from '../../spec/responses.js';

export interface DecodedBody {
  /** The body as text (undefined when it could not be read or decoded). */
  text?: string;
  /** The body parsed, for a JSON media type that parses; else undefined. */
  json: unknown;
  /** Why the body could not be read or parsed within the bounds (a report line), if so. */
  problem?: string;
}

/** A body read or parse error as one safe line: our own bounds' messages, else only the error's name (a message may quote what was read). */
export function bodyProblem(error: unknown): string {
  if (error instanceof BodyTooLarge) return `${error.message}; --max-body-bytes sets it`;
  if (error instanceof JsonTooDeep) return `${error.message}; --max-json-depth sets it`;
  return error instanceof Error ? error.name : typeof error;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder();

/** Whether the documented response for this status is JSON (the checker parses such a body whatever its Content-Type). */
function documentedJson(operationId: string, status: number): boolean {
  const key = responseKeyFor(operationId, status);
  return key !== undefined && !!responsesOf(operationId)?.[key]?.contentTypes.some((t) => isJsonMediaType(t));
}

/**
 * Decodes and parses a body already read within `maxBodyBytes`. A JSON media type must be valid
 * UTF-8 and nest at most `maxJsonDepth` deep; a body that should be JSON by the spec is held to the
 * same depth before the checker may parse it.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null, where: { operationId: string; status: number }, bounds: BodyBounds): DecodedBody {
  if (isJsonMediaType(contentType)) {
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      return { json: undefined, problem: 'the body is not valid UTF-8 (JSON must be)' };
    }
    try {
      return { text, json: parseJsonBounded(text, bounds.maxJsonDepth) };
    } catch (error) {
      // Not JSON: the checker reports it from the text (its nesting is within the bound).
      return error instanceof JsonTooDeep ? { json: undefined, problem: bodyProblem(error) } : { text, json: undefined };
    }
  }
  const text = lenientUtf8.decode(bytes);
  if (documentedJson(where.operationId, where.status) && jsonDepthExceeds(text, bounds.maxJsonDepth))
    return { json: undefined, problem: bodyProblem(new JsonTooDeep(bounds.maxJsonDepth)) };
  return { text, json: undefined };
}
