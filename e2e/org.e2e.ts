import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// An admin runs the organisation from the designer, by role and accessible name, in both
// languages: a department tree (销售部 → 华东), a manager and two reps created in the UI, the
// manager set on 华东 — and the reps can sign in with what the admin typed.

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    organisation: 'Organisation',
    tree: 'Department tree',
    newDepartment: 'New department',
    departmentName: 'Department name',
    parent: 'Parent department',
    manager: 'Manager',
    create: 'Create',
    save: 'Save',
    edit: (name: string) => `Edit department “${name}”`,
    newUser: 'New user',
    userUsername: 'Username',
    displayName: 'Display name',
    initialPassword: 'Initial password',
    role: 'Role',
    department: 'Department',
    userList: 'User list',
    managedBy: (name: string) => `Manager: ${name}`,
    names: { sales: 'Sales', east: 'East China', boss: 'Wang Fang', rep1: 'Li Lei', rep2: 'Han Meimei' },
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    organisation: '组织架构',
    tree: '部门树',
    newDepartment: '新建部门',
    departmentName: '部门名称',
    parent: '上级部门',
    manager: '负责人',
    create: '创建',
    save: '保存',
    edit: (name: string) => `编辑部门“${name}”`,
    newUser: '新建用户',
    userUsername: '用户名',
    displayName: '姓名',
    initialPassword: '初始密码',
    role: '角色',
    department: '部门',
    userList: '用户列表',
    managedBy: (name: string) => `负责人：${name}`,
    names: { sales: '销售部', east: '华东', boss: '王芳', rep1: '李雷', rep2: '韩梅梅' },
  },
} as const;

type Words = (typeof words)[keyof typeof words];

describe.each(['en', 'zh-CN'] as const)('running the organisation in the designer (%s)', (lang) => {
  const w: Words = words[lang];
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    mkdirSync(new URL('../.e2e-data/', import.meta.url), { recursive: true });
    await page.screenshot({ path: new URL(`../.e2e-data/org-${lang}.png`, import.meta.url).pathname, fullPage: true });
    if (pageErrors.length > 0) console.error(`page errors:\n${pageErrors.join('\n')}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function createDepartment(name: string, parent?: string): Promise<void> {
    await page.getByRole('button', { name: w.newDepartment }).click();
    const dialog = page.getByRole('dialog', { name: w.newDepartment });
    await dialog.getByLabel(w.departmentName).fill(name);
    if (parent) await dialog.getByLabel(w.parent).selectOption({ label: parent });
    await dialog.getByRole('button', { name: w.create }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('list', { name: w.tree }).getByRole('button', { name, exact: true }).count()).toBe(1);
  }

  async function createUser(user: { username: string; name: string; role: 'manager' | 'member'; department: string }): Promise<void> {
    await page.getByRole('button', { name: w.newUser }).click();
    const dialog = page.getByRole('dialog', { name: w.newUser });
    await dialog.getByLabel(w.userUsername, { exact: true }).fill(user.username);
    await dialog.getByLabel(w.displayName).fill(user.name);
    await dialog.getByLabel(w.initialPassword).fill(`${user.username}-Initial-pw-42`);
    await dialog.getByLabel(w.role).selectOption(user.role);
    await dialog.getByLabel(w.department, { exact: true }).selectOption({ label: user.department });
    await dialog.getByRole('button', { name: w.create }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('table', { name: w.userList }).getByRole('rowheader', { name: user.username }).count()).toBe(1);
  }

  it('builds the department tree and the team without the API, and the reps can sign in', async () => {
    await page.goto(`${server.url}/designer/?lang=${lang}`);
    await page.getByLabel(w.username).fill(server.admin.username);
    await page.getByLabel(w.password).fill(server.admin.password);
    await page.getByRole('button', { name: w.signIn }).click();
    await page.getByRole('link', { name: w.organisation }).click();
    await page.getByRole('region', { name: w.organisation }).waitFor();

    const n = w.names;
    await createDepartment(n.sales);
    await createDepartment(n.east, n.sales);
    const eastPath = `${n.sales} / ${n.east}`;
    await createUser({ username: 'wangfang', name: n.boss, role: 'manager', department: eastPath });
    await createUser({ username: 'lilei', name: n.rep1, role: 'member', department: eastPath });
    await createUser({ username: 'hanmeimei', name: n.rep2, role: 'member', department: eastPath });

    // The manager is set on 华东 from its edit dialog.
    await page.getByRole('list', { name: w.tree }).getByRole('button', { name: n.east, exact: true }).click();
    const edit = page.getByRole('dialog', { name: w.edit(n.east) });
    await edit.getByLabel(w.manager).selectOption({ label: `${n.boss} (wangfang)` });
    await edit.getByRole('button', { name: w.save }).click();
    await expect.poll(() => page.getByText(w.managedBy(n.boss)).count()).toBe(1);

    // What the admin typed is what the server holds: the tree, the manager, and working accounts.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lilei', password: 'lilei-Initial-pw-42' }),
    });
    expect(login.status).toBe(200);
    const me = (await login.json()) as { user: { name: string; role: string }; department: { id: string; name: string } | null };
    expect(me.user.name).toBe(n.rep1);
    expect(me.user.role).toBe('member');
    expect(me.department?.name).toBe(n.east);
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    type Node = { id: string; name: string; managerId: string | null; children: Node[] };
    const tree = (await (await fetch(`${server.url}/api/departments`, { headers: { cookie } })).json()) as { items: Node[] };
    const sales = tree.items.find((department) => department.name === n.sales);
    const east = sales?.children.find((department) => department.name === n.east);
    expect(east?.id).toBe(me.department?.id);
    expect(east?.managerId).not.toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
