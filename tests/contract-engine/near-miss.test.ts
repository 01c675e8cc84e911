// ignored_auth's near misses of the run's own token (one character more, one less, letters' case
// swapped) reach the server as such; their reproductions write them from the variable, never show them,
// and the report never holds them.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../src/contract/engine/session.js';
import { NEAR_MISSES, nearMissesOf } from '../../src/contract/engine/request.js';
import { RUN_CHECKS } from '../../src/contract/checks/registry.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';

const TOKEN = 'NearMissToken0123456789abcdef';
let server: ImagesServer;
beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
});
afterAll(() => server.close());

describe('near misses of the token', () => {
  it('are refused by a server that compares the whole token, and shown only as expressions of the variable', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('authorization') ?? '');
      return globalThis.fetch(input, init);
    };
    const session = new Session({
      target: { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN },
      fetch,
      allowWrites: false,
      checks: new Set(RUN_CHECKS),
      runId: 't',
      basePath: '/client/v4',
    });
    expect(nearMissesOf(TOKEN)).toEqual(['token-extended', 'token-truncated', 'token-case-swapped']);
    for (const auth of nearMissesOf(TOKEN)) {
      const x = await session.send({ operationId: 'getImageStats', phase: 'coverage', purpose: 'probe', label: auth, auth });
      expect(x.status).toBe(401);
      expect(x.request.curl).not.toContain(NEAR_MISSES[auth].of(TOKEN));
      expect(x.request.curl).not.toContain(TOKEN.slice(0, 10));
      // The reproduction, run by a shell with the variable set, sends exactly the near miss.
      const header = /-H "(authorization: [^"\n]*(?:"[^"\n]*"[^"\n]*)*)"/.exec(x.request.curl)![1];
      const { stdout } = await promisify(execFile)('bash', ['-c', `printf %s "${header}"`], { env: { ...process.env, CLOUDFLARE_API_TOKEN: TOKEN } });
      expect(stdout).toBe(`authorization: Bearer ${NEAR_MISSES[auth].of(TOKEN)}`);
    }
    expect(seen).toEqual(nearMissesOf(TOKEN).map((a) => `Bearer ${NEAR_MISSES[a].of(TOKEN)}`));
    expect(JSON.stringify(session.secrets.scrub({ text: `Bearer ${NEAR_MISSES['token-truncated'].of(TOKEN)}` }))).not.toContain(TOKEN.slice(0, 10));
  });
});
