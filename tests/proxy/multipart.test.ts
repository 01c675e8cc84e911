// The streaming multipart reader sees what a whole-body parser sees (undici's, as the local server
// uses), however the bytes are cut into chunks; and keeps no more than its bounds allow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryOf, MultipartRecorder, PART_HEAD_BYTES, type RecordedForm } from '../../src/contract/traffic/multipart.js';
import { rssGrowthDuring } from '../helpers/hostile-peer.js';
import { API, proxiedScript, reportOf, sha256, TOKEN, violationsOf } from './helpers.js';

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
  const form = await new Request('http://parse.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: bytes as Uint8Array<ArrayBuffer>,
  }).formData();
  const out = [];
  for (const [name, value] of form.entries()) {
    const data = typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(await value.arrayBuffer());
    out.push({
      name,
      ...(typeof value === 'string' ? {} : { filename: value.name, contentType: value.type }),
      size: data.length,
      head: data.subarray(0, PART_HEAD_BYTES),
    });
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
    const byteByByte = record(
      contentType,
      bytes.subarray(0, 4096),
      Array.from({ length: 4096 }, (_, i) => i),
    );
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

describe('MultipartRecorder bounds', () => {
  /** `count` parts of `size` bytes each (a file part's head is 64 KB: the most one part can make it keep). */
  const partsOf = (count: number, size: number, from = 0) =>
    Buffer.concat(
      Array.from({ length: count }, (_, i) =>
        Buffer.concat([
          Buffer.from(`--b\r\nContent-Disposition: form-data; name="f${from + i}"; filename="f.png"\r\n\r\n`),
          Buffer.alloc(size, 0x61),
          Buffer.from('\r\n'),
        ]),
      ),
    );

  it('1 GB of 64 KB parts: at most --max-parts kept, then it stops with why; memory stays flat', async () => {
    const block = partsOf(16, PART_HEAD_BYTES); // ~1 MB
    const recorder = new MultipartRecorder('b', { maxParts: 100, maxKeptBytes: 32 * 1024 * 1024 });
    const { result: form, growth } = await rssGrowthDuring(async () => {
      for (let i = 0; i < 1024; i++) recorder.write(block);
      recorder.write(Buffer.from('--b--\r\n'));
      return recorder.end();
    });
    expect(form).toEqual({ parts: [], truncated: 'the form has more than 100 parts (the bound on parts kept)' });
    expect(growth).toBeLessThan(48 * 1024 * 1024);
    console.info(`multipart recorder RSS growth over 1 GB of parts: ${Math.round(growth / (1024 * 1024))} MB`);
  });

  it('the bytes kept of all parts together are bounded too', () => {
    const recorder = new MultipartRecorder('b', { maxParts: 100_000, maxKeptBytes: 1024 * 1024 });
    recorder.write(partsOf(40, PART_HEAD_BYTES));
    expect(recorder.end()).toEqual({ parts: [], truncated: "the form's parts hold more than 1 MB to keep (the bound on bodies read into memory)" });
    const within = new MultipartRecorder('b', { maxParts: 3, maxKeptBytes: 1024 * 1024 });
    within.write(Buffer.concat([partsOf(3, 10), Buffer.from('--b--\r\n')]));
    expect(within.end().parts.map((p) => [p.name, p.size])).toEqual([
      ['f0', 10],
      ['f1', 10],
      ['f2', 10],
    ]);
  });

  it('through the proxy: a form of 5 000 parts is forwarded unchanged and fails request_conformance saying why', async () => {
    const { proxy, received } = await proxiedScript((_req, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ success: false, errors: [{ code: 5400, message: 'bad' }], messages: [], result: null })),
    );
    const body = Buffer.concat([partsOf(5000, 8), Buffer.from('--b--\r\n')]);
    const response = await fetch(`${proxy.url}${API}/images/v1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'multipart/form-data; boundary=b' },
      body,
    });
    expect(response.status).toBe(400);
    expect(violationsOf(response.headers)).toContainEqual(
      expect.objectContaining({
        check: 'request_conformance',
        pointer: '/body',
        message: 'not checked: the form has more than 100 parts (the bound on parts kept)',
      }),
    );
    expect(received).toEqual([expect.objectContaining({ size: body.length, sha256: sha256(body) })]);
    const report = await reportOf(proxy);
    expect(report.failures).toContainEqual(
      expect.objectContaining({
        check: 'request_conformance',
        operationId: 'uploadImage',
        message: 'not checked: the form has more than 100 parts (the bound on parts kept)',
      }),
    );
    expect(report.passed).toBe(false);
  });
});
