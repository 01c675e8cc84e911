import { describe, expect, it } from 'vitest';
import { expectFailure, png, startTestServer, type TestServer } from './helpers.js';

/** Uploads `count` images, advancing the clock one second every `perTick` uploads (so some share an upload time). */
async function seed(t: TestServer, count: number, perTick = 3, fields: (i: number) => Record<string, string> = () => ({})) {
  const images: { id: string; uploaded: string }[] = [];
  for (let i = 0; i < count; i++) {
    if (i % perTick === 0) t.clock.now += 1000;
    images.push((await t.upload(fields(i), png(1, 1, i))).json.result);
  }
  return images;
}

const ascending = (a: { id: string; uploaded: string }, b: { id: string; uploaded: string }) =>
  Date.parse(a.uploaded) - Date.parse(b.uploaded) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('v1 list', () => {
  it('pages newest first with page and per_page', async () => {
    const t = await startTestServer();
    const images = await seed(t, 25, 1);
    const expected = [...images]
      .sort(ascending)
      .reverse()
      .map((i) => i.id);
    const pages = [];
    for (const page of [1, 2, 3, 4]) pages.push((await t.call('listImages', 'v1', { query: { page, per_page: 10 } })).json.result.images.map((i: any) => i.id));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5, 0]);
    expect(pages.flat()).toEqual(expected);
    expect((await t.call('listImages', 'v1')).json.result.images).toHaveLength(25); // default per_page 1000
  });

  it('filters by creator; an empty creator selects images without one', async () => {
    const t = await startTestServer();
    await seed(t, 6, 1, (i): Record<string, string> => (i % 3 === 0 ? {} : { creator: i % 3 === 1 ? 'alice' : 'bob' }));
    const ids = async (creator: string) => (await t.call('listImages', 'v1', { query: { creator } })).json.result.images.map((i: any) => i.creator);
    expect(await ids('alice')).toEqual(['alice', 'alice']);
    expect(await ids('')).toEqual([null, null]);
    expect(await ids('nobody')).toEqual([]);
  });
});

