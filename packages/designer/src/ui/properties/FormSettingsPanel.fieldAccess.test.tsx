import { FORM_SCHEMA_VERSION, parseFormSchema, type FormSchema } from '@formwork/runtime';
import { act, cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEditor } from '../testing/renderEditor.js';

afterEach(() => cleanup());

const visit = (settings?: FormSchema['settings']): FormSchema => ({
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Visit',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 's_money', type: 'section', label: 'Money', fields: [{ id: 'f_cost', type: 'number', label: 'Cost' }] },
    { id: 'f_items', type: 'subform', label: 'Items', fields: [{ id: 'f_qty', type: 'number', label: 'Qty' }] },
  ],
  ...(settings ? { settings } : {}),
});

describe('the form settings: field permissions by role', () => {
  it('sets a field hidden or read-only per role, writes edit as no setting, and keeps the other access rules', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor({ initial: visit({ access: { import: { roles: ['member'] } } }) });
    await user.click(screen.getByRole('tab', { name: 'Form' }));
    const group = screen.getByRole('group', { name: 'Field permissions by role' });
    // Top-level value fields (sections' too) and whole subforms; never a subform's column, a section or an admin.
    expect(within(group).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Customer', 'Cost', 'Items']);
    expect(within(group).queryByRole('combobox', { name: /Admin/ })).toBeNull();
    const access = () => store.getState().schema.settings?.access;
    await user.selectOptions(within(group).getByRole('combobox', { name: '“Cost” for “Member”' }), 'hidden');
    await user.selectOptions(within(group).getByRole('combobox', { name: '“Items” for “Manager”' }), 'read');
    expect(access()).toEqual({ import: { roles: ['member'] }, fields: { member: { f_cost: 'hidden' }, manager: { f_items: 'read' } } });
    expect(parseFormSchema(store.getState().schema).ok).toBe(true);
    await user.selectOptions(within(group).getByRole('combobox', { name: '“Items” for “Manager”' }), 'edit');
    expect(access()).toEqual({ import: { roles: ['member'] }, fields: { member: { f_cost: 'hidden' } } });
    await user.selectOptions(within(group).getByRole('combobox', { name: '“Cost” for “Member”' }), 'edit');
    expect(access()).toEqual({ import: { roles: ['member'] } });
    act(() => void store.getState().undo());
    expect(access()?.fields).toEqual({ member: { f_cost: 'hidden' } });
    expect((within(group).getByRole('combobox', { name: '“Cost” for “Member”' }) as HTMLSelectElement).value).toBe('hidden');
  });

  it('speaks Chinese', async () => {
    const user = userEvent.setup();
    renderEditor({ locale: 'zh-CN', initial: visit({ access: { fields: { manager: { f_customer: 'read' } } } }) });
    await user.click(screen.getByRole('tab', { name: '表单属性' }));
    const group = screen.getByRole('group', { name: '各角色的字段权限' });
    const select = within(group).getByRole('combobox', { name: '“经理”对“Customer”的权限' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('只读');
  });
});
