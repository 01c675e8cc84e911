import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createImagesClient } from '../../src/index.js';
import { ACCOUNT, BASE, fail, recordingFetch } from '../helpers/fake-fetch.js';

const TOKEN = 'tok_VERY_SECRET_1234567890';
const KEY = 'key_VERY_SECRET_abcdef';

describe('secrets never leak', () => {
  const clients = () => {
    const recorder = recordingFetch(() => fail(403, 9109, 'Unauthorized to access requested resource'));
    return [
      createImagesClient({ accountId: ACCOUNT, apiToken: TOKEN, baseUrl: BASE, fetch: recorder.fetch, env: {}, maxRetries: 0 }),
      createImagesClient({ accountId: ACCOUNT, apiEmail: 'me@example.com', apiKey: KEY, baseUrl: BASE, fetch: recorder.fetch, env: {}, maxRetries: 0 }),
      createImagesClient({ baseUrl: BASE, fetch: recorder.fetch, env: { CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: TOKEN }, maxRetries: 0 }),
    ];
  };
  const leaks = (text: string) => text.includes(TOKEN) || text.includes(KEY);

  it('not in util.inspect, JSON.stringify or String of the client', () => {
    for (const client of clients()) {
      expect(leaks(inspect(client, { depth: 10, showHidden: true, getters: true }))).toBe(false);
      expect(leaks(JSON.stringify(client))).toBe(false);
      expect(leaks(String(client))).toBe(false);
      expect(JSON.parse(JSON.stringify(client))).toMatchObject({ accountId: ACCOUNT });
    }
  });

  it('not in any error, however it is shown', async () => {
    for (const client of clients()) {
      const errors = [
        await client.images.v1.get('abc').catch((e) => e),
        await client.images.v1.get('a'.repeat(2000)).catch((e) => e),
        await client.images.v1.stats.get({ signal: AbortSignal.abort() }).catch((e) => e),
      ];
      for (const error of errors) {
        expect(error).toBeInstanceOf(Error);
        const shown = [String(error), error.message, error.stack ?? '', inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error)];
        for (const text of shown) expect(leaks(text)).toBe(false);
      }
    }
  });
});
