import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServerProcess, runCli, type ServerProcess } from '../../testing/spawnServerProcess.js';
import { DataFolderBusyError, holdDataFolder } from './holdDataFolder.js';

const dirs: string[] = [];
const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'formwork-hold-'));
  dirs.push(dir);
  return dir;
}
const env = (dir: string) => ({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_USER: 'admin', FORMWORK_ADMIN_PASSWORD: 'hold-test-password-1' });

describe('holdDataFolder', () => {
  it('refuses a second hold on the same folder, naming the holder, until the first is released', () => {
    const dir = dataDir();
    const first = holdDataFolder(dir, () => Date.UTC(2026, 11, 3));
    let refusal: unknown;
    try {
      holdDataFolder(dir, () => 0);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderBusyError);
    expect((refusal as Error).message).toContain(`pid ${String(process.pid)}`);
    expect((refusal as Error).message).toContain('2026-12-03T00:00:00.000Z');
    first.release();
    holdDataFolder(dir, () => 0).release();
  });

  it('lets different folders be held at once', () => {
    const a = holdDataFolder(dataDir(), () => 0);
    const b = holdDataFolder(dataDir(), () => 0);
    a.release();
    b.release();
  });
});

describe('formwork serve on a folder another process serves', () => {
  it('exits with a message naming the running process, and the first keeps serving; after a kill -9 the folder is free', async () => {
    const dir = dataDir();
    const first = await spawnServerProcess(env(dir));
    running.push(first);
    const second = await runCli(['serve', '--port', '0'], env(dir));
    expect(second.code).toBe(1);
    expect(second.output).toContain('already served by another Formwork process');
    expect(second.output).toContain(`pid ${String(first.child.pid)}`);
    expect((await fetch(`${first.url}/api/openapi.json`)).status).toBe(200);

    await first.kill('SIGKILL');
    const third = await spawnServerProcess(env(dir));
    running.push(third);
    expect(third.output()).toContain('running at');
  }, 120_000);
});
