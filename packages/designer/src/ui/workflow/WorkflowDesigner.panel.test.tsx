import { FORM_SCHEMA_VERSION, type FormSchema, type Locale } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createWorkflowSession } from '../../workflow/createWorkflowSession.js';
import { createWorkflowStore } from '../../workflow/createWorkflowStore.js';
import { starterWorkflow } from '../../workflow/starterWorkflow.js';
import { OrgDirectoryContext } from '../editor/OrgDirectoryContext.js';
import { WorkflowDesigner } from './WorkflowDesigner.js';

afterEach(() => cleanup());

const form: FormSchema = {
  kind: 'form',
  schemaVersion: FORM_SCHEMA_VERSION,
  title: 'Deals',
  fields: [
    { id: 'f_amount', type: 'number', label: 'Amount' },
    { id: 'f_owner', type: 'member', label: 'Owner' },
    { id: 'f_region', type: 'department', label: 'Region' },
    { id: 'f_close', type: 'date', label: 'Close date' },
  ],
};

async function renderDesigner(locale: Locale) {
  const fake = createFakeApi();
  let next = 0;
  const store = createWorkflowStore({ createId: (prefix) => `${prefix}_${++next}`, locale, initial: starterWorkflow('frm_1', 'Deals', locale) });
  const session = createWorkflowSession({ api: fake.api, formId: 'frm_1', formTitle: () => 'Deals', locale: () => locale, store });
  const directory = { users: [{ id: 'u_2', name: '王经理' }], departments: [{ id: 'd_1', name: '华东', path: '销售部 / 华东' }], status: 'ready' as const };
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <OrgDirectoryContext.Provider value={directory}>
        <WorkflowDesigner store={store} session={session} form={form} />
      </OrgDirectoryContext.Provider>
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  return { store, user: userEvent.setup() };
}

