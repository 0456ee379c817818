import { describe, expect, it } from 'vitest';
import { exampleWorkflow } from '../testing/exampleWorkflow.js';
import { issueAt, parsedValue, parseIssues } from '../testing/parseOutcome.js';
import { parseWorkflowSchema } from './parseWorkflowSchema.js';

const start = { id: 'n_start', type: 'start', name: 'Start' };
const end = { id: 'n_end', type: 'end', name: 'End' };
const approval = { id: 'n_ok', type: 'approval', name: 'Approve', assignees: [{ kind: 'initiator' }], mode: 'any' };

function workflowWith(nodes: readonly unknown[], edges: readonly unknown[] = [], rest: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { kind: 'workflow', schemaVersion: 2, title: 'Flow', formId: 'orders', nodes, edges, ...rest };
}

const minimal = workflowWith([start, end], [{ id: 'e_1', from: 'n_start', to: 'n_end' }]);

describe('parseWorkflowSchema', () => {
  it('parses the smallest workflow: start straight to end', () => {
    expect(parsedValue(parseWorkflowSchema(minimal))).toEqual(minimal);
  });

  it('parses a realistic workflow with every node and assignee kind unchanged', () => {
    expect(parsedValue(parseWorkflowSchema(exampleWorkflow))).toEqual(exampleWorkflow);
    const nodeTypes = new Set(exampleWorkflow.nodes.map((node) => node.type));
    expect(nodeTypes).toEqual(new Set(['start', 'approval', 'cc', 'condition', 'parallel', 'end']));
  });

  it('checks each node by its own type', () => {
    const result = parseWorkflowSchema(
      workflowWith([
        start,
        { id: 'n_a', type: 'approval', name: 'A', mode: 'some' },
        { id: 'n_c', type: 'cc', name: 'C', recipients: [] },
        { id: 'n_p', type: 'parallel', name: 'P' },
        { id: 'n_if', type: 'condition', name: 'If', assignees: [] },
        { id: 'n_x', type: 'review', name: 'X' },
        end,
      ]),
    );
    expect(issueAt(result, '/nodes/1/assignees').code).toBe('required');
    expect(issueAt(result, '/nodes/1/mode').code).toBe('enum');
    expect(issueAt(result, '/nodes/2/recipients').code).toBe('tooFew');
    expect(issueAt(result, '/nodes/3/gateway').code).toBe('required');
    const extra = issueAt(result, '/nodes/4/assignees');
    expect(extra.code).toBe('unknownProperty');
    expect(extra.message['zh-CN']).toContain('条件分支');
    expect(extra.message.en).toContain('is a Condition node and has no setting "assignees"');
    expect(issueAt(result, '/nodes/5/type').code).toBe('enum');
  });

  it('names the node and the missing setting in both languages', () => {
    const issue = issueAt(parseWorkflowSchema(workflowWith([start, { id: 'n_a', type: 'approval', name: '主管审批', assignees: [{ kind: 'initiator' }] }, end])), '/nodes/1/mode');
    expect(issue.message).toEqual({
      'zh-CN': '第 2 个节点“主管审批”缺少“多人审批方式”(mode)',
      en: 'Node 2 ("主管审批") is missing its approval mode (mode)',
    });
  });

  it('checks each assignee by its own kind', () => {
    const assignees = [
      { kind: 'member' },
      { kind: 'managerChain', levels: 0 },
      { kind: 'memberField', fieldId: 'f_owner', levels: 2 },
      { kind: 'boss' },
      { kind: 'department', departmentId: 'd_1', managerOnly: 'yes' },
    ];
    const result = parseWorkflowSchema(workflowWith([start, { ...approval, assignees }, end]));
    expect(issueAt(result, '/nodes/1/assignees/0/userId').code).toBe('required');
    expect(issueAt(result, '/nodes/1/assignees/1/levels').code).toBe('tooSmall');
    expect(issueAt(result, '/nodes/1/assignees/2/levels').code).toBe('unknownProperty');
    expect(issueAt(result, '/nodes/1/assignees/3/kind').code).toBe('enum');
    expect(issueAt(result, '/nodes/1/assignees/4/managerOnly').code).toBe('type');
  });

  it('checks field permissions and due times', () => {
    const result = parseWorkflowSchema(
      workflowWith([start, { ...approval, fieldPermissions: { f_a: 'write', '1bad': 'read' }, due: { hours: 0, action: 'escalate' } }, end]),
    );
    expect(issueAt(result, '/nodes/1/fieldPermissions/f_a').code).toBe('enum');
    expect(issueAt(result, '/nodes/1/fieldPermissions/1bad').code).toBe('invalidId');
    expect(issueAt(result, '/nodes/1/due/hours').code).toBe('tooSmall');
    expect(issueAt(result, '/nodes/1/due/action').code).toBe('enum');
  });

  it('refuses edges between nodes that do not exist', () => {
    const result = parseWorkflowSchema(workflowWith([start, end], [{ id: 'e_1', from: 'n_start', to: 'n_gone' }]));
    const issue = issueAt(result, '/edges/0/to');
    expect(issue.code).toBe('unknownNode');
    expect(issue.message.en).toBe('The end of connection 1 is "n_gone", which is not a node of this workflow');
  });

  it('refuses node and edge ids used twice', () => {
    const edge = { id: 'e_1', from: 'n_start', to: 'n_end' };
    const result = parseWorkflowSchema(workflowWith([start, approval, { ...approval, name: 'Again' }, end], [edge, edge]));
    expect(issueAt(result, '/nodes/2/id').code).toBe('duplicateNodeId');
    expect(issueAt(result, '/edges/1/id').code).toBe('duplicateEdgeId');
  });

  it('needs exactly one start and at least one end', () => {
    expect(issueAt(parseWorkflowSchema(workflowWith([start, { ...start, id: 'n_again' }, end])), '/nodes').code).toBe('startNodeCount');
    expect(issueAt(parseWorkflowSchema(workflowWith([approval, end])), '/nodes').code).toBe('startNodeCount');
    const noEnd = parseIssues(parseWorkflowSchema(workflowWith([start, approval])));
    expect(noEnd.map((issue) => issue.code)).toEqual(['noEndNode']);
  });

  it('checks the version 2 settings: modes, assignees, permissions, validations, due dates, return and reject policies', () => {
    const node = {
      ...approval,
      mode: 'sequence',
      assignees: [{ kind: 'departmentFieldManager', fieldId: 'f_dept' }, { kind: 'department', departmentId: 'd_1', includeSubDepartments: true }],
      fieldPermissions: { f_amount: 'required' },
      validations: [{ id: 'v_1', assert: { '>': [{ var: 'f_amount' }, 0] }, message: { 'zh-CN': '金额须大于 0', en: 'The amount must be above 0' } }],
      due: { fieldId: 'f_deadline', action: 'autoApprove' },
      onReject: 'returnToStart',
      returnTo: 'previous',
      afterReturn: 'backToReturner',
      signatureRequired: true,
    };
    const valid = workflowWith([start, node, end], [], { settings: { withdraw: 'anyTime', changeApproval: { fieldIds: ['f_amount'] } } });
    expect(parsedValue(parseWorkflowSchema(valid))).toEqual(valid);

    const broken = parseWorkflowSchema(
      workflowWith([start, { ...node, mode: 'random', onReject: 'ignore', afterReturn: 'later', validations: [{ id: 'v_1', assert: true, message: { 'zh-CN': '只有中文' } }], due: { action: 'remind' } }, end], [], {
        settings: { withdraw: 'sometimes' },
      }),
    );
    expect(issueAt(broken, '/nodes/1/mode').code).toBe('enum');
    expect(issueAt(broken, '/nodes/1/onReject').code).toBe('enum');
    expect(issueAt(broken, '/nodes/1/afterReturn').code).toBe('enum');
    expect(issueAt(broken, '/nodes/1/validations/0/message/en').code).toBe('required');
    expect(issueAt(broken, '/nodes/1/due/hours').code).toBe('required');
    expect(issueAt(broken, '/settings/withdraw').code).toBe('enum');
  });

  it('migrates version 1: allowWithdraw becomes a withdraw policy, everything else stays', () => {
    const v1 = { ...workflowWith([start, approval, end], [{ id: 'e_1', from: 'n_start', to: 'n_ok' }]), schemaVersion: 1 };
    const allowed = parseWorkflowSchema({ ...v1, settings: { allowWithdraw: true, skipRepeatedApprover: true } });
    expect(allowed).toEqual({
      ok: true,
      migratedFrom: 1,
      value: { ...v1, schemaVersion: 2, settings: { withdraw: 'untilActed', skipRepeatedApprover: true } },
    });
    expect(parsedValue(parseWorkflowSchema({ ...v1, settings: { allowWithdraw: false } })).settings).toEqual({ withdraw: 'never' });
    expect(parsedValue(parseWorkflowSchema(v1))).toEqual({ ...v1, schemaVersion: 2 });
    // A broken flag is not guessed at: the meta-schema names it.
    expect(issueAt(parseWorkflowSchema({ ...v1, settings: { allowWithdraw: 'yes' } }), '/settings/allowWithdraw').code).toBe('unknownProperty');
  });

  it('refuses a workflow without the form it runs on', () => {
    const { formId: _formId, ...rest } = minimal;
    const issue = issueAt(parseWorkflowSchema(rest), '/formId');
    expect(issue.message).toEqual({ 'zh-CN': '流程缺少“所属表单”(formId)', en: 'The workflow is missing its form (formId)' });
  });
});
