import type { Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeOrgApi, type FakeOrgOptions } from '../../api/testing/createFakeOrgApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { OrgPage } from './OrgPage.js';

afterEach(() => cleanup());

const people: NonNullable<FakeOrgOptions['users']> = [
  { id: 'usr_admin', username: 'admin', name: 'Admin', role: 'admin', departmentId: null, disabled: false },
  { id: 'usr_li', username: 'li.na', name: 'Li Na', role: 'manager', departmentId: null, disabled: false },
  { id: 'usr_wang', username: 'wang.fang', name: 'Wang Fang', role: 'member', departmentId: null, disabled: false },
  { id: 'usr_gone', username: 'zhao', name: 'Zhao', role: 'member', departmentId: null, disabled: true },
];

async function openPage(locale: Locale = 'en', options: FakeOrgOptions = {}) {
  const fake = createFakeOrgApi({ users: people, locale, ...options });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <OrgPage api={fake.api} />
    </LocaleContext.Provider>,
  );
  const section = await screen.findByRole('region', { name: locale === 'en' ? 'Roles' : '角色' });
  return { fake, section, user: userEvent.setup() };
}

/** The row of a role in the role list, by the role's name in its row header. */
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;
const cellsOf = (name: string) => within(rowOf(name)).getAllByRole('cell').map((cell) => cell.textContent);

describe('the organisation roles', () => {
  it('creates a role with a name, a description and members picked from the users, and lists it with their names', async () => {
    const { fake, section, user } = await openPage();
    expect(within(section).getByText('No roles yet.')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'New role' }));
    const dialog = screen.getByRole('dialog', { name: 'New role' });
    await user.type(within(dialog).getByLabelText('Role name'), '  Finance ');
    await user.type(within(dialog).getByLabelText('Description'), 'Signs contracts off');
    const members = within(dialog).getByRole('group', { name: 'Members' });
    const add = within(members).getByRole('combobox', { name: 'Add a member' });
    // A disabled user cannot sign in to approve, so is not offered.
    expect(within(add).getAllByRole('option').map((option) => option.textContent)).toEqual(['Add a member…', 'Admin (admin)', 'Li Na (li.na)', 'Wang Fang (wang.fang)']);
    await user.selectOptions(add, 'Wang Fang (wang.fang)');
    await user.selectOptions(within(members).getByRole('combobox', { name: 'Add a member' }), 'Li Na (li.na)');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await screen.findByText('Role “Finance” created')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls.filter((call) => call.method === 'createRole')).toEqual([
      { method: 'createRole', args: [{ name: 'Finance', description: 'Signs contracts off', memberIds: ['usr_wang', 'usr_li'] }] },
    ]);
    expect(within(section).getByRole('table', { name: 'Role list' })).toBeTruthy();
    expect(cellsOf('Finance').slice(0, 2)).toEqual(['Signs contracts off', 'Wang Fang, Li Na']);
  });

  it('renames a role, describes it, and adds and removes members (zh-CN)', async () => {
    const { fake, user } = await openPage('zh-CN', { roles: [{ id: 'finance', name: '财务', memberIds: ['usr_li'] }] });
    expect(cellsOf('财务').slice(0, 2)).toEqual(['', 'Li Na']);
    await user.click(screen.getByRole('button', { name: '编辑角色 财务' }));
    const dialog = screen.getByRole('dialog', { name: '编辑角色“财务”' });
    await user.clear(within(dialog).getByLabelText('角色名称'));
    await user.type(within(dialog).getByLabelText('角色名称'), '财务部');
    await user.type(within(dialog).getByLabelText('说明'), '合同会签');
    const members = within(dialog).getByRole('group', { name: '成员' });
    await user.click(within(members).getByRole('button', { name: '移除“Li Na (li.na)”' }));
    expect(within(members).getByText('还没有成员')).toBeTruthy();
    await user.selectOptions(within(members).getByRole('combobox', { name: '添加成员' }), 'Admin (admin)');
    await user.selectOptions(within(members).getByRole('combobox', { name: '添加成员' }), 'Wang Fang (wang.fang)');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText('已保存角色“财务部”')).toBeTruthy();
    expect(fake.calls.find((call) => call.method === 'updateRole')?.args).toEqual(['finance', { name: '财务部', description: '合同会签', memberIds: ['usr_admin', 'usr_wang'] }]);
    expect(cellsOf('财务部').slice(0, 2)).toEqual(['合同会签', 'Admin、Wang Fang']);
    expect(screen.queryByRole('rowheader', { name: '财务' })).toBeNull();
  });

  it('shows a taken name at the name field, in the server’s words, and keeps the dialog open', async () => {
    const { fake, user } = await openPage('en', { roles: [{ id: 'finance', name: 'Finance' }] });
    await user.click(screen.getByRole('button', { name: 'New role' }));
    const dialog = screen.getByRole('dialog', { name: 'New role' });
    const name = within(dialog).getByLabelText('Role name');
    await user.type(name, 'FINANCE');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('A role named "FINANCE" already exists');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(alert.id);
    expect(within(dialog).getAllByRole('alert')).toHaveLength(1);
    expect(fake.roles.map((role) => role.name)).toEqual(['Finance']);
    // Changing the name takes the fault away; the new one is created.
    await user.clear(name);
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.type(name, 'Sales director');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Role “Sales director” created')).toBeTruthy();
  });

  it('shows a member the server does not know at the members, named (zh-CN)', async () => {
    const { user } = await openPage('zh-CN', { roles: [{ id: 'hr', name: '人力资源', memberIds: ['usr_left'] }] });
    expect(cellsOf('人力资源')[1]).toBe('未知用户（usr_left）');
    await user.click(screen.getByRole('button', { name: '编辑角色 人力资源' }));
    const dialog = screen.getByRole('dialog', { name: '编辑角色“人力资源”' });
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('未知用户（usr_left）：成员不存在');
    expect(within(dialog).getByLabelText('角色名称').getAttribute('aria-invalid')).toBeNull();
    // It can be removed by its readable name, and then the role saves.
    await user.click(within(dialog).getByRole('button', { name: '移除“未知用户（usr_left）”' }));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存角色“人力资源”')).toBeTruthy();
  });

  it('deletes a role only after a confirmation that says its workflow steps will have nobody there', async () => {
    const { fake, user } = await openPage('en', { roles: [{ id: 'director', name: 'Sales director', memberIds: ['usr_li'] }, { id: 'finance', name: 'Finance' }] });
    await user.click(screen.getByRole('button', { name: 'Delete role Sales director' }));
    let dialog = screen.getByRole('dialog', { name: 'Delete the role “Sales director”?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete role Sales director' });
    expect(confirm.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^Workflow steps that name this role will then have nobody there/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.calls.some((call) => call.method === 'deleteRole')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete role Sales director' }));
    dialog = screen.getByRole('dialog', { name: 'Delete the role “Sales director”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete role Sales director' }));
    expect(await screen.findByText('Role “Sales director” deleted')).toBeTruthy();
    expect(fake.roles.map((role) => role.id)).toEqual(['finance']);
    expect(screen.queryByRole('rowheader', { name: 'Sales director' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Finance' })).toBeTruthy();
    // Its row, where focus came from, is gone: focus lands on "New role", not on the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New role' }));
  });
});
