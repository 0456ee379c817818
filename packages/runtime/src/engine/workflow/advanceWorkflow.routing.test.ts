import { describe, expect, it } from 'vitest';
import type { WorkflowNode } from '../documents/workflow/WorkflowSchema.js';
import { approval, end, FlowDriver, start, workflow } from './testing/workflowFixtures.js';

const director = approval('n_director', { assignees: [{ kind: 'role', role: 'director' }] });
const manager = approval('n_manager');
const contract = workflow(
  [start, { id: 'n_if', type: 'condition', name: '按金额' }, director, manager, end],
  [
    { id: 'e_1', from: 'n_start', to: 'n_if' },
    { id: 'e_big', from: 'n_if', to: 'n_director', condition: { '>': [{ var: 'f_amount' }, 500000] } },
    { id: 'e_else', from: 'n_if', to: 'n_manager', default: true },
    { id: 'e_2', from: 'n_director', to: 'n_end' },
    { id: 'e_3', from: 'n_manager', to: 'n_end' },
  ],
);

describe('routing', () => {
  it('takes the first branch whose condition holds, else the default', () => {
    expect(new FlowDriver(contract, { f_amount: 600000 }).holders()).toEqual(['u_director']);
    expect(new FlowDriver(contract, { f_amount: 100000 }).holders()).toEqual(['u_manager']);
  });

  it('reads conditions on the record as edited along the way', () => {
    const flow = new FlowDriver(contract, { f_amount: 600000 });
    flow.act({ type: 'return', taskId: flow.taskOf('u_director').id, by: 'u_director', comment: '金额太高' });
    flow.act({ type: 'submit', taskId: flow.taskOf('u_rep').id, by: 'u_rep', data: { f_amount: 400000 } });
    expect(flow.holders()).toEqual(['u_manager']);
  });

  it('runs parallel branches together and joins when all are done', () => {
    const fin = approval('n_fin', { assignees: [{ kind: 'member', userId: 'u_cfo' }] });
    const legal = approval('n_legal', { assignees: [{ kind: 'member', userId: 'u_director' }] });
    const nodes: WorkflowNode[] = [
      start,
      { id: 'n_fork', type: 'parallel', name: '并行', gateway: 'fork' },
      fin,
      legal,
      { id: 'n_join', type: 'parallel', name: '汇合', gateway: 'join' },
      { id: 'n_cc', type: 'cc', name: '抄送', recipients: [{ kind: 'initiator' }, { kind: 'role', role: 'manager' }] },
      end,
    ];
    const flow = new FlowDriver(
      workflow(nodes, [
        { id: 'e_1', from: 'n_start', to: 'n_fork' },
        { id: 'e_2', from: 'n_fork', to: 'n_fin' },
        { id: 'e_3', from: 'n_fork', to: 'n_legal' },
        { id: 'e_4', from: 'n_fin', to: 'n_join' },
        { id: 'e_5', from: 'n_legal', to: 'n_join' },
        { id: 'e_6', from: 'n_join', to: 'n_cc' },
        { id: 'e_7', from: 'n_cc', to: 'n_end' },
      ]),
    );
    expect(flow.holders()).toEqual(['u_cfo', 'u_director']);
    flow.approve('u_director');
    expect(flow.instance.status).toBe('in_progress');
    expect(flow.effects.notices).toEqual([]);
    const effects = flow.approve('u_cfo');
    expect(flow.instance.status).toBe('completed');
    expect(effects.notices).toContainEqual({ kind: 'cc', to: ['u_rep', 'u_manager'], nodeId: 'n_cc' });
    expect(effects.log.map((entry) => entry.action)).toEqual(['approved', 'copied', 'completed']);
  });
});
