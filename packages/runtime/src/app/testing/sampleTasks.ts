import type { InboxItem, OpenedTaskView, TaskView } from '../api/TaskViews.js';
import type { FakeServer } from './fakeServer.js';
import { signedInServer } from './sampleData.js';

/** The directory the task tests use: the signed-in member (u1) and two colleagues. */
export const people = [
  { id: 'u1', name: 'Li Lei', departmentId: 'd1' },
  { id: 'u2', name: 'Wang Fang', departmentId: 'd1' },
  { id: 'u3', name: 'Zhao Min', departmentId: 'd1' },
];

export function sampleTask(id: string, recordId: string, overrides: Partial<TaskView> = {}): TaskView {
  return { id, kind: 'approve', recordId, formId: 'frm1', nodeId: 'n_manager', assignee: 'u1', state: 'open', outcome: null, openedAt: '2024-05-06T09:30:00.000Z', closedAt: null, ...overrides };
}

/** An inbox line: the task (null in the initiated box) on a customer visit Wang Fang started. */
export function inboxItem(task: TaskView | null, recordId: string): InboxItem {
  return {
    // The server's title: the form's and the serial number (rec1 → KH-0001), never the record's id.
    title: `Customer visit KH-${recordId.replace(/^\D+/, '').padStart(4, '0')}`,
    task,
    flow: {
      instanceId: `fi_${recordId}`,
      recordId,
      formId: 'frm1',
      initiator: 'u2',
      startedAt: '2024-05-06T08:00:00.000Z',
      finishedAt: null,
      state: 'in_progress',
      nodes: [{ id: 'n_manager', name: 'Manager approval' }],
      assignees: ['u1'],
    },
  };
}

/** Task t1 on record rec1 at the manager's node: customer read-only, amount editable, stage hidden. */
export function openedTask(overrides: Partial<OpenedTaskView> = {}): OpenedTaskView {
  return {
    task: sampleTask('t1', 'rec1'),
    node: { id: 'n_manager', name: 'Manager approval', type: 'approval' },
    record: { id: 'rec1', formId: 'frm1', version: 2, data: { customer: 'ACME', amount: 1200 }, readOnly: ['customer'], editable: ['amount'], required: [] },
    flow: { state: 'in_progress', nodes: [{ id: 'n_manager', name: 'Manager approval' }], assignees: ['u1'] },
    actions: ['approve', 'reject', 'return', 'transfer', 'add-approver'],
    ...overrides,
  };
}

/** The record's timeline so far: Wang Fang submitted at the start node, then it reached the manager. */
export const sampleTimeline = {
  flow: { instanceId: 'fi_rec1', initiator: 'u2', state: 'in_progress', nodes: [{ id: 'n_manager', name: 'Manager approval' }], assignees: ['u1'] },
  items: [
    { seq: 1, at: '2024-05-06T08:00:00.000Z', action: 'submitted', actor: 'u2', actorName: 'Wang Fang', nodeId: 'n_start', nodeName: 'Sales rep', comment: 'Please check the amount' },
    { seq: 2, at: '2024-05-06T08:00:00.000Z', action: 'approved', actor: 'u3', actorName: 'Zhao Min', nodeId: 'n_lead', nodeName: 'Team lead', comment: null },
  ],
};

/** signedInServer with the directory and inbox counts (2 to do, 1 initiated, 5 processed, 0 copies). */
export function taskServer(): FakeServer {
  return signedInServer()
    .on('GET', /^\/api\/users$/, () => ({ body: { items: people } }))
    .on('GET', /^\/api\/tasks\/counts$/, () => ({ body: { todo: 2, initiated: 1, done: 5, cc: 0 } }));
}
