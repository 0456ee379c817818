import { FORM_SCHEMA_VERSION, type FormSchema, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createWorkflowSession } from '../../workflow/createWorkflowSession.js';
import { createWorkflowStore } from '../../workflow/createWorkflowStore.js';
import { starterWorkflow } from '../../workflow/starterWorkflow.js';
import { WorkflowDesigner } from './WorkflowDesigner.js';

afterEach(() => cleanup());

const form: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: '合同',
  fields: [
    { id: 'f_title', type: 'text', label: '合同名称' },
    { id: 'f_amount', type: 'number', label: '金额' },
    { id: 'f_cost', type: 'number', label: '成本' },
  ],
};

async function renderDesigner(locale: Locale) {
  const fake = createFakeApi();
  let next = 0;
  const store = createWorkflowStore({ createId: (prefix) => `${prefix}_${++next}`, locale, initial: starterWorkflow('frm_1', '合同', locale) });
  const session = createWorkflowSession({ api: fake.api, formId: 'frm_1', formTitle: () => '合同', locale: () => locale, store });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <WorkflowDesigner store={store} session={session} form={form} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { store, user: userEvent.setup() };
}

describe('the flow settings: changes to completed records that need approval', () => {
  it('goes from off to any field to a checklist of fields, and back off', async () => {
    const { store, user } = await renderDesigner('en');
    const panel = screen.getByRole('complementary', { name: 'Flow settings' });
    const mode = within(panel).getByRole<HTMLSelectElement>('combobox', { name: 'Changes to completed records need approval' });
    const approval = () => store.getState().workflow.settings?.changeApproval;
    expect(mode.value).toBe('off');
    expect(approval()).toBeUndefined();

    await user.selectOptions(mode, 'Any field');
    expect(approval()).toEqual({});
    expect(within(panel).queryByRole('group', { name: 'Fields whose change needs approval' })).toBeNull();

    await user.selectOptions(mode, 'These fields');
    const list = within(panel).getByRole('group', { name: 'Fields whose change needs approval' });
    // The first field is ticked (the document wants at least one) and cannot be unticked alone.
    expect(approval()).toEqual({ fieldIds: ['f_title'] });
    expect(within(list).getByRole<HTMLInputElement>('checkbox', { name: '合同名称' }).disabled).toBe(true);
    await user.click(within(list).getByRole('checkbox', { name: '金额' }));
    await user.click(within(list).getByRole('checkbox', { name: '合同名称' }));
    expect(approval()).toEqual({ fieldIds: ['f_amount'] });
    expect(within(list).getByRole<HTMLInputElement>('checkbox', { name: '金额' }).checked).toBe(true);
    expect(within(list).getByRole<HTMLInputElement>('checkbox', { name: '成本' }).checked).toBe(false);
    expect(mode.value).toBe('fields');

    await user.selectOptions(mode, 'Off');
    expect(approval()).toBeUndefined();
    expect(store.getState().workflow.settings?.changeApproval).toBeUndefined();
  });

  it('speaks Chinese, and undo brings the field list back', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    const panel = screen.getByRole('complementary', { name: '流程设置' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: '修改已完成的记录需审批' }), '修改以下字段');
    await user.click(within(panel).getByRole('checkbox', { name: '成本' }));
    expect(store.getState().workflow.settings?.changeApproval).toEqual({ fieldIds: ['f_title', 'f_cost'] });
    await user.selectOptions(within(panel).getByRole('combobox', { name: '修改已完成的记录需审批' }), '修改任何字段');
    expect(store.getState().workflow.settings?.changeApproval).toEqual({});
    store.getState().undo();
    expect(store.getState().workflow.settings?.changeApproval).toEqual({ fieldIds: ['f_title', 'f_cost'] });
    const list = await within(panel).findByRole('group', { name: '需审批的字段' });
    expect(within(list).getAllByRole<HTMLInputElement>('checkbox').map((box) => box.checked)).toEqual([true, false, true]);
  });
});
