// check-har over HAR files recorded from real traffic with the local server: recorded traffic
// passes; base64 bodies are decoded and checked; a missing body is unchecked, never passed; wrong
// requests and responses are failures with where; no credential or signing-key value gets out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHar } from '../../src/contract/har/check-har.js';
import { HarFormatError, parseHar, type HarEntry } from '../../src/contract/har/har-file.js';
import { toJson, toJUnit } from '../../src/contract/report/junit.js';
import { renderReport } from '../../src/contract/report/terminal.js';
import { createImagesClient } from '../../src/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { harRecorder } from './recorder.js';
import { PNG as png } from '../helpers/fake-fetch.js';

const TOKEN = 'har-SECRET-token-77aa';
let server: ImagesServer;
let recorded: HarEntry[];
let keyValue: string;

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  const recorder = harRecorder();
  const cf = createImagesClient({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN, env: {}, maxRetries: 0, fetch: recorder.fetch });
  const image = await cf.images.v1.create({ file: png, metadata: { sku: '1' } });
  await cf.images.v1.get(image.id);
  await (await cf.images.v1.blobs.get(image.id)).bytes();
  keyValue = (await cf.images.v1.keys.list()).keys[0].value;
  await cf.images.v1.edit(image.id, { creator: 'u1' });
  await cf.images.v2.list({ filters: { sku: { eq: '1' } } });
  await cf.images.v1.delete(image.id);
  recorded = parseHar(recorder.har());
});
afterAll(() => server.close());

const check = (entries: HarEntry[]) => checkHar(entries, { target: 'traffic.har' });
const copy = () => structuredClone(recorded);
const entryOf = (entries: HarEntry[], method: string, path: RegExp) =>
  entries.find((e) => e.request.method === method && path.test(new URL(e.request.url).pathname))!;

