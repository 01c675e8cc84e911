// Headless Chromium for page tests: Debian's `chromium` (`.ci/run` installs it; `npx playwright
// install` cannot download browsers here), a fresh profile per launch, and every request that
// leaves 127.0.0.1 blocked and recorded. A missing browser fails the test; it never skips.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface LoopbackBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1, with their resource type. */
  blocked: { url: string; type: string }[];
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchLoopbackChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<LoopbackBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: this test needs Debian's chromium package (apt-get update && apt-get install -y --no-install-recommends chromium; .ci/run does this).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'cf-images-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, serviceWorkers: 'block', ...options });
  const page = context.pages()[0] ?? (await context.newPage());
  const blocked: LoopbackBrowser['blocked'] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push({ url: url.href, type: route.request().resourceType() });
    return route.abort('internetdisconnected');
  });
  return {
    context,
    page,
    blocked,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
