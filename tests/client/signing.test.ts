import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImagesValidationError, signImageUrl } from '../../src/index.js';

/** The documented scheme, computed independently with node:crypto. */
function expected(url: string, key: string, exp: number): string {
  const u = new URL(url);
  u.searchParams.set('exp', String(exp));
  const sig = createHmac('sha256', key).update(`${u.pathname}?${u.searchParams.toString()}`).digest('hex');
  u.searchParams.set('sig', sig);
  return u.toString();
}

describe('signImageUrl', () => {
  const keys = ['Oix0bbNaT8Rge9PuyxUBrjI6zrgnsyJ5', 'k', 'ünïcødé-key-😀'];
  const ids = ['2cdc28f0-017a-49c4-9ed7-87056c83901a', '107B9558-DD06-4BBD-5FEF-9C2C16BB7900'];
  const variants = ['public', 'hero', 'w100'];
  const expiries = [1631289275, 2000000000, 1];

  it('matches an independent HMAC-SHA256 computation', async () => {
    for (const key of keys)
      for (const id of ids)
        for (const variant of variants)
          for (const exp of expiries) {
            const url = `https://imagedelivery.net/MTt4OTd0b0w5aj/${id}/${variant}`;
            expect(await signImageUrl({ url, key, expiresAt: exp })).toBe(expected(url, key, exp));
          }
  });

  it('defaults to one hour from now and accepts a Date', async () => {
    const url = 'https://imagedelivery.net/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public';
    const now = Date.UTC(2026, 10, 22);
    expect(await signImageUrl({ url, key: 'k', now: () => now })).toBe(expected(url, 'k', now / 1000 + 3600));
    expect(await signImageUrl({ url, key: 'k', expiresAt: new Date(now) })).toBe(expected(url, 'k', now / 1000));
  });

  it('replaces an existing signature', async () => {
    const url = 'https://imagedelivery.net/h/2cdc28f0-017a-49c4-9ed7-87056c83901a/public';
    const once = await signImageUrl({ url, key: 'k', expiresAt: 5 });
    expect(await signImageUrl({ url: once, key: 'k', expiresAt: 5 })).toBe(once);
  });

  it('refuses images with custom IDs and URLs that are not delivery URLs', async () => {
    await expect(signImageUrl({ url: 'https://imagedelivery.net/h/products/sku-1/public', key: 'k' })).rejects.toThrow(/custom image ID "products\/sku-1"/);
    await expect(signImageUrl({ url: 'https://imagedelivery.net/h/public', key: 'k' })).rejects.toBeInstanceOf(ImagesValidationError);
  });
});
