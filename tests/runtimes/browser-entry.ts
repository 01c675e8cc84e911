// A page script, bundled for the browser by tests/runtimes/browser-direct-upload.test.ts: it posts a
// small PNG to the one-time upload URL given in `?upload=` with `uploadToDirectUrl`, twice (the
// second post must be refused: the URL is one-time), and leaves what happened in `window.__result`.
import { uploadToDirectUrl } from '../../src/index.js';
import { pixelPng } from './pixel.js';

export type Outcome =
  | { ok: true; id: string; filename?: string; draft?: boolean; variants: string[] }
  | { ok: false; name: string; message: string; status?: number };

export interface BrowserResult {
  origin: string;
  first: Outcome;
  second: Outcome;
}

async function attempt(uploadURL: string, file: File): Promise<Outcome> {
  try {
    const image = await uploadToDirectUrl(uploadURL, file);
    return { ok: true, id: image.id, filename: image.filename, draft: image.draft, variants: image.variants };
  } catch (error) {
    const e = error as Error & { status?: number };
    return { ok: false, name: e.name, message: e.message, status: e.status };
  }
}

async function main(): Promise<BrowserResult> {
  const uploadURL = new URLSearchParams(location.search).get('upload');
  if (!uploadURL) throw new Error('the page needs ?upload=<uploadURL>');
  const file = new File([pixelPng()], 'pixel.png', { type: 'image/png' });
  const first = await attempt(uploadURL, file);
  const second = await attempt(uploadURL, file);
  return { origin: location.origin, first, second };
}

const target = window as unknown as { __result?: BrowserResult | { ok: false; name: string; message: string } };
main().then(
  (result) => (target.__result = result),
  (error: Error) => (target.__result = { ok: false, name: error.name, message: error.message }),
);
