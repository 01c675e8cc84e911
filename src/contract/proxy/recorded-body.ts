// What a request body checker needs, recorded from the bytes as they pass: a JSON body's text
// (bounded), a multipart form's parts (see multipart.ts), anything else only counted.
import { isJsonMediaType, mediaTypeOf } from '../../spec/media-type.js';
import { boundaryOf, MultipartRecorder, type RecordedForm } from './multipart.js';

/** The most JSON body text kept for checking; the local server refuses larger JSON bodies too. */
export const JSON_TEXT_LIMIT = 1024 * 1024;

export interface RecordedBody {
  /** The Content-Type header as sent. */
  contentType: string | undefined;
  /** Bytes seen; undefined when unknown (a HAR entry's text of a binary body). */
  size: number | undefined;
  /** A JSON body's text, when it was kept whole. */
  text?: string;
  /** A JSON body over JSON_TEXT_LIMIT: counted, not kept. */
  tooLarge?: boolean;
  form?: RecordedForm;
}

/** Records one body, chunk by chunk. */
export class BodyRecorder {
  private size = 0;
  private chunks: Buffer[] | undefined;
  private readonly multipart: MultipartRecorder | undefined;

  constructor(private readonly contentType: string | undefined) {
    const boundary = mediaTypeOf(contentType) === 'multipart/form-data' ? boundaryOf(contentType) : undefined;
    this.multipart = boundary === undefined ? undefined : new MultipartRecorder(boundary);
    if (!this.multipart && isJsonMediaType(contentType)) this.chunks = [];
  }

  write(chunk: Uint8Array): void {
    this.size += chunk.length;
    this.multipart?.write(chunk);
    if (!this.chunks) return;
    if (this.size > JSON_TEXT_LIMIT) this.chunks = undefined;
    else this.chunks.push(Buffer.from(chunk));
  }

  end(): RecordedBody {
    const body: RecordedBody = { contentType: this.contentType, size: this.size };
    if (this.multipart) body.form = this.multipart.end();
    else if (this.chunks) body.text = Buffer.concat(this.chunks).toString('utf8');
    else if (isJsonMediaType(this.contentType)) body.tooLarge = true;
    return body;
  }
}

/** A whole body at once (a HAR entry's). */
export function recordBody(contentType: string | undefined, bytes: Uint8Array): RecordedBody {
  const recorder = new BodyRecorder(contentType);
  recorder.write(bytes);
  return recorder.end();
}
