// check-har on a HAR that Playwright recorded in Chromium: its multipart upload entry has no
// postData (bodySize 0, though Content-Length says otherwise). That body is unchecked, listed with
// why — never passed, never a failure — and the rest of the entry (its response) is checked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHar } from '../../src/contract/har/check-har.js';
import { main as checkHarMain } from '../../src/contract/har/cli.js';
import { parseHar } from '../../src/contract/har/har-file.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { runMain } from '../proxy/command.js';
import { recordWithPlaywright } from './playwright-recorder.js';

const TOKEN = 'playwright-har-SECRET';
const dir = mkdtempSync(join(tmpdir(), 'playwright-har-'));
const harPath = join(dir, 'app.har');
let server: ImagesServer;

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  await recordWithPlaywright(server.url, harPath, async (page) => {
    const status = await page.evaluate(
      async ({ account, token }) => {
        const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) =>
          c.charCodeAt(0),
        );
        const form = new FormData();
        form.append('file', new Blob([png], { type: 'image/png' }), 'p.png');
        const answer = await fetch(`/client/v4/accounts/${account}/images/v1`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
        await answer.json(); // read, as an app does: Playwright records a body once the page has it
        return answer.status;
      },
      { account: server.accountId, token: TOKEN },
    );
    expect(status).toBe(200);
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('check-har on a HAR recorded by Playwright', () => {
  it('lists the upload whose body Playwright left out as unchecked, never passed and never a failure', async () => {
    const entries = parseHar(readFileSync(harPath, 'utf8'));
    const upload = entries.find((e) => e.request.method === 'POST')!;
    // What Playwright records for a browser's multipart upload: no body, size 0.
    expect(upload.request.postData).toBeUndefined();
    expect(upload.request.bodySize).toBe(0);

    const { report } = await checkHar(entries, { target: harPath });
    expect(report.failures).toEqual([]);
    expect(report.unchecked).toEqual([expect.objectContaining({ operationId: 'uploadImage', reason: 'request body: the request body was not recorded' })]);
    expect(report.summaries.find((s) => s.operationId === 'uploadImage' && s.check === 'request_conformance')).toBeUndefined();
    expect(report.summaries).toContainEqual(
      expect.objectContaining({ operationId: 'uploadImage', check: 'response_schema_conformance', passed: 1, failed: 0 }),
    );

    const { code, stdout } = await runMain(checkHarMain, [harPath]);
    expect(stdout).toMatch(/○ uploadImage · POST \/client\/v4\/accounts\/\w+\/images\/v1: not checked: request body: the request body was not recorded/);
    expect(stdout).not.toContain('could not be parsed');
    expect(code).toBe(0);
    expect(stdout).not.toContain(TOKEN);
  });
});