describe('v2 list', () => {
  async function walk(t: TestServer, query: Record<string, string | number>) {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const reply = await t.call('listImagesV2', 'v2', { query: { ...query, ...(token ? { continuation_token: token } : {}) } });
      expect(reply.status).toBe(200);
      seen.push(...reply.json.result.images.map((i: any) => i.id));
      token = reply.json.result.continuation_token ?? undefined;
      pages++;
    } while (token);
    return { seen, pages };
  }

  it('returns every image exactly once, in order, for desc (default) and asc', async () => {
    const t = await startTestServer();
    const images = await seed(t, 34, 4); // ties in upload time, broken by id
    const asc = [...images].sort(ascending).map((i) => i.id);
    const desc = await walk(t, { per_page: 10 });
    expect(desc.seen).toEqual([...asc].reverse());
    expect(desc.pages).toBe(4);
    expect((await walk(t, { per_page: 10, sort_order: 'desc' })).seen).toEqual([...asc].reverse());
    const ascWalk = await walk(t, { per_page: 10, sort_order: 'asc' });
    expect(ascWalk.seen).toEqual(asc);
    expect(new Set(ascWalk.seen).size).toBe(34);
  });

  it('has a null continuation_token on the last page, also when the page is exactly full', async () => {
    const t = await startTestServer();
    await seed(t, 10);
    const reply = await t.call('listImagesV2', 'v2', { query: { per_page: 10 } });
    expect(reply.json.result.images).toHaveLength(10);
    expect(reply.json.result.continuation_token).toBeNull();
  });

  it('keeps its place when images are added or deleted between pages', async () => {
    const t = await startTestServer();
    const images = await seed(t, 20, 1);
    const first = (await t.call('listImagesV2', 'v2', { query: { per_page: 10, sort_order: 'asc' } })).json.result;
    t.clock.now += 60_000;
    await t.upload({}, png(2, 1));
    const nextExpected = [...images]
      .sort(ascending)
      .slice(10)
      .map((i) => i.id);
    await t.call('deleteImage', `v1/${nextExpected[0]}`);
    const second = (await t.call('listImagesV2', 'v2', { query: { per_page: 10, sort_order: 'asc', continuation_token: first.continuation_token } })).json
      .result;
    expect(second.images.map((i: any) => i.id).slice(0, 9)).toEqual(nextExpected.slice(1));
    expect(second.images).toHaveLength(10); // 9 left of the seed + the new one
  });

  it('rejects an invalid continuation token', async () => {
    const t = await startTestServer();
    await seed(t, 11);
    for (const token of ['garbage!', 'bm90LWpzb24', Buffer.from('[1,2,3]').toString('base64url')])
      expectFailure(await t.call('listImagesV2', 'v2', { query: { continuation_token: token } }), 400, 5400, /continuation_token/);
    const { continuation_token } = (await t.call('listImagesV2', 'v2', { query: { per_page: 10 } })).json.result;
    expectFailure(await t.call('listImagesV2', 'v2', { query: { continuation_token, sort_order: 'asc' } }), 400, 5400, /sort_order=desc/);
  });

  it('excludes drafts and filters by creator', async () => {
    const t = await startTestServer();
    await seed(t, 3, 1, (i): Record<string, string> => (i === 0 ? { creator: 'alice' } : {}));
    const form = new FormData();
    form.append('creator', 'alice');
    await t.call('createDirectUpload', 'v2/direct_upload', { body: form });
    expect((await t.call('listImagesV2', 'v2')).json.result.images).toHaveLength(3);
    expect((await t.call('listImagesV2', 'v2', { query: { creator: 'alice' } })).json.result.images).toHaveLength(1);
    expect((await t.call('listImagesV2', 'v2', { query: { creator: '' } })).json.result.images).toHaveLength(2);
  });
});

