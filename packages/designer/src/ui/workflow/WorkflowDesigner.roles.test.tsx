import { FORM_SCHEMA_VERSION, type Assignee, type FormSchema, type Locale, type WorkflowSchema } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createWorkflowSession } from '../../workflow/createWorkflowSession.js';
import { createWorkflowStore } from '../../workflow/createWorkflowStore.js';
import { starterWorkflow } from '../../workflow/starterWorkflow.js';
import { OrgDirectoryContext, type OrgDirectory } from '../editor/OrgDirectoryContext.js';
import { WorkflowDesigner } from './WorkflowDesigner.js';

afterEach(() => cleanup());

const form: FormSchema = { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title: 'Contracts', fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }] };

const directory: OrgDirectory = {
  users: [{ id: 'u_2', name: '王经理' }],
  departments: [],
  roles: [
    { id: 'finance', name: '财务', description: '合同会签' },
    { id: 'rol_director', name: '销售总监' },
  ],
  status: 'ready',
};

/** The starter flow, its approval naming `assignees` instead of the manager. */
function flowNaming(locale: Locale, assignees: readonly Assignee[]): WorkflowSchema {
  const flow = starterWorkflow('frm_1', 'Contracts', locale);
  return { ...flow, nodes: flow.nodes.map((node) => (node.type === 'approval' ? { ...node, assignees } : node)) };
}

async function renderDesigner(locale: Locale, initial: WorkflowSchema, orgDirectory: OrgDirectory = directory) {
  const fake = createFakeApi();
  // The flow comes from the server, as in the editor.
  const { id: formId } = await fake.api.createForm('app_1', form);
  await fake.api.saveWorkflow(formId, { ...initial, formId }, null);
  let next = 0;
  const store = createWorkflowStore({ createId: (prefix) => `${prefix}_${++next}`, locale, initial: starterWorkflow(formId, 'Contracts', locale) });
  const session = createWorkflowSession({ api: fake.api, formId, formTitle: () => 'Contracts', locale: () => locale, store });
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <OrgDirectoryContext.Provider value={orgDirectory}>
        <WorkflowDesigner store={store} session={session} form={form} />
      </OrgDirectoryContext.Provider>
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  await screen.findByRole('button', { name: locale === 'en' ? 'Approval "Approval"' : '审批节点“审批人”' });
  return { store, user: userEvent.setup() };
}

const approvalOf = (store: Awaited<ReturnType<typeof renderDesigner>>['store']) => store.getState().workflow.nodes.find((node) => node.id === 'n_approval');
/** What the node's card says about who it names (its button's description). */
const peopleOn = (button: HTMLElement) => (button.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' | ');

describe('organisation roles in the workflow designer', () => {
  it('offers the organisation roles by name beside the system roles, and the card on the canvas names them (zh-CN)', async () => {
    const { store, user } = await renderDesigner('zh-CN', flowNaming('zh-CN', [{ kind: 'initiator' }]));
    const card = screen.getByRole('button', { name: '审批节点“审批人”' });
    expect(peopleOn(card)).toBe('审批人：发起人本人');
    await user.click(card);
    const approvers = within(screen.getByRole('complementary', { name: '节点设置：审批人' })).getByRole('group', { name: '审批人' });
    const addRole = within(approvers).getByRole('combobox', { name: '添加角色' });
    expect(within(addRole).getAllByRole('option').map((option) => option.textContent)).toEqual(['添加角色…', '成员', '经理', '管理员', '财务', '销售总监']);
    await user.selectOptions(addRole, '财务');
    await user.selectOptions(within(approvers).getByRole('combobox', { name: '添加角色' }), '经理');
    await user.selectOptions(within(approvers).getByRole('combobox', { name: '添加成员' }), '王经理');

    expect(approvalOf(store)).toMatchObject({ assignees: [{ kind: 'initiator' }, { kind: 'role', role: 'finance' }, { kind: 'role', role: 'manager' }, { kind: 'member', userId: 'u_2' }] });
    expect(within(within(approvers).getByRole('group', { name: '角色' })).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['财务', '经理']);
    expect(peopleOn(screen.getByRole('button', { name: '审批节点“审批人”' }))).toBe('审批人：发起人本人、财务、经理、王经理');
  });

  it('shows a role the organisation no longer has as an unknown role, keeps it, and lets it be removed (en)', async () => {
    const { store, user } = await renderDesigner('en', flowNaming('en', [{ kind: 'role', role: 'rol_deleted' }, { kind: 'role', role: 'rol_director' }]));
    const card = screen.getByRole('button', { name: 'Approval "Approval"' });
    expect(peopleOn(card)).toBe('Approvers: Unknown role (rol_deleted), 销售总监');
    await user.click(card);
    const roles = within(screen.getByRole('complementary', { name: 'Node settings: Approval' })).getByRole('group', { name: 'Roles' });
    expect(within(roles).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual(['Unknown role (rol_deleted)', '销售总监']);
    // Not offered again: only what the organisation has is.
    expect(within(within(roles).getByRole('combobox', { name: 'Add a role' })).queryByRole('option', { name: /rol_deleted/ })).toBeNull();
    expect(approvalOf(store)).toMatchObject({ assignees: [{ kind: 'role', role: 'rol_deleted' }, { kind: 'role', role: 'rol_director' }] });

    await user.click(within(roles).getByRole('button', { name: 'Remove “Unknown role (rol_deleted)”' }));
    expect(approvalOf(store)).toMatchObject({ assignees: [{ kind: 'role', role: 'rol_director' }] });
    expect(peopleOn(screen.getByRole('button', { name: 'Approval "Approval"' }))).toBe('Approvers: 销售总监');
  });

  it('names a role by its id, not as unknown, while the roles could not be read', async () => {
    await renderDesigner('en', flowNaming('en', [{ kind: 'role', role: 'finance' }, { kind: 'role', role: 'admin' }]), { users: [], departments: [], roles: [], status: 'failed' });
    expect(peopleOn(screen.getByRole('button', { name: 'Approval "Approval"' }))).toBe('Approvers: finance, Admin');
  });
});