describe('check-har', () => {
  it('passes recorded traffic, blob bodies base64-decoded, and says what the traffic covered', async () => {
    const { report, ignored } = await check(recorded);
    expect(ignored).toBe(0);
    expect(report).toMatchObject({ mode: 'har', target: 'traffic.har', failures: [], passed: true });
    expect(report.operations.map((o) => [o.operationId, o.exercised])).toEqual([
      ['deleteImage', ['200']],
      ['getImage', ['200']],
      ['getImageBlob', ['200']],
      ['listImagesV2', ['200']],
      ['listSigningKeys', ['200']],
      ['updateImage', ['200']],
      ['uploadImage', ['200']],
    ]);
    // a multipart body exported as text: its form is checked, its file's size is not known
    expect(report.summaries).toContainEqual({ check: 'request_conformance', operationId: 'uploadImage', passed: 1, failed: 0 });
    for (const text of [toJson(report), toJUnit(report), renderReport(report)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(keyValue);
    }
  });

  it('decodes a base64 JSON body and checks it', async () => {
    const entries = copy();
    const { content } = entryOf(entries, 'GET', /\/images\/v1\/keys$/).response;
    const body = JSON.parse(content.text!);
    body.result.keys[0].name = 'not ok!';
    Object.assign(content, { text: Buffer.from(JSON.stringify(body)).toString('base64'), encoding: 'base64' });
    const { report } = await check(entries);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'response_schema_conformance',
        operationId: 'listSigningKeys',
        received: { status: 200, pointer: '/result/keys/0/name', value: 'not ok!' },
      }),
    ]);
    expect(toJson(report)).not.toContain(keyValue);
  });

  it('reports missing bodies as unchecked, not as passed', async () => {
    const entries = copy();
    delete entryOf(entries, 'GET', /\/images\/v1\/[^/]+$/).response.content.text;
    delete entryOf(entries, 'PATCH', /\/images\/v1\/[^/]+$/).request.postData;
    const { report } = await check(entries);
    expect(report.unchecked).toEqual([
      expect.objectContaining({ operationId: 'getImage', reason: 'response body: the HAR entry has no body text (content.text)' }),
      expect.objectContaining({ operationId: 'updateImage', reason: 'request body: the request body was not recorded' }),
    ]);
    const outcomes = (operationId: string, check: string) => report.summaries.find((s) => s.operationId === operationId && s.check === check);
    expect(outcomes('getImage', 'response_schema_conformance')).toBeUndefined();
    expect(outcomes('getImage', 'envelope_consistency')).toBeUndefined();
    expect(outcomes('getImage', 'status_code_conformance')).toMatchObject({ passed: 1 });
    expect(outcomes('updateImage', 'request_conformance')).toBeUndefined();
    expect(report.passed).toBe(true);
  });

  it('fails wrong requests and responses, with where', async () => {
    const entries = copy();
    const list = entryOf(entries, 'GET', /\/images\/v2$/);
    list.request.url = list.request.url.replace('/images/v2?', '/images/v2?per_page=5&');
    list.request.headers = list.request.headers.filter((h) => h.name !== 'authorization');
    const get = entryOf(entries, 'GET', /\/images\/v1\/[^/]+$/).response;
    get.content.text = JSON.stringify({ ...JSON.parse(get.content.text!), success: false });
    const { report } = await check(entries);
    expect(report.failures.map((f) => [f.check, f.operationId, f.received?.pointer])).toEqual([
      ['response_schema_conformance', 'getImage', '/success'],
      ['envelope_consistency', 'getImage', '/success'],
      ['envelope_consistency', 'getImage', '/result'],
      ['envelope_consistency', 'getImage', '/errors'],
      ['request_conformance', 'listImagesV2', '/header/authorization'],
      ['request_conformance', 'listImagesV2', '/query/per_page'],
    ]);
    expect(report.passed).toBe(false);
    // Each failure quotes the spec statements it rests on, in every report, as the run's do.
    for (const f of report.failures) expect(f.spec?.length, `${f.check} ${f.received?.pointer}`).toBeGreaterThan(0);
    // …and says what was expected.
    expect(report.failures.map((f) => f.expected)).toEqual([...Array(4).fill('the documented response'), ...Array(2).fill('a request the spec accepts')]);
    expect(renderReport(report)).toMatch(/because: .+ \(spec #?\/\S+\)/);
    expect(toJUnit(report)).toMatch(/because: .+ \(spec #?\/\S+\)/);
  });

  it("reads a form recorded as params (Firefox's export), leaves out page assets, keeps undocumented API calls", async () => {
    const upload = entryOf(copy(), 'POST', /\/images\/v1$/);
    const mimeType = upload.request.postData!.mimeType;
    upload.request.postData = {
      mimeType,
      params: [
        { name: 'file', fileName: 'a.png', contentType: 'image/png' },
        { name: 'url', value: 'https://example.com/a.png' },
      ],
    };
    const asset: HarEntry = { ...structuredClone(upload), request: { method: 'GET', url: 'http://127.0.0.1/app.js', headers: [] } };
    const undocumented: HarEntry = {
      ...structuredClone(upload),
      request: { method: 'GET', url: `${server.baseUrl}/accounts/${server.accountId}/images/v3`, headers: [] },
    };
    const { report, ignored } = await check([upload, asset, undocumented]);
    expect(ignored).toBe(1);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'request_conformance',
        received: { pointer: '/body' },
        message: "The form needs exactly one of 'file' (a file part) and 'url'.",
      }),
    ]);
    expect(report.unchecked).toEqual([expect.objectContaining({ operationId: '(no operation)' })]);
  });

  it("says what is wrong with an SDK's bracketed form fields (metadata[app]=x): metadata is one JSON string field", async () => {
    const upload = entryOf(copy(), 'POST', /\/images\/v1$/);
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'p.png');
    form.append('metadata[app]', 'x');
    form.append('metadata[tags][0]', 'a');
    const sent = new Request('http://127.0.0.1/', { method: 'POST', body: form });
    const mimeType = sent.headers.get('content-type')!;
    upload.request.headers = [...upload.request.headers.filter((h) => h.name !== 'content-type'), { name: 'content-type', value: mimeType }];
    upload.request.postData = { mimeType, text: Buffer.from(await sent.arrayBuffer()).toString('base64'), encoding: 'base64' };
    const { report } = await check([upload]);
    expect(report.failures).toEqual([
      expect.objectContaining({
        check: 'request_conformance',
        operationId: 'uploadImage',
        received: { pointer: '/body/metadata' },
        message:
          'metadata is one form field holding a JSON object as a string, e.g. metadata={"app":"x","tags":{"0":"a"}}; got bracketed fields metadata[app], metadata[tags][0]',
      }),
    ]);
  });

  it('names what is wrong with a file that is not HAR', () => {
    expect(() => parseHar('{')).toThrow(HarFormatError);
    expect(() => parseHar('{"log":{}}')).toThrow(/no log.entries array/);
    expect(() => parseHar('{"log":{"entries":[{"request":{"method":"GET"},"response":{"status":200}}]}}')).toThrow(
      /log.entries\[0\].request must have a method and a url/,
    );
  });
});
