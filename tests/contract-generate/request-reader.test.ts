// The checker's one request reader (checks/request-reader.ts) and its rules
// (checks/request-rules.ts): what they say of hand-picked requests, and that the generator's
// oracle and the proxy, which build its input from a Case and from recorded traffic, read every
// coverage case alike.
import { describe, expect, it } from 'vitest';
import { facts, operations, type OperationId } from '../../generated/operations.js';
import { bodyIssues, formBodyOf, jsonBodyOf, parameterIssues, type BodyAsRead } from '../../src/contract/checks/request-reader.js';
import { ruleIssues } from '../../src/contract/checks/request-rules.js';
import { buildRequest } from '../../src/contract/engine/request.js';
import { coverageCases } from '../../src/contract/generate/coverage.js';
import { PLACEHOLDER_ACCOUNT, caseIssues, routeOf } from '../../src/contract/generate/oracle.js';
import { blackPng } from '../../src/contract/schema/png.js';
import { recordBody } from '../../src/contract/traffic/recorded-body.js';
import { checkRequest } from '../../src/contract/traffic/request-check.js';
import { specBasePath } from '../../src/spec/route.js';
import { NOW, context } from './fixtures.js';

const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
const value = (v: unknown): BodyAsRead => ({ kind: 'value', value: v });
const where = (issues: { pointer: string }[]) => issues.map((i) => i.pointer);
const png = (w: number, h: number, contentType = 'image/png') => {
  const bytes = blackPng(w, h);
  return { filename: 'x.png', contentType, size: bytes.byteLength, head: bytes };
};

describe('the request reader', () => {
  it('types query values as the parameters declare them', () => {
    const path = { account_id: PLACEHOLDER_ACCOUNT };
    expect(parameterIssues('listImages', path, new URLSearchParams('per_page=10&page=2'))).toEqual([]);
    expect(where(parameterIssues('listImages', path, new URLSearchParams('per_page=ten')))).toEqual(['/query/per_page']);
  });

  it('reads nothing past a wrong media type; a required body sent without one is one', () => {
    expect(bodyIssues('updateImage', 'text/plain', value({ colour: 'red' }), NOW)).toEqual([
      expect.objectContaining({ pointer: '/header/content-type', message: "text/plain is not the media type of this operation's body (application/json)" }),
    ]);
    expect(where(bodyIssues('updateImage', undefined, { kind: 'none' }, NOW))).toEqual(['/header/content-type']);
    expect(bodyIssues('listImages', undefined, { kind: 'none' }, NOW)).toEqual([]);
    expect(bodyIssues('updateImage', 'application/json', { kind: 'none' }, NOW)).toEqual([
      expect.objectContaining({ pointer: '/body', message: 'a request body is required' }),
    ]);
  });

  it('reads a JSON text as a server does', () => {
    expect(jsonBodyOf('')).toEqual({ kind: 'unreadable', message: 'a JSON request body is required' });
    expect(jsonBodyOf('{"creator":')).toEqual({ kind: 'unreadable', message: 'is not valid JSON' });
    expect(jsonBodyOf('{"creator":"a"}')).toEqual(value({ creator: 'a' }));
    expect(bodyIssues('updateImage', 'application/json; charset=utf-8', jsonBodyOf('{"creator":'), NOW)).toEqual([
      expect.objectContaining({ pointer: '/body', message: 'is not valid JSON' }),
    ]);
  });

  it('reads a form as a server does: the first of a repeated name, fields typed, a file for a text field read as its text', () => {
    const file = { filename: 'm.json', contentType: 'application/json', size: 2, head: new TextEncoder().encode('{}') };
    expect(
      formBodyOf('createDirectUpload', [
        ['requireSignedURLs', 'true'],
        ['requireSignedURLs', 'no'],
        ['metadata', file],
      ]),
    ).toEqual(value({ requireSignedURLs: true, metadata: '{}' }));
    expect(formBodyOf('uploadImage', [['file', 'not a file']])).toEqual(value({ file: 'not a file' }));
  });

  it('checks the validators and the rules, one complaint per place', () => {
    expect(bodyIssues('uploadImage', 'multipart/form-data; boundary=x', value({ file: png(1, 1) }), NOW)).toEqual([]);
    expect(where(bodyIssues('uploadImage', 'multipart/form-data', value({ file: 'not a file' }), NOW))).toEqual(['/body/file']);
    // Over maxLength (the validators) and over the serialized bytes (the rule), at one place: said once.
    const long = JSON.stringify({ k: 'a'.repeat(facts.metadataMaxBytes) });
    expect(bodyIssues('uploadImage', 'multipart/form-data', value({ file: png(1, 1), metadata: long }), NOW)).toEqual([
      expect.objectContaining({ pointer: '/body/metadata', keyword: 'maxLength' }),
    ]);
    expect(where(bodyIssues('createDirectUpload', 'multipart/form-data', value({ id: 'a', expiry: at(60) }), NOW))).toEqual(['/body/expiry']);
  });
});

