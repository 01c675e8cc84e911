// Real PNG files of any size, tiny on the wire: one bit per pixel, every row blank, so the
// deflated pixels of even 100 megapixels take a few kilobytes (CompressionStream: Node, Workers
// and browsers alike).
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  new DataView(head.buffer).setUint32(0, data.byteLength);
  head.set(new TextEncoder().encode(type), 4);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32(concat([head.subarray(4), data])));
  return concat([head, data, crc]);
}

/** A blank black-and-white PNG of `width` × `height` pixels. */
export async function blankPng(width: number, height: number): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 1; // bit depth; colour type 0 (greyscale), deflate, no filter, no interlace
  // Each row: filter byte 0, then the row's pixels, all 0.
  const pixels = new Blob([new Uint8Array((1 + Math.ceil(width / 8)) * height)]);
  const deflated = new Uint8Array(await new Response(pixels.stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
  return concat([Uint8Array.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', deflated), chunk('IEND', new Uint8Array())]);
}

/** `bytes` followed by zeros up to `size` bytes. */
export function paddedTo(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}
