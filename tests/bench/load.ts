// The P7 load generator, in its own process: `connections` keep-alive connections (node:http
// Agent), each sending the next GET as soon as the last response has been read, for `seconds`
// after a warm-up. Prints `{"requests":…,"seconds":…,"perSecond":…,"errors":…}`.
import { Agent, request } from 'node:http';

const [url, connections, seconds, token] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5]];
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const headers = { authorization: `Bearer ${token}` };

function get(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode === 200));
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function run(ms: number) {
  const until = performance.now() + ms;
  let requests = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) (await get()) ? requests++ : errors++;
    }),
  );
  return { requests, errors };
}

await run(500); // connections opened, code warmed
const started = performance.now();
const { requests, errors } = await run(seconds * 1000);
const elapsed = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ requests, errors, seconds: elapsed, perSecond: requests / elapsed })}\n`);
agent.destroy();