describe('the request rules', () => {
  const { minSeconds, maxSeconds } = facts.expiryWindow;
  const rules = (operationId: OperationId, body: unknown) => ruleIssues(operationId, body, NOW).map((i) => `${i.pointer} ${i.message}`);

  it('the expiry window relative to when the request was sent', () => {
    expect(rules('createDirectUpload', { expiry: at(minSeconds) })).toEqual([]);
    expect(rules('createDirectUpload', { expiry: at(maxSeconds) })).toEqual([]);
    expect(rules('createDirectUpload', { expiry: at(60) })).toEqual([
      `/body/expiry must be between ${minSeconds} s and ${maxSeconds} s after the request (it is 60 s after)`,
    ]);
    expect(rules('createDirectUpload', { expiry: 'soon' })).toEqual([
      `/body/expiry must be between ${minSeconds} s and ${maxSeconds} s after the request (it is not a time)`,
    ]);
  });

  it('metadata: serialized bytes, and a JSON text that parses', () => {
    expect(rules('updateImage', { metadata: { big: 'é'.repeat(600) } })).toEqual([
      `/body/metadata is 1210 bytes when serialized; at most ${facts.metadataMaxBytes}`,
    ]);
    expect(rules('uploadImage', { metadata: '{not json}' })).toEqual(['/body/metadata is not valid JSON (it is sent as application/json)']);
    expect(rules('uploadImage', { metadata: '{"a":1}' })).toEqual([]);
  });

  it('a form file: a file part of an image type, not empty, within the image limits', () => {
    const { maxBytes, maxSide, maxPixels } = facts.imageLimits;
    expect(rules('uploadImage', { file: png(1, 1) })).toEqual([]);
    expect(rules('uploadImage', { file: 'text' })).toEqual(['/body/file must be a file part (a part with a filename)']);
    expect(rules('uploadImage', { file: png(1, 1, 'text/plain') })).toEqual([
      `/body/file is a text/plain part; must be one of ${facts.imageMediaTypes.join(', ')}`,
    ]);
    expect(rules('uploadImage', { file: { filename: 'x.png' } })).toEqual(['/body/file is a (none) part; must be one of ' + facts.imageMediaTypes.join(', ')]);
    expect(rules('uploadImage', { file: { ...png(1, 1), size: 0 } })).toEqual(['/body/file is empty']);
    expect(rules('uploadImage', { file: { ...png(1, 1), size: maxBytes + 1 } })).toEqual([`/body/file is ${maxBytes + 1} bytes; at most ${maxBytes}`]);
    expect(rules('uploadImage', { file: { ...png(1, 1), size: undefined } })).toEqual([]);
    expect(rules('uploadImage', { file: png(maxSide + 1, 1) })).toEqual([`/body/file is ${maxSide + 1}×1 px; at most ${maxSide} a side`]);
    expect(rules('uploadImage', { file: png(maxSide, Math.floor(maxPixels / maxSide) + 1) })).toEqual([
      `/body/file has ${maxSide * (Math.floor(maxPixels / maxSide) + 1)} pixels; at most ${maxPixels}`,
    ]);
  });
});

describe('the oracle and the proxy read a request alike', () => {
  const token = 'reader-test-token';

  /** The case sent as the engine sends it, recorded as the proxy records it, and checked by the proxy. */
  async function proxyPointers(c: Parameters<typeof routeOf>[0]): Promise<string[]> {
    const base = `http://reader.invalid${specBasePath()}`;
    const built = buildRequest(c, { baseUrl: base, accountId: PLACEHOLDER_ACCOUNT, apiToken: token });
    const url = new URL(built.url);
    const headers = new Map(Object.entries(built.headers).map(([k, v]) => [k.toLowerCase(), [v]]));
    const bytes = built.body instanceof Blob ? new Uint8Array(await built.body.arrayBuffer()) : built.body;
    const body = recordBody(built.headers['content-type'], bytes ?? new Uint8Array());
    const check = await checkRequest({ method: built.method, target: `${url.pathname}${url.search}`, headers, body, at: NOW });
    // A case carries its Content-Type with its body, as the oracle says.
    return (check?.issues ?? []).map((i) => (i.pointer === '/header/content-type' ? '/body' : i.pointer));
  }

  it.each(Object.keys(operations) as OperationId[])('%s: every coverage case that reaches it', async (id) => {
    let refused = 0;
    for (const c of coverageCases(id, context()).filter((c) => routeOf(c) === 'same')) {
      const oracle = [...new Set(where(caseIssues(c, NOW)))].sort();
      expect([...new Set(await proxyPointers(c))].sort(), c.label).toEqual(oracle);
      if (oracle.length) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });
});
