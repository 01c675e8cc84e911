// The promises of --data-dir / dataDir: one server per directory (a lock, taken over from a dead
// holder), nothing a kill leaves behind survives a start, owner-only files, every acknowledged
// write kept through a kill -9, and a state file that cannot be read named in the error.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_ID, startImagesServer } from '../../src/server/index.js';
import { LOCK_FILE } from '../../src/server/lock.js';
import { blobFile } from '../../src/server/persist.js';
import { runCli, startChildServer } from './child-server.js';
import { pngHeader, startTestServer, TOKEN } from './helpers.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'images-data-dir-'));
  dirs.push(dir);
  return dir;
}

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const allFiles = async (dir: string) => (await readdir(dir, { recursive: true })).map(String);
const lockOf = async (dir: string) => JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const lockText = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: '2030-01-01T00:00:00.000Z', token: 'f00dfeedf00dfeed' });

describe('the data directory lock', () => {
  it('refuses a second server on the directory, in this process or another, naming the directory and the holder; free again after close', async () => {
    const dataDir = await tempDir();
    const first = await startTestServer({ dataDir });
    const inUse = `the data directory ${dataDir} is in use by another server (pid ${process.pid} on ${hostname()}`;
    await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(inUse);

    const other = runCli(['--port', '0', '--data-dir', dataDir]);
    expect(await other.exited).toBe(2);
    expect(await other.stderr).toContain(`Cannot start the server: ${inUse}`);

    expect((await first.upload({ id: 'still/mine' })).status).toBe(200); // the refused starts changed nothing
    await first.server.close();
    await expect(readdir(dataDir)).resolves.not.toContain(LOCK_FILE);
    const second = await startTestServer({ dataDir });
    expect((await second.call('getImage', 'v1/still%2Fmine')).status).toBe(200);
  });

  it('takes over the lock of a holder that is gone', async () => {
    const dataDir = await tempDir();
    const pid = await deadPid();
    await writeFile(join(dataDir, LOCK_FILE), lockText(pid));
    const t = await startTestServer({ dataDir });
    expect(await lockOf(dataDir)).toMatchObject({ pid: process.pid, host: hostname() });
    expect((await t.upload()).status).toBe(200);
  });

  it('never takes over a lock it cannot check (another host) or read, and says which file to remove', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, LOCK_FILE), lockText(await deadPid(), 'another-host.example'));
    await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(/in use by another server \(pid \d+ on another-host\.example.*remove .*server\.lock/);
    await writeFile(join(dataDir, LOCK_FILE), '');
    await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(
      `the data directory ${dataDir} is locked by ${join(dataDir, LOCK_FILE)}, which names no holder`,
    );
  });
});

