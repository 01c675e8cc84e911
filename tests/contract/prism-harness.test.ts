import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import openapi from '../../generated/openapi.json' with { type: 'json' };
import { childPids, startPrism } from '../setup/prism.js';
import { check, prismUrl, send, VALID } from './prism-helpers.js';

/** The inode of the socket listening on 127.0.0.1:`port`, from /proc/net/tcp. */
function listeningInode(port: number): string | undefined {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f[1] === `0100007F:${portHex}` && f[3] === '0A') return f[9];
  }
  return undefined;
}

/** Pids (among `pids`) with an open file descriptor on socket `inode`. */
function socketOwners(inode: string, pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      return readdirSync(`/proc/${pid}/fd`).some((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`;
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  });
}

describe('the Prism harness', () => {
  it('answers on 127.0.0.1 with the spec example', async () => {
    expect(prismUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const request = VALID.getImageStats();
    const response = await send(request);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ success: true, errors: [], messages: [], result: { count: { allowed: 100000, current: 210 } } });
    expect(check('getImageStats', request, response)).toEqual([]);
  });

  it('started no child process', () => {
    expect(inject('prismSpawnedPids')).toEqual([]);
  });

  it.runIf(existsSync('/proc/net/tcp'))('listens from inside the vitest process, not from a child', () => {
    const hostPid = inject('prismHostPid');
    // the host is the vitest process: this worker's parent (forks pool) or this process (threads)
    expect([process.pid, process.ppid]).toContain(hostPid);
    const inode = listeningInode(Number(new URL(prismUrl()).port));
    expect(inode, 'a LISTEN socket on the Prism port').toBeDefined();
    expect(socketOwners(inode!, [hostPid])).toEqual([hostPid]);
    expect(socketOwners(inode!, childPids(hostPid))).toEqual([]);
  });

  it('answers an unknown route with its own 404', async () => {
    const response = await fetch(`${prismUrl()}/nope`, { headers: { authorization: 'Bearer test-token' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ type: 'https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR', status: 404 });
  });

  it('turns a spec example that breaks its own schema into a 500 the checker rejects (errors option)', async () => {
    const broken = structuredClone(openapi) as any;
    broken.paths['/accounts/{account_id}/images/v1/stats'].get.responses['200'].content['application/json'].examples.usage.value.result.count.current = '210';
    const prism = await startPrism(broken);
    try {
      const request = VALID.getImageStats();
      const response = await fetch(`${prism.url}/accounts/023e105f4ecef8ad9ca31a8372d0c353/images/v1/stats`, { headers: request.headers });
      const rawBodyText = await response.text();
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const violations = check('getImageStats', request, {
        status: response.status,
        headers: response.headers,
        rawBodyText,
        bytes: new TextEncoder().encode(rawBodyText),
      } as any);
      expect(violations.map((v) => v.check)).toEqual(expect.arrayContaining(['content_type_conformance', 'response_schema_conformance', 'prism_violations']));
      expect(violations.find((v) => v.check === 'prism_violations')?.value).toMatchObject({
        location: ['response', 'body', 'result', 'count', 'current'],
        code: 'type',
      });
    } finally {
      await prism.close();
    }
  });
});
