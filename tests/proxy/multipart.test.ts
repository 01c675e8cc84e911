// The streaming multipart reader sees what a whole-body parser sees (undici's, as the local server
// uses), however the bytes are cut into chunks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryOf, MultipartRecorder, PART_HEAD_BYTES, type RecordedForm } from '../../src/contract/proxy/multipart.js';

async function serialize(form: FormData): Promise<{ contentType: string; bytes: Uint8Array }> {
  const request = new Request('http://serialize.invalid/', { method: 'POST', body: form });
  return { contentType: request.headers.get('content-type')!, bytes: new Uint8Array(await request.arrayBuffer()) };
}

function record(contentType: string, bytes: Uint8Array, cuts: number[]): RecordedForm {
  const recorder = new MultipartRecorder(boundaryOf(contentType)!);
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b)) {
    recorder.write(bytes.subarray(at, cut));
    at = cut;
  }
  recorder.write(bytes.subarray(at));
  return recorder.end();
}

/** What undici's parser makes of the same body, in the recorder's terms. */
async function reference(contentType: string, bytes: Uint8Array) {
  const form = await new Request('http://parse.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: bytes as Uint8Array<ArrayBuffer> }).formData();
  const out = [];
  for (const [name, value] of form.entries()) {
    const data = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(await value.arrayBuffer());
    out.push({ name, ...(typeof value === 'string' ? {} : { filename: value.name, contentType: value.type }), size: data.length, head: data.subarray(0, PART_HEAD_BYTES) });
  }
  return out;
}

const field = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/),
  value: fc.oneof(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 300 })),
});

describe('MultipartRecorder', () => {
  it('records every part as a whole-body parser reads it, for any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(field, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(2000), { maxLength: 12 }), async (fields, cuts) => {
        const form = new FormData();
        for (const { name, value } of fields) {
          if (typeof value === 'string') form.append(name, value);
          else form.append(name, new Blob([value as Uint8Array<ArrayBuffer>], { type: 'image/png' }), `${name}.png`);
        }
        const { contentType, bytes } = await serialize(form);
        const recorded = record(contentType, bytes, cuts);
        expect(recorded.malformed).toBeUndefined();
        expect(recorded.parts.map((p) => ({ ...p, head: Buffer.from(p.head).toString('hex') }))).toEqual(
          (await reference(contentType, bytes)).map((p) => ({ ...p, head: Buffer.from(p.head).toString('hex') })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the head of a large file part and counts the rest, one byte at a time too', async () => {
    const big = new Uint8Array(PART_HEAD_BYTES * 3 + 5).map((_, i) => i & 0xff);
    const form = new FormData();
    form.append('file', new Blob([big], { type: 'image/png' }), 'big.png');
    form.append('metadata', '{"a":1}');
    const { contentType, bytes } = await serialize(form);
    const byteByByte = record(contentType, bytes.subarray(0, 4096), Array.from({ length: 4096 }, (_, i) => i));
    expect(byteByByte.malformed).toMatch(/ends before its closing boundary/);
    const [file, metadata] = record(contentType, bytes, [100, 70_000]).parts;
    expect(file).toMatchObject({ name: 'file', filename: 'big.png', contentType: 'image/png', size: big.length });
    expect(Buffer.from(file.head).equals(Buffer.from(big.subarray(0, PART_HEAD_BYTES)))).toBe(true);
    expect(new TextDecoder().decode(metadata.head)).toBe('{"a":1}');
  });

  it('names what is wrong with a body that is not a form', () => {
    const bad = (text: string) => record('multipart/form-data; boundary=b', new TextEncoder().encode(text), []).malformed;
    expect(bad('--b\r\nX-Other: 1\r\n\r\nvalue\r\n--b--\r\n')).toMatch(/no Content-Disposition/);
    expect(bad('--bjunk')).toMatch(/not followed by CRLF/);
    expect(bad('no boundary at all')).toMatch(/ends before/);
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('multipart/form-data')).toBeUndefined();
  });
});
