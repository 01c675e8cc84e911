// Headless Chromium for page tests. The browser comes with `npm install`: the npm package
// @sparticuz/chromium ships a Chromium binary inside the package and unpacks it to the temp dir on
// first use (no download). `CHROMIUM_PATH` overrides it (any Chromium or Chrome binary). A fresh
// profile per launch, and every request that leaves 127.0.0.1 blocked and recorded. A missing or
// broken browser fails the test with a message that says which binary was tried; it never skips.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Flags for a closed network and a root user (the probe's set); see ../../README.md, Docs. */
const LOOPBACK_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/**
 * @sparticuz/chromium's own flags weaken the web platform's checks for serverless scraping; the
 * tests must see what a real browser enforces (CORS above all), so those are dropped.
 */
const WEAKENING = new Set(['--disable-web-security', '--allow-running-insecure-content', '--disable-site-isolation-trials']);

export interface BrowserBinary {
  executablePath: string;
  args: string[];
  /** Where the binary came from: `CHROMIUM_PATH` or `@sparticuz/chromium`. */
  source: string;
}

/** The Chromium the tests run: `CHROMIUM_PATH` when set, else the one in @sparticuz/chromium. */
export async function browserBinary(env: NodeJS.ProcessEnv = process.env): Promise<BrowserBinary> {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(
        `CHROMIUM_PATH=${override} does not exist: point it at a Chromium binary, or unset it to use the one @sparticuz/chromium brings with npm install.`,
      );
    return { executablePath: override, args: LOOPBACK_ARGS, source: 'CHROMIUM_PATH' };
  }
  let executablePath: string;
  try {
    executablePath = await sparticuz.executablePath();
  } catch (error) {
    throw new Error(
      `@sparticuz/chromium could not unpack its browser (${error instanceof Error ? error.message : String(error)}); run npm install again, or set CHROMIUM_PATH.`,
    );
  }
  const args = [...new Set([...sparticuz.args.filter((a) => !WEAKENING.has(a) && !a.startsWith('--headless')), ...LOOPBACK_ARGS])];
  return { executablePath, args, source: '@sparticuz/chromium' };
}

export interface LoopbackBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave 127.0.0.1, with their resource type. */
  blocked: { url: string; type: string }[];
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchLoopbackChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<LoopbackBrowser> {
  const binary = await browserBinary();
  const profile = mkdtempSync(join(tmpdir(), 'cf-images-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: binary.executablePath,
      headless: true,
      args: binary.args,
      serviceWorkers: 'block',
      ...options,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(
      `Chromium from ${binary.source} (${binary.executablePath}) did not start: ${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)}`,
    );
  }
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