describe('the node settings panel', () => {
  it('sets approvers from the directory and the form, the due time and the offered actions', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Approval "Approval"' }));
    const panel = screen.getByRole('complementary', { name: 'Node settings: Approval' });
    const approvers = within(panel).getByRole('group', { name: 'Approvers' });
    await user.selectOptions(within(approvers).getByRole('combobox', { name: 'Add a member' }), '王经理');
    await user.selectOptions(within(approvers).getByRole('combobox', { name: 'Add a department' }), '销售部 / 华东');
    await user.selectOptions(within(approvers).getByRole('combobox', { name: 'Add a member field' }), 'Owner');
    await user.selectOptions(within(approvers).getByRole('combobox', { name: 'Add a department field' }), 'Region');
    const levels = within(approvers).getByRole('spinbutton', { name: "The initiator's managers (levels up; 0 for none)" });
    await user.clear(levels);
    await user.type(levels, '2{Enter}');
    const approval = () => store.getState().workflow.nodes.find((node) => node.id === 'n_approval');
    expect(approval()).toMatchObject({
      assignees: [
        { kind: 'managerChain', levels: 2 },
        { kind: 'member', userId: 'u_2' },
        { kind: 'department', departmentId: 'd_1' },
        { kind: 'memberField', fieldId: 'f_owner' },
        { kind: 'departmentFieldManager', fieldId: 'f_region' },
      ],
    });

    const hours = within(panel).getByRole('spinbutton', { name: 'Hours until due (empty: none)' });
    await user.type(hours, '24{Enter}');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'When overdue' }), 'Return to the initiator');
    expect(approval()).toMatchObject({ due: { hours: 24, action: 'autoReturn' } });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Counted from a date field of the form (empty: from arrival)' }), 'Close date');
    await user.clear(hours);
    await user.tab();
    expect(approval()).toMatchObject({ due: { fieldId: 'f_close', action: 'autoReturn' } });
    const node = approval();
    expect(node?.type === 'approval' ? node.due : undefined).not.toHaveProperty('hours');

    const departmentOptions = within(approvers).getByRole('checkbox', { name: '“销售部 / 华东”: only its managers' });
    await user.click(departmentOptions);
    await user.click(within(approvers).getByRole('checkbox', { name: '“销售部 / 华东”: with its sub-departments' }));
    expect(approval()).toMatchObject({ assignees: expect.arrayContaining([{ kind: 'department', departmentId: 'd_1', managerOnly: true, includeSubDepartments: true }]) });

    await user.click(within(panel).getByRole('checkbox', { name: 'Transfer' }));
    expect(approval()).toMatchObject({ actions: ['return', 'addApprover'] });
    await user.click(within(panel).getByRole('checkbox', { name: 'Transfer' }));
    expect(approval()).not.toHaveProperty('actions');
  });

  it('says why removing the last approver is refused, and removes a node, in Chinese', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    await user.click(screen.getByRole('button', { name: '在“审批人”之后添加节点' }));
    await user.click(screen.getByRole('button', { name: '审批节点' }));
    expect(screen.getByRole('complementary', { name: '节点设置：审批人' })).toBeTruthy();
    // The new node's button takes the focus, so the keyboard carries on from it.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('审批节点“审批人”');
    expect(screen.getAllByRole('button', { name: '审批节点“审批人”' })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await user.click(screen.getByRole('button', { name: '审批节点“审批人”' }));
    const panel = screen.getByRole('complementary', { name: '节点设置：审批人' });
    await user.clear(within(panel).getByRole('spinbutton', { name: '发起人的主管（向上几级，0 为不需要）' }));
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/^这样改之后流程草稿无法保存：/);
    expect(within(panel).getByRole('radio', { name: 'Amount：隐藏' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '删除节点“审批人”' }));
    expect(store.getState().workflow.nodes.map((node) => node.type)).toEqual(['start', 'end']);
    expect(screen.queryByRole('complementary', { name: /^节点设置/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: '流程图' }));
  });

  it('builds a branch condition and an approval check without code', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Add a node after "Initiator"' }));
    await user.click(screen.getByRole('button', { name: 'Condition branches' }));
    await user.click(screen.getByRole('button', { name: 'Branch "Condition 1"' }));
    const branchPanel = screen.getByRole('complementary', { name: 'Branch settings: Condition 1' });
    const condition = within(branchPanel).getByRole('group', { name: 'Branch condition' });
    await user.click(within(condition).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(condition).getByLabelText('Field of condition 1'), 'Amount');
    await user.selectOptions(within(condition).getByLabelText('Comparison of condition 1'), 'is greater than');
    await user.type(within(condition).getByLabelText('Value of condition 1'), '1000');
    await user.click(within(condition).getByRole('button', { name: 'Apply condition' }));
    const branch = store.getState().workflow.edges.find((edge) => edge.name === 'Condition 1');
    expect(branch?.condition).toEqual({ '>': [{ var: 'f_amount' }, 1000] });
    expect(screen.getByRole('button', { name: 'Branch "Condition 1"' }).textContent).toContain('Has a condition');

    await user.click(screen.getByRole('button', { name: 'Approval "Approval"' }));
    const panel = screen.getByRole('complementary', { name: 'Node settings: Approval' });
    await user.click(within(panel).getByRole('button', { name: 'Add a check' }));
    const check = within(panel).getByRole('group', { name: 'Check 1: what must hold' });
    await user.click(within(check).getByRole('button', { name: 'Add condition' }));
    await user.selectOptions(within(check).getByLabelText('Field of condition 1'), 'Owner');
    await user.selectOptions(within(check).getByLabelText('Comparison of condition 1'), 'is not empty');
    await user.click(within(check).getByRole('button', { name: 'Apply condition' }));
    const message = within(panel).getByRole('textbox', { name: 'Check 1: message when it fails (English)' });
    await user.clear(message);
    await user.type(message, 'Name an owner first{Enter}');
    const approval = store.getState().workflow.nodes.find((node) => node.id === 'n_approval');
    expect(approval).toMatchObject({ validations: [{ id: 'v_4', message: { 'zh-CN': '记录不满足审批要求', en: 'Name an owner first' } }] });
    expect(approval && 'validations' in approval ? approval.validations?.[0]?.assert : undefined).not.toBe(true);
    await user.click(within(panel).getByRole('button', { name: 'Remove check 1' }));
    expect(store.getState().workflow.nodes.find((node) => node.id === 'n_approval')).not.toHaveProperty('validations');
  });

  it('shows the flow settings while no node is selected, and a node’s rejection and signature settings, in Chinese', async () => {
    const { store, user } = await renderDesigner('zh-CN');
    const settings = screen.getByRole('complementary', { name: '流程设置' });
    await user.selectOptions(within(settings).getByRole('combobox', { name: '发起人撤回' }), '不允许撤回');
    await user.click(within(settings).getByRole('checkbox', { name: '审批人已同意过时自动通过' }));
    expect(store.getState().workflow.settings).toEqual({ withdraw: 'never', skipRepeatedApprover: true });
    await user.selectOptions(within(settings).getByRole('combobox', { name: '发起人撤回' }), '审批人处理前可撤回');
    expect(store.getState().workflow.settings).toEqual({ skipRepeatedApprover: true });

    await user.click(screen.getByRole('button', { name: '审批节点“审批人”' }));
    expect(screen.queryByRole('complementary', { name: '流程设置' })).toBeNull();
    const panel = screen.getByRole('complementary', { name: '节点设置：审批人' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: '被拒绝时' }), '退回发起人重新提交');
    await user.selectOptions(within(panel).getByRole('combobox', { name: '找不到审批人时' }), '自动通过');
    await user.click(within(panel).getByRole('checkbox', { name: '同意或拒绝时需要手写签名' }));
    expect(store.getState().workflow.nodes[1]).toMatchObject({ onReject: 'returnToStart', whenNoAssignee: 'autoApprove', signatureRequired: true });
    await user.selectOptions(within(panel).getByRole('combobox', { name: '被拒绝时' }), '结束流程（不通过）');
    expect(store.getState().workflow.nodes[1]).not.toHaveProperty('onReject');
  });

  it('sets where a return may go and where a resubmitted record goes next, written only when not the default', async () => {
    const { store, user } = await renderDesigner('en');
    await user.click(screen.getByRole('button', { name: 'Approval "Approval"' }));
    const panel = screen.getByRole('complementary', { name: 'Node settings: Approval' });
    const returnTo = within(panel).getByRole('combobox', { name: 'A return may go to' });
    const afterReturn = within(panel).getByRole('combobox', { name: 'When the returned record is submitted again' });
    expect(returnTo).toHaveProperty('value', 'chosen');
    expect(afterReturn).toHaveProperty('value', 'flowForward');
    await user.selectOptions(returnTo, 'Only the previous node');
    await user.selectOptions(afterReturn, 'It comes straight back to this node');
    expect(store.getState().workflow.nodes[1]).toMatchObject({ returnTo: 'previous', afterReturn: 'backToReturner' });
    await user.selectOptions(afterReturn, 'It flows forward again (conditions are checked again)');
    await user.selectOptions(returnTo, 'Any earlier node, as the approver chooses');
    expect(store.getState().workflow.nodes[1]).not.toHaveProperty('afterReturn');
    expect(store.getState().workflow.nodes[1]).not.toHaveProperty('returnTo');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().workflow.nodes[1]).toMatchObject({ returnTo: 'previous' });
  });
});
