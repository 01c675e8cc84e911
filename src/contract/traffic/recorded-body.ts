// What a request body checker needs, recorded from the bytes as they pass: a JSON body's text
// (bounded), a multipart form's parts (see multipart.ts), anything else only counted.
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { responseKeyFor, responsesOf } from '../../spec/responses.js';
import { jsonTextOf } from './body-text.js';
import { DEFAULT_TRAFFIC_BOUNDS, type TrafficBounds } from './bounds.js';
import { boundaryOf, MultipartRecorder, type RecordedForm } from './multipart.js';

/** The most JSON body text kept for checking; the local server refuses larger JSON bodies too. */
const JSON_TEXT_LIMIT = 1024 * 1024;

export interface RecordedBody {
  /** The Content-Type header as sent. */
  contentType: string | undefined;
  /** Bytes seen; undefined when unknown (a HAR entry's text of a binary body). */
  size: number | undefined;
  /** A JSON body's text, when it was kept whole. */
  text?: string;
  /** A JSON body over this many bytes (JSON_TEXT_LIMIT, or --max-body-bytes when lower): counted, not kept. */
  tooLarge?: number;
  /** Why a kept JSON body cannot be checked (not UTF-8, nested past the bound): a failure, never a pass. */
  unreadable?: string;
  form?: RecordedForm;
}

/** Records one body, chunk by chunk. */
export class BodyRecorder {
  private size = 0;
  private chunks: Buffer[] | undefined;
  private readonly multipart: MultipartRecorder | undefined;
  private readonly textLimit: number;

  constructor(
    private readonly contentType: string | undefined,
    private readonly bounds: TrafficBounds = DEFAULT_TRAFFIC_BOUNDS,
  ) {
    const boundary = mediaTypeOf(contentType) === 'multipart/form-data' ? boundaryOf(contentType) : undefined;
    this.multipart = boundary === undefined ? undefined : new MultipartRecorder(boundary, { maxParts: bounds.maxParts, maxKeptBytes: bounds.maxBodyBytes });
    if (!this.multipart && isJsonMediaType(contentType)) this.chunks = [];
    this.textLimit = Math.min(JSON_TEXT_LIMIT, bounds.maxBodyBytes);
  }

  write(chunk: Uint8Array): void {
    this.size += chunk.length;
    this.multipart?.write(chunk);
    if (!this.chunks) return;
    if (this.size > this.textLimit) this.chunks = undefined;
    else this.chunks.push(Buffer.from(chunk));
  }

  end(): RecordedBody {
    const body: RecordedBody = { contentType: this.contentType, size: this.size };
    if (this.multipart) body.form = this.multipart.end();
    else if (this.chunks) Object.assign(body, jsonTextOf(Buffer.concat(this.chunks), this.bounds.maxJsonDepth));
    else if (isJsonMediaType(this.contentType)) body.tooLarge = this.textLimit;
    return body;
  }
}

/** A whole body at once (a HAR entry's). */
export function recordBody(contentType: string | undefined, bytes: Uint8Array, bounds?: TrafficBounds): RecordedBody {
  const recorder = new BodyRecorder(contentType, bounds);
  recorder.write(bytes);
  return recorder.end();
}

/**
 * How the proxy records a response body: `text` (kept, bounded) when it is or should be JSON;
 * `count` (bytes counted as they stream, nothing kept) for images and anything else.
 */
export function recordingOf(operationId: string | undefined, status: number, contentType: string | undefined): 'text' | 'count' {
  if (operationId === undefined) return 'count';
  if (isJsonMediaType(contentType)) return 'text';
  const type = mediaTypeOf(contentType) ?? '';
  if (type.startsWith('image/') || type === 'application/octet-stream') return 'count';
  // An HTML error page where JSON is documented: kept, so the checker can say it is not JSON.
  const key = responseKeyFor(operationId, status);
  const documented = key === undefined ? undefined : responsesOf(operationId)?.[key];
  return documented?.contentTypes.some((t) => isJsonMediaType(t)) ? 'text' : 'count';
}
