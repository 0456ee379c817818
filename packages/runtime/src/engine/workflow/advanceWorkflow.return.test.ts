import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const finance = [{ kind: 'role', role: 'finance' }] as const;
const manager = approval('n_manager');
const countersign = approval('n_fin', { assignees: finance, mode: 'all' });

describe('returning a record', () => {
  it('a return from a 会签 node cancels the node’s other pending tasks', () => {
    const flow = new FlowDriver(chain([manager, countersign]));
    flow.approve('u_manager');
    flow.approve('u_cfo');
    const effects = flow.act({ type: 'return', taskId: flow.taskOf('u_fin1').id, by: 'u_fin1', comment: '请补充附件' });
    expect(effects.closeTasks.map((task) => [task.assignee, task.outcome])).toEqual([
      ['u_fin1', 'returned'],
      ['u_fin2', 'cancelled'],
    ]);
    expect(flow.holders()).toEqual(['u_manager']);
    expect(flow.instance.log.at(-2)).toMatchObject({ action: 'returned', actor: 'u_fin1', nodeId: 'n_fin', targetNodeId: 'n_manager', comment: '请补充附件' });
  });

  it('a return to a 会签 node reopens it for all its assignees, including those who had approved', () => {
    const flow = new FlowDriver(chain([countersign, approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }] })]));
    flow.approve('u_cfo');
    flow.approve('u_fin1');
    flow.approve('u_fin2');
    flow.act({ type: 'return', taskId: flow.taskOf('u_director').id, by: 'u_director', target: 'n_fin' });
    expect(flow.holders()).toEqual(['u_cfo', 'u_fin1', 'u_fin2']);
    flow.approve('u_cfo');
    expect(flow.instance.status).toBe('in_progress');
  });

  it('a node cannot return a record to itself', () => {
    const flow = new FlowDriver(chain([manager, countersign]));
    flow.approve('u_manager');
    const error = flow.refused({ type: 'return', taskId: flow.taskOf('u_cfo').id, by: 'u_cfo', target: 'n_fin' });
    expect(error).toMatchObject({ code: 'returnToSelf', status: 422 });
    expect(error.message['zh-CN']).toBe('不能退回到当前节点自身');
  });

  it('only to nodes the record has passed, and only the previous one when the node says so', () => {
    const flow = new FlowDriver(chain([manager, approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }], returnTo: 'previous' }), countersign]));
    flow.approve('u_manager');
    const director = flow.taskOf('u_director').id;
    expect(flow.refused({ type: 'return', taskId: director, by: 'u_director', target: 'n_fin' }).code).toBe('invalidReturnTarget');
    expect(flow.refused({ type: 'return', taskId: director, by: 'u_director', target: 'n_start' }).code).toBe('invalidReturnTarget');
    flow.act({ type: 'return', taskId: director, by: 'u_director' });
    expect(flow.holders()).toEqual(['u_manager']);
  });

  it('to the start: the initiator gets a submit task, may save a draft, and resubmitting flows forward again', () => {
    const flow = new FlowDriver(chain([manager, countersign]), { f_amount: 600000 });
    flow.approve('u_manager');
    flow.act({ type: 'return', taskId: flow.taskOf('u_cfo').id, by: 'u_cfo', target: 'n_start' });
    const submit = flow.taskOf('u_rep');
    const draft = flow.act({ type: 'saveDraft', taskId: submit.id, by: 'u_rep', data: { f_amount: 550000 } });
    expect(draft.recordUpdate).toEqual({ f_amount: 550000 });
    expect(flow.holders()).toEqual(['u_rep']);
    flow.act({ type: 'submit', taskId: submit.id, by: 'u_rep', data: { f_amount: 500000 } });
    expect(flow.record['f_amount']).toBe(500000);
    expect(flow.holders()).toEqual(['u_manager']);
  });

  it('on resubmit, jumps straight back to the node that returned it when that node says backToReturner', () => {
    const director = approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }], afterReturn: 'backToReturner' });
    const flow = new FlowDriver(chain([manager, director, countersign]));
    flow.approve('u_manager');
    flow.act({ type: 'return', taskId: flow.taskOf('u_director').id, by: 'u_director', target: 'n_start' });
    flow.act({ type: 'submit', taskId: flow.taskOf('u_rep').id, by: 'u_rep' });
    expect(flow.holders()).toEqual(['u_director']);
    flow.approve('u_director');
    expect(flow.holders()).toEqual(['u_cfo', 'u_fin1', 'u_fin2']);
  });

  it('after a return the flow may be withdrawn again only under anyTime; approvers have acted', () => {
    const flow = new FlowDriver(chain([manager]));
    flow.act({ type: 'return', taskId: flow.taskOf('u_manager').id, by: 'u_manager' });
    expect(flow.refused({ type: 'withdraw', by: 'u_rep' }).code).toBe('withdrawNotAllowed');
  });
});
