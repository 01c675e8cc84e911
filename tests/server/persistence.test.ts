import { mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectFailure, expectSchema, png, readReply, startTestServer, type TestServer } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'images-server-'));
  dirs.push(dir);
  return dir;
}

/** Everything observable through the API, with this server's origin taken out of URLs. */
async function observe(t: TestServer) {
  const strip = (v: unknown) => JSON.parse(JSON.stringify(v).replaceAll(t.server.url, '<origin>'));
  const images = (await t.call('listImagesV2', 'v2', { query: { sort_order: 'asc' } })).json.result.images;
  const blobs = await Promise.all(
    images.map(async (i: any) => Buffer.from((await t.call('getImageBlob', `v1/${encodeURIComponent(i.id)}/blob`)).bytes).toString('base64')),
  );
  return strip({
    images,
    blobs,
    keys: (await t.call('listSigningKeys', 'v1/keys')).json.result,
    variants: (await t.call('listVariants', 'v1/variants')).json.result,
    stats: (await t.call('getImageStats', 'v1/stats')).json.result,
  });
}

describe('persistence', () => {
  it('loses nothing across a restart with the same dataDir', async () => {
    const dataDir = await tempDir();
    const first = await startTestServer({ dataDir });
    await first.upload({ id: 'catalog/sku-1/front', metadata: '{"sku":"1","tags":["a"]}', creator: 'alice' }, png(5, 4, 1), 'front.png');
    first.clock.now += 1000;
    const doomed = (await first.upload({}, png(2, 2, 2))).json.result.id;
    first.clock.now += 1000;
    await first.upload({ requireSignedURLs: 'true' }, png(3, 1, 3));
    await first.call('deleteImage', `v1/${doomed}`);
    await first.call('createVariant', 'v1/variants', { body: { id: 'thumb', options: { fit: 'crop', metadata: 'keep', width: 64, height: 64 } } });
    await first.call('createSigningKey', 'v1/keys/extra');
    const form = new FormData();
    form.append('creator', 'bob');
    const pending = (await first.call('createDirectUpload', 'v2/direct_upload', { body: form })).json.result;
    const before = await observe(first);
    await first.server.close();

    const second = await startTestServer({ dataDir });
    second.clock.now = first.clock.now;
    expect(await observe(second)).toEqual(before);
    expect((await second.call('getImage', `v1/${pending.id}`)).json.result.draft).toBe(true);

    // The pending direct upload survives too: its token works on the restarted server.
    const token = new URL(pending.uploadURL).pathname;
    const body = new FormData();
    body.append('file', new Blob([png(6, 6, 6)]), 'late.png');
    const done = await readReply(await fetch(second.server.url + token, { method: 'POST', body }), (json) => expectSchema('ImageEnvelope', json));
    expect(done.status).toBe(200);
    await second.server.close();

    const third = await startTestServer({ dataDir });
    expect((await third.call('getImage', `v1/${pending.id}`)).json.result).toMatchObject({ filename: 'late.png', creator: 'bob' });
    expect((await third.call('getImageBlob', `v1/${pending.id}/blob`)).bytes).toEqual(png(6, 6, 6));
    expect((await third.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(3);

    const files = await readdir(dataDir, { recursive: true });
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.bin'))).toHaveLength(3); // the deleted image's blob is gone
    expect(JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8')).version).toBe(1);
  });
});

describe('concurrency', () => {
  it('keeps all of 50 concurrent uploads', async () => {
    const dataDir = await tempDir();
    const t = await startTestServer({ dataDir });
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => t.upload({ metadata: JSON.stringify({ i }) }, png(1, 1, i))));
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200));
    const ids = new Set(replies.map((r) => r.json.result.id));
    expect(ids.size).toBe(50);
    const listed = (await t.call('listImagesV2', 'v2', { query: { per_page: 100 } })).json.result.images;
    expect(new Set(listed.map((i: any) => i.id))).toEqual(ids);
    expect((await t.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(50);
    await t.server.close();

    const again = await startTestServer({ dataDir });
    expect((await again.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(50);
  });

  it('lets exactly one of concurrent uploads with the same custom id win', async () => {
    const t = await startTestServer();
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => t.upload({ id: 'same/id' }, png(1, 1, i))));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 400 && r.json.errors[0].code === 5409)).toHaveLength(9);
  });

  it('applies concurrent key and variant changes without losing any', async () => {
    const t = await startTestServer({ dataDir: await tempDir() });
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => t.call('createSigningKey', `v1/keys/k${i}`)),
      ...Array.from({ length: 20 }, (_, i) =>
        t.call('createVariant', 'v1/variants', { body: { id: `v${i}`, options: { fit: 'pad', metadata: 'none', width: 1, height: 1 } } }),
      ),
    ]);
    expect((await t.call('listSigningKeys', 'v1/keys')).json.result.keys).toHaveLength(21);
    expect(Object.keys((await t.call('listVariants', 'v1/variants')).json.result.variants)).toHaveLength(21);
  });
});

