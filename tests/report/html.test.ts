// The HTML report (`--html FILE`), opened in headless Chromium: the check × operation matrix, the
// documented responses left out, a failure with its spec reason and reproduction, the model
// phase's failing sequence — and a hostile server's strings shown as text, never as markup; the
// page loads nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/command/run.js';
import type { Report } from '../../src/contract/model/report.js';
import { toHtml } from '../../src/contract/report/html.js';
import { stats } from '../../src/contract/scenarios/index.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { breaking, withJson } from '../helpers/broken-server.js';
import { launchLoopbackChromium, type LoopbackBrowser } from '../helpers/chromium.js';

const TOKEN = 'html-report-SECRET';
const HOSTILE = `</pre></dd><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
let server: ImagesServer;
let browser: LoopbackBrowser;
let report: Report;
let files: Server;

/** The report files, served from loopback as a browser opens a CI artifact (the test browser reaches nothing else). */
async function serveFiles(): Promise<Server> {
  const server = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(dir, new URL(req.url ?? '/', 'http://x').pathname.slice(1)))),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

beforeAll(async () => {
  server = await startImagesServer({ port: 0, apiToken: TOKEN });
  // The stats answer a hostile count: a failure whose value is the server's markup.
  const hostile = breaking(async (seen, forward) =>
    seen.operationId === 'getImageStats' ? withJson(await forward(), (b) => void (b.result.count.current = HOSTILE)) : forward(),
  );
  const run = await runContract(
    { baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN },
    { allowWrites: true, phases: ['stateful'], scenarios: [stats], fetch: hostile },
  );
  // A model phase's failing sequence, as the run reports one.
  report = {
    ...run,
    model: {
      sequences: 3,
      commands: 41,
      failure: { seed: 7, shrinks: 4, commands: ['upload a', `delete ${HOSTILE}`], script: `#!/bin/sh\n# replay\ncurl -sS '${HOSTILE}'` },
    },
  };
  files = await serveFiles();
  browser = await launchLoopbackChromium({ viewport: { width: 1600, height: 1000 } });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => files?.close(resolve));
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in Chromium', () => {
  it('shows the matrix, the missing responses, each failure with its spec reason and curl line, the model sequence; a hostile string stays text', async () => {
    expect(report.failures.some((f) => f.check === 'response_schema_conformance' && f.operationId === 'getImageStats')).toBe(true);
    writeFileSync(join(dir, 'report.html'), toHtml(report));
    const { page, blocked, pageErrors } = browser;
    let dialogs = 0;
    page.on('dialog', (d) => void (dialogs++, d.dismiss()));
    await page.goto(`http://127.0.0.1:${(files.address() as AddressInfo).port}/report.html`);

    expect(await page.title()).toMatch(/^FAIL: Images API contract report/);
    expect(await page.textContent('#verdict')).toMatch(/^FAIL: \d+ check outcomes/);
    // The matrix: the failing pair, a passing pair, a check that does not apply there.
    const cell = (check: string, op: string) => page.locator(`tr[data-check="${check}"] td[data-operation="${op}"]`);
    expect(await cell('response_schema_conformance', 'getImageStats').textContent()).toMatch(/^✗ (\d+)\/\1$/);
    expect(await cell('response_schema_conformance', 'getImageStats').getAttribute('class')).toContain('fail');
    expect(await cell('status_code_conformance', 'getImageStats').textContent()).toMatch(/^✓ \d+$/);
    expect(await cell('stats', 'uploadImage').textContent()).toBe('–');
    expect(await page.textContent('tr[data-check="response_schema_conformance"] td:nth-child(2)')).toMatch(
      /^\d+ failed on getImageStats; \d+ passed on \d+ operations$/,
    );
    // Responses exercised, with the documented ones the traffic left out.
    expect(await page.textContent('#operations tr[data-operation="getImageStats"] td.responses')).toMatch(/^\d+\/\d+ \(not: .*429/);

    const failure = page.locator('article.failure[data-check="response_schema_conformance"][data-operation="getImageStats"]').first();
    const text = (await failure.textContent()) ?? '';
    expect(text).toContain('what came back');
    expect(text).toMatch(/HTTP 200 at \/result\/count\/current/);
    expect(text).toMatch(/because: .+ \(spec \/[^)]*\)/);
    expect(text).toContain(JSON.stringify(HOSTILE));
    expect(await failure.locator('pre.curl').textContent()).toMatch(/^curl -sS --globoff -X GET .*"authorization: Bearer \$CLOUDFLARE_API_TOKEN"/);

    expect(await page.locator('#model ol.sequence li').allTextContents()).toEqual(['upload a', `delete ${HOSTILE}`]);
    expect(await page.textContent('#model pre.script')).toContain(`curl -sS '${HOSTILE}'`);

    // Nothing ran, nothing was injected, nothing was loaded.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('script, img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(toHtml(report)).not.toContain(TOKEN);
  });
});
