// Custom ids with `/` inside, as the spec's ImageId allows them, through the routes that carry an
// id (and the lists); and what a request cannot carry (dot segments, line breaks), refused where an
// id is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from '../helpers/fake-fetch.js';
import { createImagesClient, ImagesValidationError } from '../../src/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'image-id-paths-token';
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(() => server.close());

const client = () => createImagesClient({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN, env: {}, maxRetries: 0 });

describe('image ids in URLs', () => {
  it.each(['a//b', 'shop/sku 1/front', 'x/%2e%2e-not-a-dot-segment'])('%s: uploaded, read, served, deleted', async (id) => {
    const cf = client();
    const image = await cf.images.v1.create({ file: PNG, id });
    expect(image.id).toBe(id);
    expect((await cf.images.v1.get(id)).id).toBe(id);
    expect((await cf.images.v1.edit(id, { creator: 'paths' })).creator).toBe('paths');
    expect((await cf.images.v1.list({ creator: 'paths' })).images.map((i) => i.id)).toEqual([id]);
    expect(await (await cf.images.v1.blobs.get(id)).bytes()).toEqual(PNG);
    const delivered = await fetch(image.variants[0]);
    expect(delivered.status).toBe(200);
    await cf.images.v1.delete(id);
    await expect(cf.images.v1.get(id)).rejects.toMatchObject({ status: 404 });
  });

  it.each(['a/./b', '../b', 'a/..', '.', 'a\nb', 'a\r'])('%j: refused by the client before sending, and by the server as a custom id', async (id) => {
    const cf = client();
    await expect(cf.images.v1.get(id)).rejects.toMatchObject({
      name: 'ImagesValidationError',
      issues: [expect.objectContaining({ pointer: '/path/image_id', message: expect.stringContaining('`.` or `..` segment') })],
    });
    await expect(cf.images.v1.get(id)).rejects.toBeInstanceOf(ImagesValidationError);
    const form = new FormData();
    form.append('file', new File([PNG], 'a.png', { type: 'image/png' }));
    form.append('id', id);
    const answer = await fetch(`${server.baseUrl}/accounts/${server.accountId}/images/v1`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: form,
    });
    expect(answer.status).toBe(400);
    expect((await answer.json()).errors[0].source).toEqual({ pointer: '/body/id' });
  });
});
