import { FORM_SCHEMA_VERSION, parseFormSchema, type FormSchema } from '@formwork/runtime';
import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDirectory } from '../editor/OrgDirectoryContext.js';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

const directory: OrgDirectory = {
  status: 'ready',
  users: [
    { id: 'u_1', name: 'Li Lei' },
    { id: 'u_2', name: 'Wang Fang' },
  ],
  departments: [],
};

const formWith = (settings: FormSchema['settings']): FormSchema => ({ kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [], ...(settings ? { settings } : {}) });

async function openFormTab(user: ReturnType<typeof userEvent.setup>, name = 'Form'): Promise<void> {
  await user.click(screen.getByRole('tab', { name }));
}

describe('the form settings: who may import', () => {
  it('shows the default (managers), lets members import too or only admins, and writes the default as no setting', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ directory });
    await openFormTab(user);
    const group = screen.getByRole('group', { name: 'Who may import records from a file' });
    const members = within(group).getByRole('checkbox', { name: '“Member” may import' }) as HTMLInputElement;
    const managers = within(group).getByRole('checkbox', { name: '“Manager” may import' }) as HTMLInputElement;
    // Admins always may: there is no box that could take it from them.
    expect(within(group).queryByRole('checkbox', { name: /Admin/ })).toBeNull();
    expect([members.checked, managers.checked]).toEqual([false, true]);
    const access = () => store.getState().schema.settings?.access;
    await user.click(members);
    expect(access()).toEqual({ import: { roles: ['member', 'manager'] } });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    await user.click(members);
    expect(access()).toBeUndefined();
    await user.click(managers);
    expect(access()).toEqual({ import: { roles: [] } });
    expect(within(group).getByRole('status').textContent).toBe('Only admins may import for now');
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    act(() => void store.getState().undo());
    expect(access()).toBeUndefined();
    expect(managers.checked).toBe(true);
  });

  it('keeps the other access rules when the importers change, and the importers when another rule changes', async () => {
    const user = userEvent.setup();
    const fields = { member: { f_price: 'read' as const } };
    const { store } = renderEditor({ directory, initial: formWith({ access: { rows: { member: 'department' }, import: { roles: ['member'] }, fields } }) });
    await openFormTab(user);
    await user.click(screen.getByRole('checkbox', { name: '“Manager” may import' }));
    expect(store.getState().schema.settings?.access).toEqual({ rows: { member: 'department' }, import: { roles: ['member', 'manager'] }, fields });
    await user.click(screen.getByLabelText('Every signed-in user'));
    expect(store.getState().schema.settings?.access).toEqual({ rows: { member: 'department' }, import: { roles: ['member', 'manager'] }, fields, submit: { roles: ['member', 'manager', 'admin'] } });
  });

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    renderEditor({ directory, locale: 'zh-CN', initial: formWith({ access: { import: { roles: ['member', 'admin'] } } }) });
    await openFormTab(user, '表单属性');
    const group = screen.getByRole('group', { name: '谁可以从文件导入数据' });
    expect((within(group).getByRole('checkbox', { name: '“成员”可以导入' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByRole('checkbox', { name: '“经理”可以导入' }) as HTMLInputElement).checked).toBe(false);
    expect(within(group).getByText('管理员始终可以导入。默认：经理和管理员。')).toBeTruthy();
  });
});

describe('the form settings: who owns what comes in through the public link', () => {
  it('offers an owner once the link is on, the form’s creator by default, and keeps the owner while the link is off', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ directory });
    await openFormTab(user);
    const ownerLabel = 'Records sent through the public link belong to';
    expect(screen.queryByLabelText(ownerLabel)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Public link/ }));
    const owner = screen.getByLabelText(ownerLabel) as HTMLSelectElement;
    expect(within(owner).getAllByRole('option').map((option) => option.textContent)).toEqual(['The form’s creator (default)', 'Li Lei', 'Wang Fang']);
    expect(owner.value).toBe('');
    const publicLink = () => store.getState().schema.settings?.publicLink;
    await user.selectOptions(owner, 'Wang Fang');
    expect(publicLink()).toEqual({ enabled: true, ownerId: 'u_2' });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Public link/ }));
    expect(publicLink()).toEqual({ enabled: false, ownerId: 'u_2' });
    expect(screen.queryByLabelText(ownerLabel)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Public link/ }));
    expect((screen.getByLabelText(ownerLabel) as HTMLSelectElement).value).toBe('u_2');
    await user.selectOptions(screen.getByLabelText(ownerLabel), 'The form’s creator (default)');
    expect(publicLink()).toEqual({ enabled: true });
    await user.click(screen.getByRole('checkbox', { name: /Public link/ }));
    expect(publicLink()).toBeUndefined();
  });

  it('shows a stored owner it cannot name by id, in Chinese, without changing it', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      directory: { status: 'failed', users: [], departments: [] },
      locale: 'zh-CN',
      initial: formWith({ publicLink: { enabled: true, ownerId: 'usr_gone' } }),
    });
    await openFormTab(user, '表单属性');
    const owner = screen.getByLabelText('通过公开链接提交的数据归属于') as HTMLSelectElement;
    expect(owner.value).toBe('usr_gone');
    expect(within(owner).getAllByRole('option').map((option) => option.textContent)).toEqual(['表单创建者（默认）', 'usr_gone']);
    expect(screen.getByText('无法读取成员和部门列表')).toBeTruthy();
    expect(store.getState().schema.settings?.publicLink).toEqual({ enabled: true, ownerId: 'usr_gone' });
  });
});
