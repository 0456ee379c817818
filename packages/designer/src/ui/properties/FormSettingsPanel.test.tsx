import { FORM_SCHEMA_VERSION, parseFormSchema } from '@formwork/runtime';
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
  departments: [
    { id: 'd_sales', name: 'Sales', path: 'Sales' },
    { id: 'd_east', name: 'East', path: 'Sales / East' },
  ],
};

async function openFormTab(user: ReturnType<typeof userEvent.setup>, name = 'Form'): Promise<void> {
  await user.click(screen.getByRole('tab', { name }));
}

describe('the form settings: texts', () => {
  it('edits the title, and the submit button text once per language', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await openFormTab(user);
    const title = screen.getByLabelText('Form title');
    await user.clear(title);
    await user.type(title, 'Customer visit{Enter}');
    await user.type(screen.getByLabelText('Submit button text (English)'), 'Send{Enter}');
    expect(store.getState().schema.settings?.submitText).toEqual({ en: 'Send' });
    await user.type(screen.getByLabelText('Submit button text (中文)'), '提交{Enter}');
    expect(store.getState().schema.title).toBe('Customer visit');
    expect(store.getState().schema.settings?.submitText).toEqual({ 'zh-CN': '提交', en: 'Send' });
    expect(screen.getByRole('heading', { name: 'Customer visit' })).toBeTruthy();
  });

  it('shows a one-string submit text in both languages and keeps it for the one not edited', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      locale: 'zh-CN',
      initial: { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [], settings: { submitText: 'Send' } },
    });
    await openFormTab(user, '表单属性');
    const chinese = screen.getByLabelText('提交按钮文字（中文）') as HTMLInputElement;
    expect(chinese.value).toBe('Send');
    expect((screen.getByLabelText('提交按钮文字（English）') as HTMLInputElement).value).toBe('Send');
    await user.clear(chinese);
    await user.type(chinese, '提交{Enter}');
    expect(store.getState().schema.settings?.submitText).toEqual({ 'zh-CN': '提交', en: 'Send' });
    // Cleared in both languages: no submit text at all (the runtime's default button text).
    await user.clear(chinese);
    await user.tab();
    await user.clear(screen.getByLabelText('提交按钮文字（English）'));
    await user.tab();
    expect(store.getState().schema.settings).toBeUndefined();
  });
});

describe('the form settings: the reason for a change', () => {
  it('requires a reason when ticked, drops the rule when unticked, one undo step each', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await openFormTab(user);
    const box = screen.getByRole('checkbox', { name: 'Require a reason when records are changed' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(store.getState().schema.settings).toEqual({ changeReason: 'required' });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    expect(store.getState().history.past).toHaveLength(1);
    await user.click(box);
    expect(store.getState().schema.settings).toBeUndefined();
    act(() => void store.getState().undo());
    expect(store.getState().schema.settings?.changeReason).toBe('required');
    // The control follows the document (an undo, a JSON import).
    expect(box.checked).toBe(true);
  });

  it('shows a stored rule in Chinese, and treats an explicit optional as unticked', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      locale: 'zh-CN',
      initial: { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [], settings: { changeReason: 'optional' } },
    });
    await openFormTab(user, '表单属性');
    const box = screen.getByRole('checkbox', { name: '修改数据时需填写原因' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(store.getState().schema.settings).toEqual({ changeReason: 'required' });
  });
});

describe('the form settings: who may submit', () => {
  it('restricts submitting to roles, chosen users and departments, and back to everyone', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ directory });
    await openFormTab(user);
    const access = () => store.getState().schema.settings?.access;
    expect(screen.queryByLabelText('Add a user')).toBeNull();
    await user.click(screen.getByLabelText('Every signed-in user'));
    expect(access()).toEqual({ submit: { roles: ['member', 'manager', 'admin'] } });
    await user.click(screen.getByLabelText('Role “Admin” may submit'));
    await user.selectOptions(screen.getByLabelText('Add a user'), 'Wang Fang');
    await user.selectOptions(screen.getByLabelText('Add a department'), 'Sales / East');
    expect(access()).toEqual({ submit: { roles: ['member', 'manager'], users: ['u_2'], departments: ['d_east'] } });
    // A chosen user is no longer offered; a chip removes it.
    const offered = within(screen.getByLabelText('Add a user')).getAllByRole('option').map((option) => option.textContent);
    expect(offered).toEqual(['Add a user…', 'Li Lei']);
    await user.click(screen.getByRole('button', { name: 'Remove “Wang Fang”' }));
    expect(access()).toEqual({ submit: { roles: ['member', 'manager'], departments: ['d_east'] } });
    await user.click(screen.getByLabelText('Every signed-in user'));
    expect(access()).toBeUndefined();
  });

  it('keeps a form restricted when the last role is unticked, and warns that nobody may submit', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ directory });
    await openFormTab(user);
    await user.click(screen.getByLabelText('Every signed-in user'));
    for (const role of ['Member', 'Manager', 'Admin']) await user.click(screen.getByLabelText(`Role “${role}” may submit`));
    expect(store.getState().schema.settings?.access).toEqual({ submit: { roles: [] } });
    expect((screen.getByLabelText('Every signed-in user') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Nobody may submit this form yet').getAttribute('role')).toBe('status');
  });

  it('shows stored ids it cannot name when the directory could not be read, and can still remove them', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      directory: { status: 'failed', users: [], departments: [] },
      initial: {
        kind: 'form',
        schemaVersion: FORM_SCHEMA_VERSION,
        title: 'Visit',
        fields: [],
        settings: { access: { submit: { roles: [], users: ['u_9'] } } },
      },
    });
    await openFormTab(user);
    expect(screen.getByText('The list of users and departments could not be read')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove “u_9”' }));
    expect(store.getState().schema.settings?.access).toEqual({ submit: { roles: [] } });
  });
});

