// A multipart/form-data body read as it streams past: each part's name, filename, type and size,
// and its first bytes (enough for every text field the spec has; a file part is counted, not
// kept). The proxy forwards the original bytes; this only watches them. What it keeps is bounded:
// past the parts or the bytes it may keep, it stops recording and says so.
import { formatBytes } from '../../core/bounded.js';
import { DEFAULT_TRAFFIC_BOUNDS } from './bounds.js';

/** How many bytes of each part are kept: text fields are far smaller; a file keeps its head. */
export const PART_HEAD_BYTES = 64 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;

export interface RecordedPart {
  name: string;
  /** Set for a file part (`filename=` in its Content-Disposition). */
  filename?: string;
  contentType?: string;
  size: number;
  /** The first PART_HEAD_BYTES bytes. */
  head: Uint8Array;
}

export interface RecordedForm {
  parts: RecordedPart[];
  /** Why the body is not a well-formed multipart form, when it is not. */
  malformed?: string;
  /** Why recording stopped before the end (a bound): the parts are then not all there. */
  truncated?: string;
}

export interface FormLimits {
  /** Most parts recorded. */
  maxParts: number;
  /** Most bytes of part heads kept, all parts together. */
  maxKeptBytes: number;
}

/** The `boundary` parameter of a multipart Content-Type, or undefined. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** A Content-Disposition or Content-Type parameter (`name="file"`), unquoted. */
function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2];
}

type State = 'preamble' | 'delimiter' | 'headers' | 'body' | 'done';

export class MultipartRecorder {
  private readonly delimiter: Buffer;
  // The body is read as if preceded by CRLF, so the first boundary looks like every other one.
  private pending = Buffer.from('\r\n');
  private state: State = 'preamble';
  private part: RecordedPart | undefined;
  private headChunks: Buffer[] = [];
  private headSize = 0;
  private keptBytes = 0;
  private readonly form: RecordedForm = { parts: [] };

  constructor(
    boundary: string,
    private readonly limits: FormLimits = { maxParts: DEFAULT_TRAFFIC_BOUNDS.maxParts, maxKeptBytes: DEFAULT_TRAFFIC_BOUNDS.maxBodyBytes },
  ) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  write(chunk: Uint8Array): void {
    if (this.state === 'done' || this.form.malformed || this.form.truncated) return;
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    while (this.step()) {
      // each step consumes what it can of `pending`
    }
  }

  /** The form as recorded; a body cut short is `malformed`. */
  end(): RecordedForm {
    if (!this.form.malformed && !this.form.truncated && this.state !== 'done') this.form.malformed = 'the multipart body ends before its closing boundary';
    return this.form;
  }

  /** One step of the state machine; false when it needs more bytes. */
  private step(): boolean {
    if (this.form.truncated) return false;
    switch (this.state) {
      case 'preamble':
      case 'body': {
        const at = this.pending.indexOf(this.delimiter);
        const usable = at >= 0 ? at : Math.max(0, this.pending.length - this.delimiter.length + 1);
        if (this.state === 'body') this.take(this.pending.subarray(0, usable));
        if (this.form.truncated) return false;
        this.pending = this.pending.subarray(at >= 0 ? at + this.delimiter.length : usable);
        if (at < 0) return false;
        this.finishPart();
        this.state = 'delimiter';
        return true;
      }
      case 'delimiter': {
        if (this.pending.length < 2) return false;
        const next = this.pending.subarray(0, 2).toString('latin1');
        if (next === '--') {
          this.state = 'done';
          return false;
        }
        if (next !== '\r\n') return this.fail('a boundary is not followed by CRLF');
        this.pending = this.pending.subarray(2);
        this.state = 'headers';
        return true;
      }
      case 'headers': {
        const end = this.pending.indexOf('\r\n\r\n');
        if (end < 0) return this.pending.length > MAX_HEADER_BYTES ? this.fail('a part has over 16 KB of headers') : false;
        const headers = this.pending.subarray(0, end).toString('utf8').split('\r\n');
        this.pending = this.pending.subarray(end + 4);
        return this.startPart(headers);
      }
      default:
        return false;
    }
  }

  private startPart(lines: string[]): boolean {
    const header = (name: string) =>
      lines
        .find((l) => l.toLowerCase().startsWith(`${name}:`))
        ?.slice(name.length + 1)
        .trim();
    const disposition = header('content-disposition');
    const name = disposition === undefined ? undefined : parameter(disposition, 'name');
    if (!disposition || !/^form-data\b/i.test(disposition) || name === undefined) return this.fail('a part has no Content-Disposition: form-data with a name');
    if (this.form.parts.length >= this.limits.maxParts) return this.stop(`the form has more than ${this.limits.maxParts} parts (the bound on parts kept)`);
    const filename = parameter(disposition, 'filename');
    this.part = {
      name,
      ...(filename === undefined ? {} : { filename }),
      ...(header('content-type') ? { contentType: header('content-type') } : {}),
      size: 0,
      head: new Uint8Array(),
    };
    this.headChunks = [];
    this.headSize = 0;
    this.state = 'body';
    return true;
  }

  private take(bytes: Buffer): void {
    if (!this.part || bytes.length === 0) return;
    this.part.size += bytes.length;
    const room = PART_HEAD_BYTES - this.headSize;
    if (room <= 0) return;
    const want = Math.min(room, bytes.length);
    if (this.keptBytes + want > this.limits.maxKeptBytes) {
      this.stop(`the form's parts hold more than ${formatBytes(this.limits.maxKeptBytes)} to keep (the bound on bodies read into memory)`);
      return;
    }
    // Copied: `bytes` is a view into a chunk the proxy is still forwarding.
    const kept = Buffer.from(bytes.subarray(0, want));
    this.headChunks.push(kept);
    this.headSize += kept.length;
    this.keptBytes += kept.length;
  }

  private finishPart(): void {
    if (!this.part) return;
    this.part.head = new Uint8Array(Buffer.concat(this.headChunks));
    this.form.parts.push(this.part);
    this.part = undefined;
  }

  private fail(reason: string): false {
    this.form.malformed = reason;
    this.pending = Buffer.alloc(0);
    return false;
  }

  /** Stops recording at a bound: what is kept so far is let go too (the form cannot be checked). */
  private stop(reason: string): false {
    this.form.truncated = reason;
    this.form.parts = [];
    this.part = undefined;
    this.headChunks = [];
    this.pending = Buffer.alloc(0);
    return false;
  }
}
