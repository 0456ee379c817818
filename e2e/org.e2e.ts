import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { keepFailureEvidence } from './support/keepFailureEvidence.js';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// An admin runs the organisation from the designer, by role and accessible name, in both
// languages: a department tree (销售部 → 华东), a manager and two reps created in the UI, the
// manager set on 华东 — and the reps can sign in with what the admin typed. Then an organisation
// role (财务 / Finance) is created, a rep added to it, and it is listed with the rep's name and
// held by them on the server; axe checks the page with the roles on it.

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
    roles: 'Roles',
    newRole: 'New role',
    roleName: 'Role name',
    roleDescription: 'Description',
    roleList: 'Role list',
    editRole: (name: string) => `Edit role ${name}`,
    editRoleTitle: (name: string) => `Edit role “${name}”`,
    roleMembers: 'Members',
    addMember: 'Add a member',
    roleSaved: (name: string) => `Role “${name}” saved`,
    finance: { name: 'Finance', description: 'Signs contracts off' },
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
    roles: '角色',
    newRole: '新建角色',
    roleName: '角色名称',
    roleDescription: '说明',
    roleList: '角色列表',
    editRole: (name: string) => `编辑角色 ${name}`,
    editRoleTitle: (name: string) => `编辑角色“${name}”`,
    roleMembers: '成员',
    addMember: '添加成员',
    roleSaved: (name: string) => `已保存角色“${name}”`,
    finance: { name: '财务', description: '合同会签' },
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
    // The context bypasses the CSP only so that axe can be injected.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });
  afterEach((context) => keepFailureEvidence(context.task, `org-${lang}`, page, pageErrors));
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

  it('creates the role Finance, adds a rep to it, and lists it with the rep’s name', async () => {
    const n = w.names;
    const roles = page.getByRole('region', { name: w.roles, exact: true });
    await roles.getByRole('button', { name: w.newRole }).click();
    const create = page.getByRole('dialog', { name: w.newRole });
    await create.getByLabel(w.roleName).fill(w.finance.name);
    await create.getByLabel(w.roleDescription).fill(w.finance.description);
    await create.getByRole('button', { name: w.create }).click();
    await create.waitFor({ state: 'detached' });
    const row = roles.getByRole('table', { name: w.roleList }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: w.finance.name, exact: true }) });
    await expect.poll(() => row.count()).toBe(1);

    await roles.getByRole('button', { name: w.editRole(w.finance.name), exact: true }).click();
    const edit = page.getByRole('dialog', { name: w.editRoleTitle(w.finance.name) });
    await edit.getByRole('group', { name: w.roleMembers }).getByRole('combobox', { name: w.addMember }).selectOption({ label: `${n.rep1} (lilei)` });
    await edit.getByRole('button', { name: w.save }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText(w.roleSaved(w.finance.name)).count()).toBe(1);
    expect(await row.getByRole('cell').allTextContents()).toEqual([w.finance.description, n.rep1, expect.any(String)]);
    await checkAccessibility(page, `organisation with a role, ${lang}`);

    // The server holds the role with the rep as its member.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lilei', password: 'lilei-Initial-pw-42' }),
    });
    const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const me = (await login.json()) as { user: { id: string } };
    const listed = (await (await fetch(`${server.url}/api/roles`, { headers: { cookie } })).json()) as { items: { name: string; description: string; memberIds: string[] }[] };
    expect(listed.items.find((role) => role.name === w.finance.name)).toMatchObject({ description: w.finance.description, memberIds: [me.user.id] });
    expect(pageErrors).toEqual([]);
  });
});
