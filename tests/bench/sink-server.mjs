// A loopback HTTP server in its own process for the upload memory bench: it reads and drops each
// request body and answers with a fixed image envelope, so its buffers never count against the client.
import { createServer } from 'node:http';

const body = JSON.stringify({
  success: true,
  errors: [],
  messages: [],
  result: { id: 'a', requireSignedURLs: false, uploaded: '2026-01-01T00:00:00Z', variants: [] },
});
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.stdin.on('end', () => process.exit(0)).resume();
