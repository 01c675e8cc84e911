// Durability before acknowledgement: every file a write makes is synced before it is renamed into
// place, and its directory synced after the rename, all before the answer. Seen through the file
// system calls themselves (node:fs/promises, wrapped for this file only).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { png, startTestServer } from './helpers.js';

const { log } = vi.hoisted(() => ({ log: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (path, ...rest) => {
    const handle = await fs.open(path, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      log.push(`sync ${String(path)}`);
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    await fs.rename(from, to);
    log.push(`rename ${String(from)} -> ${String(to)}`);
  };
  return { ...fs, default: { ...fs, open, rename }, open, rename };
});

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The index of the first log line matching `pattern`; fails when there is none. */
function at(pattern: RegExp): number {
  const index = log.findIndex((line) => pattern.test(line));
  expect(index, `${pattern} in\n${log.join('\n')}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe('an acknowledged write', () => {
  it('was synced to disk, file and directory, before its answer', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'images-fsync-'));
    dirs.push(dataDir);
    const t = await startTestServer({ dataDir });
    const d = dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    log.length = 0;
    const reply = await t.upload({}, png(2, 2, 1));
    log.push('answer');
    expect(reply.status).toBe(200);
    const blobTmp = at(new RegExp(`^sync ${d}/blobs/[0-9a-f]{64}\\.bin\\.[0-9a-f]{12}\\.tmp$`));
    const blobRename = at(new RegExp(`^rename ${d}/blobs/[0-9a-f]{64}\\.bin\\.[0-9a-f]{12}\\.tmp -> ${d}/blobs/[0-9a-f]{64}\\.bin$`));
    const blobDir = at(new RegExp(`^sync ${d}/blobs$`));
    const stateTmp = at(new RegExp(`^sync ${d}/state\\.json\\.[0-9a-f]{12}\\.tmp$`));
    const stateRename = at(new RegExp(`^rename ${d}/state\\.json\\.[0-9a-f]{12}\\.tmp -> ${d}/state\\.json$`));
    const dataDirSync = at(new RegExp(`^sync ${d}$`));
    const answer = at(/^answer$/);
    // The blob is durable before the state names it; the state is durable before the answer.
    const order = [blobTmp, blobRename, blobDir, stateTmp, stateRename, dataDirSync, answer];
    expect(order).toEqual([...order].sort((a, b) => a - b));

    for (const write of [
      () => t.call('createSigningKey', 'v1/keys/extra'),
      () => t.call('updateImage', `v1/${reply.json.result.id}`, { body: { metadata: { v: 2 } } }),
    ]) {
      log.length = 0;
      expect((await write()).status).toBe(200);
      log.push('answer');
      expect(at(new RegExp(`^sync ${d}/state\\.json\\.[0-9a-f]{12}\\.tmp$`))).toBeLessThan(at(new RegExp(`^rename ${d}/state\\.json`)));
      expect(at(new RegExp(`^rename ${d}/state\\.json`))).toBeLessThan(at(new RegExp(`^sync ${d}$`)));
      expect(at(new RegExp(`^sync ${d}$`))).toBeLessThan(at(/^answer$/));
    }
  });
});
