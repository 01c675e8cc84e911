// The tests' browser comes from npm (@sparticuz/chromium); a wrong override fails loudly.
import { describe, expect, it } from 'vitest';
import { browserBinary } from '../helpers/chromium.js';

describe('the test browser', () => {
  it('comes with npm install, without the flags that switch off CORS and mixed-content checks', async () => {
    const binary = await browserBinary({});
    expect(binary.source).toBe('@sparticuz/chromium');
    expect(binary.executablePath).toMatch(/chromium/);
    expect(binary.args).toContain('--disable-background-networking');
    expect(binary.args).not.toContain('--disable-web-security');
    expect(binary.args).not.toContain('--allow-running-insecure-content');
  }, 30_000);

  it('a CHROMIUM_PATH that does not exist is an error naming it, not a skip', async () => {
    await expect(browserBinary({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow(/CHROMIUM_PATH=\/nonexistent\/chromium does not exist/);
  });

  it('CHROMIUM_PATH wins over the packaged browser', async () => {
    const binary = await browserBinary({ CHROMIUM_PATH: process.execPath });
    expect(binary).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: process.execPath });
  });
});
