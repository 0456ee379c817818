import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError.js';
import type { InboxBox, InboxPage } from '../api/TaskViews.js';
import { inboxItem, sampleTask } from '../testing/sampleTasks.js';
import { InboxController, type InboxPorts } from './InboxController.js';

const counts = { todo: 2, initiated: 1, done: 5, cc: 0 };
const page = (ids: readonly string[], nextCursor: string | null = null): InboxPage => ({ items: ids.map((id) => inboxItem(sampleTask(id, `rec_${id}`), `rec_${id}`)), nextCursor });

function ports(tasks: (box: InboxBox, query?: { readonly formId?: string | undefined; readonly cursor?: string | undefined }) => Promise<InboxPage>, actOnTask: InboxPorts['api']['actOnTask'] = async () => ({ recordId: '', flow: null })) {
  return { api: { tasks: vi.fn(tasks), taskCounts: vi.fn(async () => counts), actOnTask: vi.fn(actOnTask) }, writeQuery: vi.fn(), onTasksChanged: vi.fn() };
}

describe('InboxController', () => {
  it('starts from the URL’s box and form, and reads the counts and that box', async () => {
    const p = ports(async () => page(['t1']));
    const inbox = new InboxController('?box=cc&form=frm1', p);
    await inbox.load();
    expect(p.api.tasks).toHaveBeenCalledWith('cc', { formId: 'frm1' });
    expect(inbox.state.counts).toEqual(counts);
    expect(inbox.state.list).toMatchObject({ status: 'ready', nextCursor: null });
    expect(new InboxController('?box=nonsense', p).state.box).toBe('todo');
  });

  it('keeps the box and form in the URL and drops a late page of a box the user has left', async () => {
    let answerTodo: (value: InboxPage) => void = () => undefined;
    let first = true;
    // The first My tasks page answers late, after the user has moved to Processed.
    const p = ports((box) => {
      if (box !== 'todo' || !first) return Promise.resolve(page([box === 'todo' ? 't9' : 'd1']));
      first = false;
      return new Promise((resolve) => (answerTodo = resolve));
    });
    const inbox = new InboxController('', p);
    const late = inbox.load();
    await inbox.openBox('done');
    answerTodo(page(['t1']));
    await late;
    expect(p.writeQuery).toHaveBeenLastCalledWith('?box=done');
    expect(inbox.state.list.status === 'ready' && inbox.state.list.items.map((item) => item.task?.id)).toEqual(['d1']);
    await inbox.filterForm('frm1');
    expect(p.writeQuery).toHaveBeenLastCalledWith('?box=done&form=frm1');
    await inbox.openBox('todo');
    await inbox.filterForm('');
    expect(p.writeQuery).toHaveBeenLastCalledWith('');
  });

  it('appends the next page with the cursor', async () => {
    const p = ports(async (_box, query) => (query?.cursor === 'c2' ? page(['t3']) : page(['t1', 't2'], 'c2')));
    const inbox = new InboxController('', p);
    await inbox.load();
    await inbox.loadMore();
    expect(p.api.tasks).toHaveBeenLastCalledWith('todo', { formId: undefined, cursor: 'c2' });
    expect(inbox.state.list).toMatchObject({ status: 'ready', nextCursor: null });
    expect(inbox.state.list.status === 'ready' && inbox.state.list.items.map((item) => item.task?.id)).toEqual(['t1', 't2', 't3']);
  });

  it('approves only the selected tasks, one request each, and reports each failure with the server’s words', async () => {
    const p = ports(
      async () => page(['t1', 't2', 't3']),
      async (taskId) => {
        if (taskId === 't2') throw new ApiError(409, 'task_closed', 'Already handled');
        return { recordId: '', flow: null };
      },
    );
    const inbox = new InboxController('', p);
    await inbox.load();
    inbox.toggle('t1', true);
    inbox.toggle('t2', true);
    inbox.toggle('t3', true);
    inbox.toggle('t3', false);
    await inbox.approveSelected('  ok  ');
    expect(p.api.actOnTask.mock.calls).toEqual([
      ['t1', 'approve', { comment: 'ok' }],
      ['t2', 'approve', { comment: 'ok' }],
    ]);
    const batch = inbox.state.batch;
    expect(batch.step === 'done' && { approved: batch.approved, failures: batch.failures.map((f) => [f.item.task?.id, f.message]) }).toEqual({ approved: 1, failures: [['t2', 'Already handled']] });
    expect(p.onTasksChanged).toHaveBeenCalledTimes(1);
    // Read again, with the selection cleared.
    expect(p.api.tasks).toHaveBeenCalledTimes(2);
    expect(inbox.state.selected.size).toBe(0);
  });

  it('sends nothing when nothing approvable is selected', async () => {
    const p = ports(async () => ({ items: [inboxItem(sampleTask('t1', 'rec1', { kind: 'submit' }), 'rec1')], nextCursor: null }));
    const inbox = new InboxController('', p);
    await inbox.load();
    inbox.toggle('t1', true);
    await inbox.approveSelected('');
    expect(p.api.actOnTask).not.toHaveBeenCalled();
    expect(inbox.state.batch.step).toBe('idle');
  });
});