describe('a failed write', () => {
  /** POSTs a file to a one-time upload URL, like a browser. */
  async function postFile(uploadURL: string, bytes = png(4, 4, 9)) {
    const body = new FormData();
    body.append('file', new Blob([bytes]), 'late.png');
    return readReply(await fetch(uploadURL, { method: 'POST', body }), (json, status) => expectSchema(status === 200 ? 'ImageEnvelope' : 'Failure', json));
  }

  const blobFiles = async (dataDir: string) => (await readdir(join(dataDir, 'blobs'))).sort();

  it('changes nothing in memory or on disk: every mutation answers 500 and the state stays as it was', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const dataDir = await tempDir();
      const t = await startTestServer({ dataDir });
      const image = (await t.upload({ metadata: '{"v":1}' }, png(2, 2, 1))).json.result;
      await t.call('createVariant', 'v1/variants', { body: { id: 'thumb', options: { fit: 'crop', metadata: 'keep', width: 64, height: 64 } } });
      const form = new FormData();
      form.append('creator', 'bob');
      const pending = (await t.call('createDirectUpload', 'v2/direct_upload', { body: form })).json.result;
      const before = await observe(t);
      const blobsBefore = await blobFiles(dataDir);

      // The state file cannot be replaced: renaming a file onto a directory fails, for root too.
      await rm(join(dataDir, 'state.json'));
      await mkdir(join(dataDir, 'state.json'));
      const variant = { options: { fit: 'pad', metadata: 'none', width: 1, height: 1 } };
      const attempts = [
        () => t.upload({}, png(3, 3, 2)),
        () => t.call('updateImage', `v1/${image.id}`, { body: { metadata: { v: 2 }, creator: 'mallory' } }),
        () => t.call('deleteImage', `v1/${image.id}`),
        () => t.call('createSigningKey', 'v1/keys/extra'),
        () => t.call('createSigningKey', 'v1/keys/default'),
        () => t.call('deleteSigningKey', 'v1/keys/default'),
        () => t.call('createVariant', 'v1/variants', { body: { id: 'other', ...variant } }),
        () => t.call('updateVariant', 'v1/variants/thumb', { body: { ...variant, neverRequireSignedURLs: true } }),
        () => t.call('deleteVariant', 'v1/variants/thumb'),
        () => t.call('createDirectUpload', 'v2/direct_upload', { body: form }),
        () => postFile(pending.uploadURL),
      ];
      for (const attempt of attempts) expectFailure(await attempt(), 500, 10001, 'Internal server error');
      expect(await observe(t)).toEqual(before);
      expect((await t.call('getImage', `v1/${pending.id}`)).json.result.draft).toBe(true);
      expect(await blobFiles(dataDir)).toEqual(blobsBefore); // the blob written for the failed upload is gone again

      // Once the disk works again, so does everything; the one-time URL was not used up by the failed attempt.
      await rmdir(join(dataDir, 'state.json'));
      expect((await postFile(pending.uploadURL)).status).toBe(200);
      expect((await t.call('deleteVariant', 'v1/variants/thumb')).status).toBe(200);
      const after = await observe(t);
      await t.server.close();
      const restarted = await startTestServer({ dataDir });
      restarted.clock.now = t.clock.now;
      expect(await observe(restarted)).toEqual(after);
      expect(after.stats.count.current).toBe(before.stats.count.current + 1);
    } finally {
      errors.mockRestore();
    }
  });

  it('of a blob leaves the image out', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const dataDir = await tempDir();
      const t = await startTestServer({ dataDir });
      await rm(join(dataDir, 'blobs'), { recursive: true });
      await writeFile(join(dataDir, 'blobs'), 'not a directory');
      expectFailure(await t.upload({ id: 'custom/one' }), 500, 10001);
      expectFailure(await t.call('getImage', 'v1/custom%2Fone'), 404, 5404);
      expect((await t.call('getImageStats', 'v1/stats')).json.result.count.current).toBe(0);

      await rm(join(dataDir, 'blobs'));
      await mkdir(join(dataDir, 'blobs'));
      expect((await t.upload({ id: 'custom/one' })).status).toBe(200); // the id was not taken by the failed upload
    } finally {
      errors.mockRestore();
    }
  });
});