describe('v2 metadata filters', () => {
  const META: Record<string, object | undefined> = {
    A: { status: 'active', n: 5, flag: true, region: { name: 'eu-west', code: 1 } },
    B: { status: 'archived', n: 10, flag: false, region: { name: 'us-east' } },
    C: { status: 'active', n: 7.5, neg: -2, nested: { a: { b: { c: { d: 'deep' } } } } },
    D: undefined,
    E: { n: '5', status: 'Active' },
  };

  async function setup() {
    const t = await startTestServer();
    for (const [name, meta] of Object.entries(META)) {
      const fields: Record<string, string> = { id: `img-${name}` };
      if (meta) fields.metadata = JSON.stringify(meta);
      if (name === 'A' || name === 'C') fields.creator = 'alice';
      await t.upload(fields, png(1, 1, name.charCodeAt(0)));
    }
    const list = async (filters: [string, string][]) => {
      const reply = await t.call('listImagesV2', 'v2', { query: filters });
      expect(reply.status, JSON.stringify(reply.json)).toBe(200);
      return reply.json.result.images
        .map((i: any) => i.id.slice(4))
        .sort()
        .join('');
    };
    return { t, list };
  }

  it('supports every operator', async () => {
    const { list } = await setup();
    const cases: [string, string, string, string][] = [
      ['status', 'eq', 'active', 'AC'],
      ['n', 'eq', '5', 'AE'], // untyped eq matches the number 5 and the string '5'
      ['n', 'eq:string', '5', 'E'],
      ['n', 'eq:number', '5', 'A'],
      ['n', 'eq:number', '7.5', 'C'],
      ['status', 'eq:string', 'active', 'AC'],
      ['flag', 'eq:boolean', 'true', 'A'],
      ['flag', 'eq:boolean', 'false', 'B'],
      ['flag', 'eq', 'true', 'A'],
      ['status', 'in', 'active|archived', 'ABC'],
      ['n', 'in', '5|7.5', 'ACE'],
      ['status', 'in:string', 'archived|Active', 'BE'],
      ['n', 'in:number', '5|10', 'AB'],
      ['n', 'gt', '5', 'BC'],
      ['n', 'gte', '5', 'ABC'],
      ['n', 'lt', '10', 'AC'],
      ['n', 'lte', '7.5', 'AC'],
      ['n', 'gt:number', '7.5', 'B'],
      ['n', 'gte:number', '7.5', 'BC'],
      ['n', 'lt:number', '7.5', 'A'],
      ['n', 'lte:number', '10', 'ABC'],
      ['neg', 'lt', '-1', 'C'],
      ['region.name', 'eq', 'eu-west', 'A'],
      ['region.code', 'eq:number', '1', 'A'],
      ['nested.a.b.c.d', 'eq', 'deep', 'C'],
      ['missing', 'eq', 'x', ''],
    ];
    for (const [field, op, value, expected] of cases) expect(await list([[`meta.${field}[${op}]`, value]]), `${field}[${op}]=${value}`).toBe(expected);
  });

  it('ANDs filters with each other and with creator', async () => {
    const { list } = await setup();
    expect(
      await list([
        ['meta.status[eq]', 'active'],
        ['meta.n[gt]', '6'],
      ]),
    ).toBe('C');
    expect(
      await list([
        ['meta.status[eq]', 'active'],
        ['creator', 'alice'],
      ]),
    ).toBe('AC');
    expect(
      await list([
        ['meta.n[gte]', '5'],
        ['creator', 'alice'],
        ['meta.flag[eq:boolean]', 'true'],
      ]),
    ).toBe('A');
    expect(
      await list([
        ['meta.status[in]', 'active|archived'],
        ['creator', ''],
      ]),
    ).toBe('B');
  });

  it('rejects unsupported operators and limits with 5400 and the documented messages', async () => {
    const { t } = await setup();
    const fail = async (filters: [string, string][], message: string | RegExp) =>
      expectFailure(await t.call('listImagesV2', 'v2', { query: filters }), 400, 5400, message);
    await fail([['meta.status[not-eq]', 'x']], "Unsupported metadata filter operator: 'not-eq'");
    await fail(
      Array.from({ length: 6 }, (_, i) => [`meta.f${i}[eq]`, 'x'] as [string, string]),
      'Too many metadata filters: 6 provided, maximum 5 allowed',
    );
    await fail([['meta.a.b.c.d.e.f[eq]', 'x']], "Metadata filter field too deep: 'a.b.c.d.e.f' has 6 levels, maximum 5 allowed");
    await fail(
      [['meta.n[in]', Array.from({ length: 11 }, (_, i) => i).join('|')]],
      "Too many metadata filter values: 11 provided for 'meta.n[in]', maximum 10 allowed",
    );
    await fail([['meta.n[gt]', 'abc']], "Invalid metadata filter value: 'abc' for 'meta.n[gt]' is not a number");
    await fail([['meta.n[in:number]', '1|x']], "Invalid metadata filter value: 'x' for 'meta.n[in:number]' is not a number");
    await fail([['meta.flag[eq:boolean]', 'yes']], "Invalid metadata filter value: 'yes' for 'meta.flag[eq:boolean]' is not 'true' or 'false'");
    await fail([['meta.status', 'active']], /Invalid metadata filter: 'meta.status' must have the form/);
    await fail([['meta.bad field[eq]', 'x']], /Invalid metadata filter field: 'bad field'/);
    // At the limits exactly: 5 filters, 5 levels and 10 values are fine.
    const five = Array.from({ length: 5 }, (_, i) => [`meta.f${i}.a.b.c.d[in]`, Array.from({ length: 10 }, (_, j) => j).join('|')] as [string, string]);
    expect((await t.call('listImagesV2', 'v2', { query: five })).status).toBe(200);
  });
});
