import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../documents/form/FormSchema.js';
import type { WorkflowNode } from '../documents/workflow/WorkflowSchema.js';
import { checkWorkflowPublish } from './checkWorkflowPublish.js';
import { approval, chain, end, start, workflow } from './testing/workflowFixtures.js';

const contractForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '合同',
  fields: [
    { id: 'f_amount', type: 'money', label: '合同金额' },
    { id: 'f_signed', type: 'date', label: '签约日期' },
    { id: 'f_owner', type: 'member', label: '负责人' },
    { id: 'f_team', type: 'department', label: '所属团队' },
    { id: 'f_note', type: 'text', label: '备注' },
    { id: 'f_items', type: 'subform', label: '产品', fields: [{ id: 'c_qty', type: 'number', label: '数量' }] },
  ],
};

const codes = (issues: readonly { code: string; pointer: string }[]) => issues.map(({ code, pointer }) => `${code} ${pointer}`);

describe('checkWorkflowPublish', () => {
  it('passes the 合同审批 flow: amount > 500,000 to the director, else the manager, then manager and finance countersign', () => {
    const director = approval('n_director', { name: '总监审批', assignees: [{ kind: 'role', role: 'director' }], due: { fieldId: 'f_signed', hours: 48, action: 'remind' } });
    const manager = approval('n_manager', { name: '经理审批', fieldPermissions: { f_amount: 'read', f_note: 'edit', c_qty: 'read' } });
    const countersign = approval('n_countersign', { name: '会签', mode: 'all', assignees: [{ kind: 'memberField', fieldId: 'f_owner' }, { kind: 'role', role: 'finance' }] });
    const branch: WorkflowNode = { id: 'n_branch', type: 'condition', name: '金额判断' };
    const flow = workflow(
      [start, branch, director, manager, countersign, end],
      [
        { id: 'e1', from: 'n_start', to: 'n_branch' },
        { id: 'e2', from: 'n_branch', to: 'n_director', name: '> 50 万', condition: { '>': [{ var: 'f_amount' }, 500_000] } },
        { id: 'e3', from: 'n_branch', to: 'n_manager', default: true },
        { id: 'e4', from: 'n_director', to: 'n_countersign' },
        { id: 'e5', from: 'n_manager', to: 'n_countersign' },
        { id: 'e6', from: 'n_countersign', to: 'n_end' },
      ],
      { changeApproval: { fieldIds: ['f_amount'] } },
    );
    expect(checkWorkflowPublish(flow, contractForm)).toEqual([]);
  });

  it('finds nodes the start cannot reach and nodes that lead nowhere, by name', () => {
    const orphan = approval('n_orphan', { name: '孤立审批' });
    const stuck = approval('n_stuck', { name: '死胡同' });
    const flow = workflow(
      [start, stuck, orphan, end],
      [
        { id: 'e1', from: 'n_start', to: 'n_stuck' },
        { id: 'e2', from: 'n_orphan', to: 'n_end' },
      ],
    );
    const issues = checkWorkflowPublish(flow, contractForm);
    expect(codes(issues)).toEqual(['deadEnd /nodes/1', 'unreachable /nodes/2', 'unreachable /nodes/3']);
    expect(issues[1]?.message).toEqual({ 'zh-CN': '节点“孤立审批”从发起节点无法到达', en: 'Node "孤立审批" cannot be reached from the start node' });
  });

  it('requires exactly one default branch out of a condition', () => {
    const branch: WorkflowNode = { id: 'n_branch', type: 'condition', name: '金额判断' };
    const big = approval('n_big');
    const small = approval('n_small');
    const edges = (defaults: readonly boolean[]) => [
      { id: 'e1', from: 'n_start', to: 'n_branch' },
      { id: 'e2', from: 'n_branch', to: 'n_big', condition: { '>': [{ var: 'f_amount' }, 1] }, ...(defaults[0] ? { default: true } : {}) },
      { id: 'e3', from: 'n_branch', to: 'n_small', ...(defaults[1] ? { default: true } : {}) },
      { id: 'e4', from: 'n_big', to: 'n_end' },
      { id: 'e5', from: 'n_small', to: 'n_end' },
    ];
    const none = checkWorkflowPublish(workflow([start, branch, big, small, end], edges([false, false])), contractForm);
    expect(codes(none)).toEqual(['noDefaultBranch /nodes/1']);
    expect(none[0]?.message['zh-CN']).toBe('条件节点“金额判断”需要一个默认分支（其他条件都不满足时走的分支）');
    expect(codes(checkWorkflowPublish(workflow([start, branch, big, small, end], edges([true, true])), contractForm))).toEqual(['manyDefaultBranches /edges/2/default']);
  });

  it('refuses an approval without approvers and a copy without recipients', () => {
    const flow = chain([approval('n_a', { name: '总监审批', assignees: [] }), { id: 'n_cc', type: 'cc', name: '抄送财务', recipients: [] }]);
    const issues = checkWorkflowPublish(flow, contractForm);
    expect(codes(issues)).toEqual(['noAssignees /nodes/1/assignees', 'noRecipients /nodes/2/recipients']);
    expect(issues[0]?.message).toEqual({ 'zh-CN': '审批节点“总监审批”没有审批人', en: 'Approval "总监审批" has no approvers' });
  });

  it('names every field the form does not have, or has with the wrong type, where the workflow names it', () => {
    const node = approval('n_a', {
      name: '审批',
      fieldPermissions: { f_gone: 'hidden', 'a/b': 'read' },
      assignees: [{ kind: 'memberField', fieldId: 'f_note' }, { kind: 'departmentFieldManager', fieldId: 'f_team' }, { kind: 'memberField', fieldId: 'c_qty' }],
      due: { fieldId: 'f_amount', action: 'autoApprove' },
      validations: [{ id: 'v1', assert: { '>': [{ var: 'f_discount' }, 0] }, message: { 'zh-CN': '折扣', en: 'discount' } }],
    });
    const flow = workflow(
      [start, node, end],
      [
        { id: 'e1', from: 'n_start', to: 'n_a', condition: { '==': [{ var: 'f_region' }, 'east'] } },
        { id: 'e2', from: 'n_a', to: 'n_end' },
      ],
      { changeApproval: { fieldIds: ['f_amount', 'f_price'] } },
    );
    const issues = checkWorkflowPublish(flow, contractForm);
    expect(codes(issues)).toEqual([
      'unknownField /nodes/1/fieldPermissions/f_gone',
      'unknownField /nodes/1/fieldPermissions/a~1b',
      'fieldType /nodes/1/assignees/0/fieldId',
      'unknownField /nodes/1/assignees/2/fieldId',
      'fieldType /nodes/1/due/fieldId',
      'unknownField /nodes/1/validations/0/assert',
      'unknownField /edges/0/condition',
      'unknownField /settings/changeApproval/fieldIds/1',
    ]);
    expect(issues[2]?.message).toEqual({ 'zh-CN': '节点“审批”的成员字段“备注”不是成员字段', en: 'The field "备注" of node "审批" is not a member field' });
    expect(issues[6]?.message.en).toBe('The condition of branch "e1" refers to "f_region", which is not a field of the form');
  });
});
