// Valid PNG files of any size, small on the wire: 1-bit grayscale, all black, compressed with
// fixed-Huffman deflate as runs of zeros (a 10000×10000 image is ~78 KB). For the upload limits
// on pixels and sides, which a 1×1 image cannot reach.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC), as PNG chunks carry it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([[...type].map((c) => c.charCodeAt(0)), data]);
  return concat([u32(data.byteLength), typed, u32(crc32(typed))]);
}

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
  }
  /** A Huffman code, which deflate stores most-significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((value >>> i) & 1);
  }
  private bit(b: number): void {
    this.current |= b << this.used++;
    if (this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }
  finish(): number[] {
    if (this.used) this.bytes.push(this.current);
    return this.bytes;
  }
}

/** zlib stream of `length` zero bytes: one literal zero, then copies of 258 at distance 1. */
function zlibZeros(length: number): Uint8Array {
  const w = new BitWriter();
  w.bits(1, 1); // last block
  w.bits(1, 2); // fixed Huffman codes
  const literalZero = () => w.code(0x30, 8);
  literalZero();
  let left = length - 1;
  for (; left >= 258; left -= 258) {
    w.code(0xc5, 8); // length 258 (code 285)
    w.code(0, 5); // distance 1
  }
  for (; left > 0; left--) literalZero();
  w.code(0, 7); // end of block
  const adler = [...u32(((length % 65521) << 16) | 1)]; // all zeros: a stays 1, b grows by 1 a byte
  return concat([[0x78, 0x01], w.finish(), adler]);
}

const made = new Map<string, Uint8Array>();

/** A black `width`×`height` PNG (the same bytes for the same size: do not change them). */
export function blackPng(width: number, height: number): Uint8Array {
  const key = `${width}x${height}`;
  if (!made.has(key)) made.set(key, encodePng(width, height));
  return made.get(key)!;
}

function encodePng(width: number, height: number): Uint8Array {
  const header = new Uint8Array([...u32(width), ...u32(height), 1, 0, 0, 0, 0]);
  const raw = (1 + Math.ceil(width / 8)) * height; // a filter byte and the packed bits of each row
  return concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibZeros(raw)), chunk('IEND', new Uint8Array())]);
}

/** The size a PNG's header states, or undefined for other bytes. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.byteLength < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
