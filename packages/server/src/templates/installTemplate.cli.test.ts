import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../config.js';
import { openStorage } from '../storage/openStorage.js';
import { runCli } from '../testing/spawnServerProcess.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'formwork-install-template-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function withStores<T>(work: (stores: Awaited<ReturnType<typeof openStorage>>['stores']) => Promise<T>): Promise<T> {
  const storage = await openStorage({ ...defaultSettings, dataDir: dir, databaseUrl: null }, Date.now);
  try {
    return await work(storage.stores);
  } finally {
    await storage.close();
  }
}

describe('formwork install-template', () => {
  it('refuses before there is an admin, then installs with sample data and prints the new app and the initial password once', async () => {
    const none = await runCli(['install-template', 'crm', '--data-dir', dir]);
    expect(none.code).toBe(1);
    expect(none.output).toContain('there is no admin yet');
    expect(await withStores((stores) => stores.apps.list())).toEqual([]);

    await withStores((stores) => stores.users.create({ id: 'usr_admin', username: 'admin', name: 'Admin', role: 'admin', departmentId: null, locale: null, createdAt: Date.now(), passwordHash: 'unused' }));
    const run = await runCli(['install-template', 'performance', '--sample-data', '--data-dir', dir]);
    expect(run.output).toMatch(/Installed performance as the app "销售绩效管理" \(app_[0-9a-f]+\): 6 forms/);
    expect(run.code).toBe(0);
    const password = /Initial password of the new sample users \(shown once; change it before real use\): (\S+)/.exec(run.output)?.[1];
    expect(password).toMatch(/^[A-Za-z2-9]{16}$/);
    // Last month's 考核评估 and 复盘 wait at the managers, and last month's sheet is stored.
    expect(run.output).toMatch(/Approvals in flight: \d+ \(targets \d+, evaluations 20, reviews 20\)\.|Approvals in flight: 40 \(evaluations 20, reviews 20\)\./);
    expect(run.output).toMatch(/Score run of \d{4}-\d{2} computed for the scheme sco_\S+: \d+ people\./);

    const again = await runCli(['install-template', 'performance', '--data-dir', dir]);
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('Initial password');
    const apps = await withStores((stores) => stores.apps.list());
    expect(apps.map((app) => app.name)).toEqual(['销售绩效管理', '销售绩效管理']);
    expect(apps[0]?.id).not.toBe(apps[1]?.id);
  }, 240_000);

  it('exits 1 naming a template that is not shipped, and 2 without a name', async () => {
    const unknown = await runCli(['install-template', 'erp', '--data-dir', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain('There is no template called "erp"');
    const missing = await runCli(['install-template']);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('install-template needs a template NAME');
  }, 120_000);
});
