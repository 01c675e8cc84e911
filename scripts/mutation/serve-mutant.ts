// The child process of one mutant: imports the (mutated) server from its sandbox, starts it with
// the self-check off (a mutant must reach the wire as it is, not as a loud 500) on a free port,
// prints one JSON line `{ baseUrl, accountId }`, and exits when its parent closes stdin.
// Its clock is the wall clock plus an offset the parent moves: a stdin line `advance <ms>` moves it
// that far ahead and is answered `advanced <offset>` on stdout (time-based rules are tried without
// waiting; the clock never goes back).
// Usage: node --import tsx scripts/mutation/serve-mutant.ts <sandbox>/src/server/index.ts   (credentials in MUTANT_API_TOKEN, MUTANT_API_EMAIL, MUTANT_API_KEY)
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { startImagesServer as Start } from '../../src/server/index.js';

const [entry] = process.argv.slice(2);
const { MUTANT_API_TOKEN: apiToken, MUTANT_API_EMAIL: apiEmail, MUTANT_API_KEY: apiKey } = process.env;
if (!entry || !apiToken) {
  process.stderr.write('usage: MUTANT_API_TOKEN=… serve-mutant.ts <server entry>\n');
  process.exit(2);
}
let offset = 0;
const { startImagesServer } = (await import(pathToFileURL(entry).href)) as { startImagesServer: typeof Start };
const server = await startImagesServer({ port: 0, apiToken, apiEmail, apiKey, selfCheck: false, now: () => Date.now() + offset });
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, accountId: server.accountId })}\n`);
createInterface({ input: process.stdin })
  .on('line', (line) => {
    const advance = /^advance (\d+)$/.exec(line.trim());
    if (!advance) return;
    offset += Number(advance[1]);
    process.stdout.write(`advanced ${offset}\n`);
  })
  .on('close', () => process.exit(0));
