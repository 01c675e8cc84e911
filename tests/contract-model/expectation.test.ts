// The judge of the model-based phase (also embedded in the failure scripts): each kind of fact,
// the status classes it accepts (never one code where the spec documents a class), and the
// untyped-filter verdicts that accept both readings the pages leave open.
import { describe, expect, it } from 'vitest';
import { judgeAnswer, type Fact, type JudgedAnswer } from '../../src/contract/model-based/expectation.js';
import { verdict } from '../../src/contract/scenarios/filter-verdict.js';

const answer = (over: Partial<JudgedAnswer> = {}): JudgedAnswer => ({
  status: 200,
  contentType: 'application/json',
  json: { result: { id: 'a', meta: { b: 1, a: [1, { c: 2 }] }, images: [{ id: 'x' }, { id: 'y' }], variants: { hero: {} }, count: { current: 5 } } },
  base64: '',
  ...over,
});
const judge = (fact: Fact, over?: Partial<JudgedAnswer>) => judgeAnswer([fact], answer(over));

describe('judgeAnswer', () => {
  it('status classes: a 2xx is any 2xx; a refusal any 4xx but 401/403/429; a 4xx any 4xx', () => {
    for (const s of [200, 201, 204]) expect(judge({ kind: 'status', is: '2xx' }, { status: s })).toBeUndefined();
    for (const s of [400, 404, 409, 410, 422]) expect(judge({ kind: 'status', is: 'refused' }, { status: s })).toBeUndefined();
    for (const s of [401, 403, 429, 500, 200]) expect(judge({ kind: 'status', is: 'refused' }, { status: s })).toMatch(/refusal/);
    for (const s of [401, 403, 410]) expect(judge({ kind: 'status', is: '4xx' }, { status: s })).toBeUndefined();
    expect(judge({ kind: 'status', is: '2xx' }, { status: 302 })).toMatch(/HTTP 302/);
  });

  it('equals: key order free; absent compared as its default; ifPresent skips an absent value', () => {
    expect(judge({ kind: 'equals', pointer: '/result/meta', value: { a: [1, { c: 2 }], b: 1 } })).toBeUndefined();
    expect(judge({ kind: 'equals', pointer: '/result/meta', value: { a: [1, { c: 3 }], b: 1 } })).toMatch(/\/result\/meta is/);
    expect(judge({ kind: 'equals', pointer: '/result/flag', value: false, absentMeans: false })).toBeUndefined();
    expect(judge({ kind: 'equals', pointer: '/result/flag', value: true, absentMeans: false })).toMatch(/flag/);
    expect(judge({ kind: 'equals', pointer: '/result/filename', value: 'x.png', ifPresent: true })).toBeUndefined();
    expect(judge({ kind: 'equals', pointer: '/result/id', value: 'b', ifPresent: true })).toMatch(/not "b"/);
  });

  it('has: more properties are allowed, a differing one is not', () => {
    expect(judge({ kind: 'has', pointer: '/result', value: { id: 'a' } })).toBeUndefined();
    expect(judge({ kind: 'has', pointer: '/result', value: { id: 'b' } })).toMatch(/\/result\/id/);
  });

  it('members and keys: included and excluded', () => {
    expect(judge({ kind: 'members', pointer: '/result/images', by: 'id', include: ['x'], exclude: ['z'] })).toBeUndefined();
    expect(judge({ kind: 'members', pointer: '/result/images', by: 'id', include: ['z'], exclude: [] })).toMatch(/lacks z/);
    expect(judge({ kind: 'members', pointer: '/result/images', by: 'id', include: [], exclude: ['y'] })).toMatch(/still holds y/);
    expect(judge({ kind: 'members', pointer: '/result/nothing', by: 'id', include: [], exclude: [] })).toMatch(/not a list/);
    expect(judge({ kind: 'keys', pointer: '/result/variants', include: ['hero'], exclude: ['gone'] })).toBeUndefined();
    expect(judge({ kind: 'keys', pointer: '/result/variants', include: [], exclude: ['hero'] })).toMatch(/still holds hero/);
  });

  it('between, none-of, bytes and image', () => {
    expect(judge({ kind: 'between', pointer: '/result/count/current', min: 5, max: 6 })).toBeUndefined();
    expect(judge({ kind: 'between', pointer: '/result/count/current', min: 6, max: 9 })).toMatch(/within 6–9/);
    expect(judge({ kind: 'none-of', pointer: '/result/id', values: ['b'] })).toBeUndefined();
    expect(judge({ kind: 'none-of', pointer: '/result/id', values: ['a'] })).toMatch(/not a new value/);
    expect(judge({ kind: 'bytes', base64: 'AAEC' }, { contentType: 'image/png', base64: 'AAEC' })).toBeUndefined();
    expect(judge({ kind: 'bytes', base64: 'AAEC' }, { contentType: 'application/octet-stream', base64: 'AAEC' })).toMatch(/not the uploaded bytes/);
    expect(judge({ kind: 'image' }, { contentType: 'image/webp', base64: 'AA' })).toBeUndefined();
    expect(judge({ kind: 'image' }, { contentType: 'image/webp', base64: '' })).toMatch(/not an image/);
  });

  it('is self-contained: its source alone judges (the scripts embed it)', () => {
    const rebuilt = new Function(`const __name = (f) => f; return (${judgeAnswer.toString()});`)() as typeof judgeAnswer;
    expect(rebuilt([{ kind: 'status', is: 'refused' }], answer({ status: 401 }))).toMatch(/refusal/);
    expect(rebuilt([{ kind: 'members', pointer: '/result/images', by: 'id', include: ['x'], exclude: [] }], answer())).toBeUndefined();
  });
});

describe('filter verdicts', () => {
  const meta = { color: 'red', size: 2, shape: { edges: 3 } };
  it('typed operators have one reading', () => {
    expect(verdict(meta, { field: 'size', operator: 'eq:number', values: ['2'] })).toBe('yes');
    expect(verdict(meta, { field: 'size', operator: 'eq:string', values: ['2'] })).toBe('no');
    expect(verdict(meta, { field: 'shape.edges', operator: 'gte', values: ['3'] })).toBe('yes');
    expect(verdict(meta, { field: 'shape.edges', operator: 'gt', values: ['3'] })).toBe('no');
  });

  it('an untyped eq / in accepts both readings where they disagree (open:untyped-equality)', () => {
    expect(verdict(meta, { field: 'size', operator: 'eq', values: ['2'] })).toBe('yes');
    expect(verdict(meta, { field: 'size', operator: 'eq', values: ['2.0'] })).toBe('either');
    expect(verdict(meta, { field: 'color', operator: 'in', values: ['blue', 'red'] })).toBe('yes');
    expect(verdict(meta, { field: 'color', operator: 'eq', values: ['blue'] })).toBe('no');
  });
});