describe('files in the data directory', () => {
  it('creates the directory 0700 and writes every file 0600; a world-readable state file is made 0600 at start', async () => {
    const dataDir = join(await tempDir(), 'new', 'data');
    const t = await startTestServer({ dataDir });
    const image = (await t.upload()).json.result;
    await t.call('createSigningKey', 'v1/keys/extra');
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await modeOf(join(dataDir, 'blobs'))).toBe(0o700);
    expect(await modeOf(join(dataDir, 'state.json'))).toBe(0o600);
    expect(await modeOf(join(dataDir, LOCK_FILE))).toBe(0o600);
    expect(await modeOf(blobFile(dataDir, image.id))).toBe(0o600);
    await t.server.close();

    await chmod(join(dataDir, 'state.json'), 0o644);
    await startTestServer({ dataDir });
    expect(await modeOf(join(dataDir, 'state.json'))).toBe(0o600);

    // A directory that exists keeps its mode: it is the user's.
    const shared = join(await tempDir(), 'shared');
    await mkdir(shared, { mode: 0o755 });
    await startTestServer({ dataDir: shared });
    expect(await modeOf(shared)).toBe(0o755);
  });

  it('removes at start the temporary files and unnamed blobs a kill leaves, and nothing else', async () => {
    const dataDir = await tempDir();
    const first = await startTestServer({ dataDir });
    const kept = (await first.upload({ id: 'kept' })).json.result.id;
    await first.server.close();
    const orphan = blobFile(dataDir, 'never-committed');
    const leftovers = [
      join(dataDir, 'state.json.0123456789ab.tmp'),
      `${blobFile(dataDir, 'x')}.ba9876543210.tmp`,
      join(dataDir, `${LOCK_FILE}.00aa11bb22cc.tmp`),
      orphan,
    ];
    const strangers = [join(dataDir, 'notes.tmp'), join(dataDir, 'state.json.backup'), join(dataDir, 'blobs', 'README')];
    for (const file of [...leftovers, ...strangers]) await writeFile(file, 'x');

    const t = await startTestServer({ dataDir });
    const files = await allFiles(dataDir);
    for (const file of leftovers) expect(files).not.toContain(file.slice(dataDir.length + 1));
    for (const file of strangers) expect(files).toContain(file.slice(dataDir.length + 1));
    expect((await t.call('getImageBlob', `v1/${kept}/blob`)).status).toBe(200);
  });

  it('names the state file when it cannot be read, and leaves the directory unlocked', async () => {
    const dataDir = await tempDir();
    const stateFile = join(dataDir, 'state.json');
    await writeFile(stateFile, '{"version":1,"images":[');
    await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(`the state file ${stateFile} is not valid JSON (`);
    await writeFile(stateFile, '{"images":{}}');
    await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(`the state file ${stateFile} is not a state file of this server`);
    expect(await readFile(stateFile, 'utf8')).toBe('{"images":{}}'); // never overwritten
    await rm(stateFile);
    expect((await (await startTestServer({ dataDir })).upload()).status).toBe(200);
  });
});

describe('kill -9', () => {
  it('keeps every acknowledged write of a server killed mid-writes; the restart takes over its lock and leaves no temporary file', {
    timeout: 120_000,
  }, async () => {
    const dataDir = await tempDir();
    const acknowledged = new Map<string, Uint8Array>();
    let next = 0;
    for (let round = 0; round < 3; round++) {
      const child = await startChildServer(['--data-dir', dataDir, '--api-token', TOKEN]);
      if (round === 0)
        await expect(startImagesServer({ port: 0, dataDir })).rejects.toThrow(
          `the data directory ${dataDir} is in use by another server (pid ${child.child.pid} `,
        );
      let stop = false;
      const writer = async () => {
        while (!stop) {
          const i = next++;
          // Half a megabyte each, so that a write is likely in flight when the kill comes.
          const bytes = pngHeader(10, 10, 512 * 1024);
          new DataView(bytes.buffer).setUint32(64, i);
          const form = new FormData();
          form.append('file', new Blob([bytes]), `f${i}.png`);
          form.append('id', `killed/${i}`);
          try {
            const response = await fetch(`${child.baseUrl}/accounts/${DEFAULT_ACCOUNT_ID}/images/v1`, {
              method: 'POST',
              headers: { authorization: `Bearer ${TOKEN}` },
              body: form,
            });
            await response.arrayBuffer();
            if (response.status === 200) acknowledged.set(`killed/${i}`, bytes);
            else throw new Error(`upload ${i}: ${response.status}`);
          } catch (error) {
            if (!stop) throw error;
          }
        }
      };
      const writers = Array.from({ length: 6 }, writer);
      const target = (round + 1) * 15;
      while (acknowledged.size < target) await new Promise((resolve) => setTimeout(resolve, 5));
      child.child.kill('SIGKILL');
      stop = true;
      expect(await child.exited).toBe('SIGKILL');
      await Promise.all(writers);
    }

    const t = await startTestServer({ dataDir });
    expect(await lockOf(dataDir)).toMatchObject({ pid: process.pid });
    for (const [id, bytes] of acknowledged) {
      const blob = await t.call('getImageBlob', `v1/${encodeURIComponent(id)}/blob`);
      expect(blob.status, id).toBe(200);
      expect(Buffer.from(blob.bytes).equals(Buffer.from(bytes)), id).toBe(true);
    }
    const count = (await t.call('getImageStats', 'v1/stats')).json.result.count.current;
    expect(count).toBeGreaterThanOrEqual(acknowledged.size);
    const files = await allFiles(dataDir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.bin'))).toHaveLength(count); // no blob without its image
  });
});
