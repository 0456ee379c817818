import { FORM_SCHEMA_VERSION, type Locale, type WorkflowSchema } from '@formwork/runtime';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/testing/createFakeApi.js';
import { LocaleContext, localeTools } from '../../i18n/LocaleContext.js';
import { createDraftStorage } from '../../persistence/draftStorage.js';
import { FormEditorPage } from './FormEditorPage.js';

afterEach(() => cleanup());

const noStorage = () => createDraftStorage({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined });

async function openWorkflow(locale: Locale, seed?: (formId: string) => WorkflowSchema) {
  const fake = createFakeApi({ users: [{ id: 'u_2', name: '王经理' }] });
  const { id } = await fake.api.createForm('app_1', {
    kind: 'form',
    schemaVersion: FORM_SCHEMA_VERSION,
    title: 'Deals',
    fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }],
  });
  await fake.api.publish(id);
  if (seed) await fake.api.saveWorkflow(id, seed(id), null);
  const user = userEvent.setup();
  render(
    <LocaleContext.Provider value={localeTools(locale)}>
      <FormEditorPage api={fake.api} appId="app_1" formId={id} drafts={noStorage()} />
    </LocaleContext.Provider>,
  );
  await screen.findByRole('toolbar');
  await user.click(screen.getByRole('tab', { name: locale === 'en' ? 'Workflow' : '流程设计' }));
  await screen.findByRole('region', { name: locale === 'en' ? 'Flow chart' : '流程图' });
  return { fake, id, user };
}

describe('the Workflow tab of the form editor', () => {
  it('starts a form without a workflow at initiator → approval → end, edits it, saves and publishes it', async () => {
    const { fake, id, user } = await openWorkflow('en');
    const chart = screen.getByRole('region', { name: 'Flow chart' });
    expect(within(chart).getAllByRole('button', { name: /^(Start|Approval|End) "/ }).map((button) => button.getAttribute('aria-label'))).toEqual([
      'Start "Initiator"',
      'Approval "Approval"',
      'End "End"',
    ]);

    await user.click(within(chart).getByRole('button', { name: 'Add a node after "Approval"' }));
    await user.click(within(chart).getByRole('button', { name: 'Copy node' }));
    expect(within(chart).getByRole('button', { name: 'Copy node "Copy to"' })).toBeTruthy();

    await user.click(within(chart).getByRole('button', { name: 'Approval "Approval"' }));
    const panel = screen.getByRole('complementary', { name: 'Node settings: Approval' });
    const name = within(panel).getByRole('textbox', { name: 'Node name' });
    await user.clear(name);
    await user.type(name, 'Manager approval{Enter}');
    expect(within(chart).getByRole('button', { name: 'Add a node after "Manager approval"' })).toBeTruthy();
    await user.click(within(panel).getByRole('radio', { name: 'All of them (会签)' }));
    await user.click(within(panel).getByRole('radio', { name: 'Amount: Required' }));

    await user.click(screen.getByRole('button', { name: 'Save workflow draft' }));
    expect(await screen.findByText('Workflow draft saved')).toBeTruthy();
    const saved = fake.workflows.get(id)?.draft;
    expect(saved?.nodes.find((node) => node.id === 'n_approval')).toMatchObject({ name: 'Manager approval', mode: 'all', fieldPermissions: { f_amount: 'required' } });
    expect(saved?.nodes.map((node) => node.type)).toEqual(['start', 'approval', 'end', 'cc']);

    await user.click(screen.getByRole('button', { name: 'Publish workflow' }));
    expect(await screen.findByText('Workflow version 1 published')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Workflow versions' })).getByText(/^Version 1 · /)).toBeTruthy();

    const leave = (): boolean => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('status').textContent).toBe('The workflow has unsaved changes');
    // Unsaved flow edits: the browser asks before the page goes, also from the form tab.
    await user.click(screen.getByRole('tab', { name: 'Form design' }));
    expect(leave()).toBe(true);
  });

  it('adds condition branches, shows a missing default branch on its node before publishing, and lists the refused publish in Chinese', async () => {
    const { user } = await openWorkflow('zh-CN', (formId) => ({
      kind: 'workflow',
      schemaVersion: 2,
      title: '合同审批',
      formId,
      nodes: [
        { id: 'n_s', type: 'start', name: '发起人' },
        { id: 'n_if', type: 'condition', name: '金额判断' },
        { id: 'n_a', type: 'approval', name: '经理审批', assignees: [{ kind: 'managerChain', levels: 1 }], mode: 'any' },
        { id: 'n_e', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e_1', from: 'n_s', to: 'n_if' },
        { id: 'e_big', from: 'n_if', to: 'n_a', name: '大额', condition: { '>': [{ var: 'f_amount' }, 100] } },
        { id: 'e_small', from: 'n_if', to: 'n_a', name: '小额', condition: { '<=': [{ var: 'f_amount' }, 100] } },
        { id: 'e_2', from: 'n_a', to: 'n_e' },
      ],
    }));
    const chart = screen.getByRole('region', { name: '流程图' });
    const condition = within(chart).getByRole('button', { name: '条件分支“金额判断”' });
    expect(condition.getAttribute('aria-describedby')).toBeTruthy();
    const problem = '⚠ 条件节点“金额判断”需要一个默认分支（其他条件都不满足时走的分支）';
    expect(within(chart).getByText(problem)).toBeTruthy();
    const branches = within(chart).getByRole('list', { name: '“金额判断”的分支' });
    expect(within(branches).getByRole('button', { name: '分支“大额”' })).toBeTruthy();
    expect(within(branches).getByRole('button', { name: '在分支“小额”开头添加节点' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '发布流程' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('发布前需要解决这些问题：')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: /^金额判断：条件节点“金额判断”需要一个默认分支/ }));
    const panel = screen.getByRole('complementary', { name: '节点设置：金额判断' });
    await user.click(within(panel).getByRole('button', { name: '添加分支' }));
    expect(within(branches).getByRole('button', { name: '分支“条件 3”' })).toBeTruthy();
    // The server's list pointed into the document before this edit: it goes, the nodes keep the engine's check.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(chart).getByText(problem)).toBeTruthy();

    await user.click(within(branches).getByRole('button', { name: '分支“条件 3”' }));
    const branchPanel = screen.getByRole('complementary', { name: '分支设置：条件 3' });
    expect(within(branchPanel).getByRole('group', { name: '分支条件' })).toBeTruthy();
    await user.click(within(branchPanel).getByRole('button', { name: '分支“条件 3”提前判断' }));
    expect(within(branches).getAllByRole('button', { name: /^分支“/ }).map((button) => button.getAttribute('aria-label'))).toEqual(['分支“大额”', '分支“条件 3”', '分支“小额”']);
    await user.click(within(branchPanel).getByRole('button', { name: '删除分支“条件 3”' }));
    expect(within(branches).queryByRole('button', { name: '分支“条件 3”' })).toBeNull();
  });

  it('moves between the form and workflow tabs with the arrow keys', async () => {
    const { user } = await openWorkflow('en');
    const workflowTab = screen.getByRole('tab', { name: 'Workflow' });
    expect(workflowTab.getAttribute('aria-selected')).toBe('true');
    workflowTab.focus();
    await user.keyboard('{ArrowLeft}');
    const formTab = screen.getByRole('tab', { name: 'Form design' });
    expect(formTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(formTab);
  });
});
