// The spec follows the reference pages where a checker judges a live server by it: an image field
// the pages call optional is optional here; and both upload forms state the custom-ID rule, so
// the client refuses before sending what the server would refuse.
import { describe, expect, it } from 'vitest';
import { validators } from '../../generated/validators.js';
import { checkResponse } from '../../src/contract/index.js';
import { createImagesClient, ImagesValidationError } from '../../src/index.js';
import { ACCOUNT, BASE, ok, recordingFetch, TOKEN } from '../helpers/fake-fetch.js';

const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });
const ID = '2cdc28f0-017a-49c4-9ed7-87056c83901a';

describe('an image with only the fields the reference pages guarantee', () => {
  const minimal = { id: ID };
  const draft = { id: ID, draft: true };

  it.each([
    ['{id}', minimal],
    ['a draft {id, draft: true}', draft],
  ])('%s validates as an image, in lists and as a result', (_name, image) => {
    expect(validators['schema.Image'](image)).toBe(true);
    expect(validators['getImage.response.200'](envelope(image))).toBe(true);
    expect(validators['listImages.response.200'](envelope({ images: [image] }))).toBe(true);
    expect(validators['listImagesV2.response.200'](envelope({ images: [image] }))).toBe(true);
  });

  it('passes the conformance checker', () => {
    const headers = { 'content-type': 'application/json' };
    expect(checkResponse({ operationId: 'getImage', status: 200, headers, body: envelope(minimal) })).toEqual([]);
    expect(checkResponse({ operationId: 'updateImage', status: 200, headers, body: envelope(draft) })).toEqual([]);
  });

  it('still needs an id, and still checks the fields it has', () => {
    expect(validators['schema.Image']({ uploaded: '2026-11-20T09:15:42.000Z' })).toBe(false);
    expect(validators['schema.Image']({ id: ID, variants: 'https://imagedelivery.net/h/x/public' })).toBe(false);
    expect(validators['schema.Image']({ id: ID, draft: false })).toBe(false);
  });
});

describe('a direct upload with a custom id and requireSignedURLs', () => {
  it('is refused by the client before sending, naming /body', async () => {
    const recorder = recordingFetch(() => ok({ id: 'x/y', uploadURL: 'https://upload.imagedelivery.net/x' }));
    const client = createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {}, maxRetries: 0 });
    const error = await client.images.v2.directUploads.create({ id: 'x/y', requireSignedURLs: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImagesValidationError);
    expect((error as ImagesValidationError).pointer).toBe('/body');
    expect(recorder.requests).toHaveLength(0);
  });
});
