// The model-based phase: over a correct server it passes and reaches every operation, the delivery
// URLs and the one-time upload URLs; over a server with a planted bug it fails, shrinks the
// sequence, and the printed script reproduces the failure against that same server.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/operations.js';
import { runContract } from '../../src/contract/command/run.js';
import type { Report } from '../../src/contract/model/report.js';
import { startImagesServer, type ImagesServer } from '../../src/server/index.js';
import { CATALOGUE } from '../../scripts/mutation/catalogue/index.js';
import { withServer } from '../../scripts/mutation/server-process.js';

const TOKEN = 'model-phase-token-0123456789';
const run = (target: Parameters<typeof runContract>[0], seed = 11) =>
  runContract(target, { phases: ['model'], allowWrites: true, seed, settleMs: 100, model: { runs: 15, steps: 30 } });

describe('the model phase over a correct server', () => {
  let server: ImagesServer;
  let report: Report;
  beforeAll(async () => {
    server = await startImagesServer({ port: 0, apiToken: TOKEN });
    report = await run({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: TOKEN });
  });
  afterAll(() => server.close());

  it('passes, and leaves nothing behind', () => {
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.cleanup?.leftBehind).toEqual([]);
    expect(report.model?.sequences).toBeGreaterThanOrEqual(15);
    expect(report.model?.commands).toBeGreaterThan(60);
  });

  it('reaches every operation of the spec, the delivery URLs and the one-time upload URLs', () => {
    const called = new Set(report.operations.map((o) => o.operationId));
    expect(Object.keys(operations).filter((id) => !called.has(id))).toEqual([]);
    const checked = new Set(report.summaries.map((s) => s.operationId));
    expect(checked.has('delivery')).toBe(true);
    expect(checked.has('uploadURL')).toBe(true);
  });

  it('records the behaviour checks it predicts', () => {
    const checks = new Set(report.summaries.filter((s) => s.passed > 0).map((s) => s.check));
    for (const check of [
      'ensure_resource_availability',
      'use_after_free',
      'filters',
      'edits',
      'stats',
      'drafts',
      'uniqueness',
      'one_time_upload_urls',
      'signed_delivery',
    ] as const)
      expect(checks).toContain(check);
  });
});

describe('the model phase over a server with a planted bug', () => {
  const mutant = CATALOGUE.find((m) => m.id === 'delete-image-keeps-record')!;

  it('fails with the spec statement, shrinks, and the script reproduces the failure', async () => {
    await withServer(mutant, async (server, credentials) => {
      const report = await run({ baseUrl: server.baseUrl, accountId: server.accountId, apiToken: credentials.apiToken });
      expect(report.passed).toBe(false);
      const failure = report.failures.find((f) => f.check === 'use_after_free');
      expect(failure?.spec?.some((s) => s.pointer.endsWith('/delete/x-cf-rules/gone') && s.quote.includes('the image is gone'))).toBe(true);
      const model = report.model?.failure;
      expect(model?.shrinks).toBeGreaterThan(0);
      expect(model?.commands.length).toBeLessThanOrEqual(6);
      expect(model?.script).toContain('$CLOUDFLARE_API_TOKEN');
      expect(model?.script).not.toContain(credentials.apiToken);
      const file = join(mkdtempSync(join(tmpdir(), 'model-script-')), 'replay.sh');
      writeFileSync(file, model!.script);
      const replay = await promisify(execFile)('bash', [file], { env: { ...process.env, CLOUDFLARE_API_TOKEN: credentials.apiToken } }).then(
        () => ({ code: 0, stdout: '' }),
        (error: { code: number; stdout: string }) => error,
      );
      expect(replay.code).toBe(1);
      expect(replay.stdout).toMatch(/^FAILED \d+\. .*deleted image.*answered HTTP 200/m);
    });
  }, 120_000);
});