describe('the form settings: rows each role sees', () => {
  it('sets a scope per role, names each default, and drops the setting when all are default', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor();
    await openFormTab(user);
    const rows = screen.getByRole('group', { name: 'Rows each role sees' });
    const member = within(rows).getByLabelText('Rows “Member” sees');
    const defaults = ['Member', 'Manager', 'Admin'].map((role) => within(rows).getByLabelText(`Rows “${role}” sees`).querySelector('option')?.textContent);
    expect(defaults).toEqual(['Default (Their own)', 'Default (Their department’s)', 'Default (All)']);
    await user.selectOptions(member, 'Their department’s');
    await user.selectOptions(within(rows).getByLabelText('Rows “Admin” sees'), 'Their own');
    expect(store.getState().schema.settings?.access).toEqual({ rows: { member: 'department', admin: 'own' } });
    await user.selectOptions(member, 'Default (Their own)');
    await user.selectOptions(within(rows).getByLabelText('Rows “Admin” sees'), 'Default (All)');
    expect(store.getState().schema.settings).toBeUndefined();
  });
});

describe('the form settings: records each role may change', () => {
  it('sets a scope per role, one undo step each, keeps the rows, and drops the setting when both are the default', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      initial: { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [], settings: { access: { rows: { manager: 'all' } } } },
    });
    await openFormTab(user);
    const group = screen.getByRole('group', { name: 'Records each role may change' });
    expect(within(group).getByText('Changing means editing, deleting and restoring. Admins may change every record.')).toBeTruthy();
    const member = within(group).getByLabelText('Records members may change') as HTMLSelectElement;
    const manager = within(group).getByLabelText('Records managers may change') as HTMLSelectElement;
    // Admins are not asked: they may always change every record.
    expect(within(group).getAllByRole('combobox')).toHaveLength(2);
    expect(within(manager).getAllByRole('option').map((option) => option.textContent)).toEqual(['Their own', 'All they can see', 'None']);
    expect([member.value, manager.value]).toEqual(['own', 'own']);
    const access = () => store.getState().schema.settings?.access;

    await user.selectOptions(manager, 'All they can see');
    expect(access()).toEqual({ rows: { manager: 'all' }, edit: { manager: 'visible' } });
    await user.selectOptions(member, 'None');
    expect(access()).toEqual({ rows: { manager: 'all' }, edit: { manager: 'visible', member: 'none' } });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    expect(store.getState().history.past).toHaveLength(2);

    // Another access setting leaves this one alone.
    await user.selectOptions(screen.getByLabelText('Rows “Member” sees'), 'Their department’s');
    expect(access()).toEqual({ rows: { manager: 'all', member: 'department' }, edit: { manager: 'visible', member: 'none' } });

    await user.selectOptions(member, 'Their own');
    await user.selectOptions(manager, 'Their own');
    expect(access()).toEqual({ rows: { manager: 'all', member: 'department' } });
    act(() => void store.getState().undo());
    expect(access()?.edit).toEqual({ manager: 'visible' });
    // The controls follow the document.
    expect([member.value, manager.value]).toEqual(['own', 'visible']);
  });

  it('shows a stored setting in Chinese, and drops `edit` with the last non-default choice', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({
      locale: 'zh-CN',
      initial: { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Visit', fields: [], settings: { access: { edit: { member: 'none' } } } },
    });
    await openFormTab(user, '表单属性');
    const group = screen.getByRole('group', { name: '各角色可修改的数据' });
    const member = within(group).getByLabelText('成员可修改的数据') as HTMLSelectElement;
    const manager = within(group).getByLabelText('经理可修改的数据') as HTMLSelectElement;
    expect(member.value).toBe('none');
    expect(within(member).getAllByRole('option').map((option) => option.textContent)).toEqual(['本人的数据', '能看到的全部数据', '不可修改']);
    expect(manager.value).toBe('own');
    await user.selectOptions(member, '本人的数据');
    expect(store.getState().schema.settings).toBeUndefined();
  });
});
