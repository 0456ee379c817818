import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from './storage/postgres/testing/createTestDatabase.js';
import { migrateDatabase } from './storage/sqlite/migrateDatabase.js';
import { databasePath, openDatabase } from './storage/sqlite/openDatabase.js';
import { runCli, spawnServerProcess, type ServerProcess } from './testing/spawnServerProcess.js';
import { TestClient } from './testing/TestClient.js';

let dir: string;
let running: ServerProcess | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'formwork-cli-'));
});
afterEach(async () => {
  await running?.kill('SIGKILL');
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('formwork --help and bad usage', () => {
  it('prints the usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.output).toContain('formwork serve [--port N]');
    expect(run.output).toContain('formwork backup FILE');
  });

  it('exits 2 with the reason for an unknown option', async () => {
    const run = await runCli(['serve', '--colour', 'blue']);
    expect(run.code).toBe(2);
    expect(run.output).toContain('unknown option --colour');
  });

  it('exits 2 for an admin password that is too short', async () => {
    const run = await runCli(['serve', '--port', '0', '--data-dir', dir, '--admin-password', 'short']);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/FORMWORK_ADMIN_PASSWORD must be at least 10 characters/);
  });

  it('exits 2 for an admin password that is too common', async () => {
    const run = await runCli(['serve', '--port', '0', '--data-dir', dir, '--admin-password', 'Password123']);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/FORMWORK_ADMIN_PASSWORD is too common/);
  });
});

describe('formwork serve', () => {
  it('creates the admin with a generated password printed once, and never resets it', async () => {
    running = await spawnServerProcess({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_PASSWORD: '' });
    const match = /Admin account: admin \/ (\S+)/.exec(running.output());
    expect(match?.[1]).toBeDefined();
    const password = match?.[1] ?? '';
    expect(running.output()).toMatch(/Formwork is running at http:\/\/localhost:\d+\/ \(designer: http:\/\/localhost:\d+\/designer\/\)/);
    expect(existsSync(databasePath(dir))).toBe(true);
    await running.kill('SIGTERM');
    expect(running.child.exitCode).toBe(0);

    running = await spawnServerProcess({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_PASSWORD: 'a-different-password' });
    expect(running.output()).not.toContain('Admin account');
    const client = new TestClient(running.url);
    expect((await client.post('/api/auth/login', { username: 'admin', password })).status).toBe(200);
    expect((await client.post('/api/auth/login', { username: 'admin', password: 'a-different-password' })).status).toBe(401);
  });

  it('keeps starting an install whose environment still holds a password older rules allowed', async () => {
    running = await spawnServerProcess({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_PASSWORD: 'first-admin-password' });
    await running.kill('SIGTERM');
    running = await spawnServerProcess({ FORMWORK_DATA_DIR: dir, FORMWORK_ADMIN_PASSWORD: 'short' });
    expect(running.output()).toContain('running at');
  });
});

describe('formwork backup', () => {
  function seed(): void {
    const db = openDatabase(databasePath(dir));
    migrateDatabase(db, Date.now);
    db.prepare("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app_1', '备份测试', 1, 1)").run();
    db.close();
  }

  it('copies the database to a readable, intact file', async () => {
    seed();
    const target = join(dir, 'copy.sqlite');
    const run = await runCli(['backup', target, '--data-dir', dir]);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Backed up');
    const copy = openDatabase(target);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT name FROM apps').pluck().all()).toEqual(['备份测试']);
      expect(copy.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBeGreaterThan(0);
    } finally {
      copy.close();
    }
  });

  it('refuses to overwrite a file, and fails without a database', async () => {
    seed();
    const target = join(dir, 'copy.sqlite');
    expect((await runCli(['backup', target, '--data-dir', dir])).code).toBe(0);
    const again = await runCli(['backup', target, '--data-dir', dir]);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');
    const none = await runCli(['backup', join(dir, 'x.sqlite'), '--data-dir', join(dir, 'empty')]);
    expect(none.code).toBe(1);
    expect(none.output).toContain('No database');
  });
});

describe('formwork migrate-to-postgres', () => {
  it('copies a SQLite database into an empty PostgreSQL one, prints each table and the files/ notice, and refuses to run twice', async () => {
    const db = openDatabase(databasePath(dir));
    migrateDatabase(db, Date.now);
    db.prepare("INSERT INTO apps (id, name, created_at, updated_at) VALUES ('app_1', '迁移测试', 1, 1)").run();
    db.close();
    const database = await createTestDatabase({ empty: true });
    try {
      // The URL from the environment, as a deployment would keep it (out of the process list).
      const run = await runCli(['migrate-to-postgres', '--from', databasePath(dir)], { FORMWORK_DATABASE_URL: database.url });
      expect(run.output).toContain('apps: 1 rows');
      expect(run.output).toContain('records: 0 rows');
      expect(run.output).toContain("old data folder's files/");
      expect(run.code).toBe(0);
      const again = await runCli(['migrate-to-postgres', '--from', databasePath(dir), '--to', database.url]);
      expect(again.code).toBe(1);
      expect(again.output).toMatch(/already holds data \(users|apps/);
    } finally {
      await database.drop();
    }
  });

  it('exits 2 without --from or a target URL, and for flags of other commands', async () => {
    expect((await runCli(['migrate-to-postgres', '--to', 'postgres://localhost/x'])).output).toContain('needs --from FILE');
    const noTarget = await runCli(['migrate-to-postgres', '--from', databasePath(dir)], { FORMWORK_DATABASE_URL: '' });
    expect(noTarget.code).toBe(2);
    expect(noTarget.output).toContain('needs --to');
    const wrongFlag = await runCli(['migrate-to-postgres', '--from', 'a', '--port', '1']);
    expect(wrongFlag.code).toBe(2);
    expect(wrongFlag.output).toContain('--port does not apply to migrate-to-postgres');
  });

  it('exits 1 for a bad URL without printing its password', async () => {
    const run = await runCli(['migrate-to-postgres', '--from', databasePath(dir), '--to', 'mysql://root:s3cret-pw@localhost/formwork']);
    expect(run.code).toBe(1);
    expect(run.output).toContain('postgres://');
    expect(run.output).not.toContain('s3cret-pw');
  });
});
