/**
 * One P3 memory measure, in a fresh process: RSS sampled every 1000 images while iterating every
 * image of a v2 list (the page server in its own process), twice.
 *
 *   node .bench/bin/list-memory.mjs <client|raw|officialSdk> <server base URL>
 * prints `{"kind":…,"passes":[[rss every 1000 images, first pass], [… second pass]]}`.
 */
import { createImagesClient } from '../../src/index.js';
import { ACCOUNT } from './servers.js';

type Kind = 'client' | 'raw' | 'officialSdk';

async function* rawImages(baseUrl: string): AsyncGenerator<unknown> {
  let token: string | null = null;
  do {
    const url: string = `${baseUrl}/accounts/${ACCOUNT}/images/v2?per_page=1000${token ? `&continuation_token=${token}` : ''}`;
    const page: any = await (await fetch(url, { headers: { authorization: 'Bearer t' } })).json();
    yield* page.result.images;
    token = page.result.continuation_token;
  } while (token);
}

async function* sdkImages(baseUrl: string): AsyncGenerator<unknown> {
  const { default: Cloudflare } = await import('cloudflare');
  const sdk = new Cloudflare({ apiToken: 't', baseURL: baseUrl, maxRetries: 0 });
  let token: string | undefined;
  do {
    const page: any = await sdk.images.v2.list({ account_id: ACCOUNT, per_page: 1000, ...(token ? { continuation_token: token } : {}) });
    yield* page.images;
    token = page.continuation_token ?? undefined;
  } while (token);
}

/** Two passes over the same 100k images in one process: the first pays V8's heap warm-up, the second is the steady state. */
async function main(kind: Kind, baseUrl: string) {
  const passes: number[][] = [];
  for (let pass = 0; pass < 2; pass++) {
    const images: AsyncIterable<unknown> =
      kind === 'client'
        ? createImagesClient({ accountId: ACCOUNT, apiToken: 't', baseUrl, env: {} }).images.v2.list({ per_page: 1000 })
        : kind === 'raw'
          ? rawImages(baseUrl)
          : sdkImages(baseUrl);
    const samples: number[] = [];
    let count = 0;
    for await (const _image of images) if (++count % 1000 === 0) samples.push(process.memoryUsage().rss);
    passes.push(samples);
  }
  process.stdout.write(`${JSON.stringify({ kind, passes })}\n`);
}

const [kind, baseUrl] = process.argv.slice(2) as [Kind, string];
if (kind) await main(kind, baseUrl);
