import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NotificationView } from '../api/TaskViews.js';
import { renderApp } from '../testing/renderApp.js';
import { openedTask, taskServer } from '../testing/sampleTasks.js';

function notification(id: string, overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'task',
    recordId: 'rec1',
    formId: 'frm1',
    taskId: 't1',
    nodeId: 'n_manager',
    status: null,
    message: null,
    createdAt: '2024-05-06T09:30:00.000Z',
    readAt: null,
    initiator: 'u2',
    ...overrides,
  };
}

/** Three notifications for u1, newest first: an urge and a new task (unread), a finished flow (read). */
function notificationServer() {
  const read = new Set<string>(['n1']);
  const items = [
    notification('n3', { kind: 'urge', taskId: null, nodeId: null, recordId: 'rec2', createdAt: '2024-05-06T11:00:00.000Z' }),
    notification('n2'),
    notification('n1', { kind: 'finished', taskId: null, status: 'completed', recordId: 'rec0', createdAt: '2024-05-05T08:00:00.000Z', initiator: 'u1' }),
  ];
  const unread = (): number => items.filter((item) => !read.has(item.id)).length;
  const server = taskServer()
    .on('GET', /^\/api\/tasks\/counts$/, () => ({ body: { todo: 2, initiated: 1, done: 5, cc: 0, unreadNotifications: unread() } }))
    .on('GET', /^\/api\/notifications$/, () => ({ body: { items: items.map((item) => ({ ...item, readAt: read.has(item.id) ? '2024-05-06T12:00:00.000Z' : null })), nextCursor: null } }))
    .on('POST', /^\/api\/notifications\/read$/, (request) => {
      const body = request.body as { ids?: string[]; all?: boolean };
      const ids = body.all === true ? items.map((item) => item.id) : (body.ids ?? []);
      const before = unread();
      ids.forEach((id) => read.add(id));
      return { body: { changed: before - unread() } };
    })
    .on('GET', /^\/api\/tasks\/t1$/, () => ({ body: openedTask() }));
  return server;
}

describe('notifications', () => {
  it('shows the unread count in the header from the one counts call, in both languages', async () => {
    const server = notificationServer();
    renderApp(server, '/');
    const link = await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(await screen.findByRole('link', { name: 'My tasks 2' })).toBeTruthy();
    expect(server.requests.filter((r) => r.path === '/api/tasks/counts')).toHaveLength(1);
    expect(server.requests.some((r) => r.path === '/api/notifications/counts')).toBe(false);
    cleanup();
    renderApp(notificationServer(), '/', { locale: 'zh-CN' });
    expect(await screen.findByRole('link', { name: '通知，2 条未读' })).toBeTruthy();
  });

  it('lists what happened, on which record, whose flow and when, newest first', async () => {
    renderApp(notificationServer(), '/notifications');
    const list = await screen.findByRole('list', { name: 'Notifications' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Unread Urged: please act on it soon · Customer visit · rec2',
      'Unread New task for you · Customer visit · rec1',
      'Flow finished: Approved · Customer visit · rec0',
    ]);
    expect(items[1]?.textContent).toContain('Wang Fang');
    expect(within(items[1] as HTMLElement).getByText(/2024/).getAttribute('datetime')).toBe('2024-05-06T09:30:00.000Z');
    // A new task leads to the task; the rest to the record.
    expect(within(items[1] as HTMLElement).getByRole('link').getAttribute('href')).toBe('/tasks/t1');
    expect(within(items[0] as HTMLElement).getByRole('link').getAttribute('href')).toBe('/records/rec2');
    cleanup();
    renderApp(notificationServer(), '/notifications', { locale: 'zh-CN' });
    const zh = await screen.findByRole('list', { name: '通知' });
    expect(within(zh).getAllByRole('link').map((link) => link.textContent)).toEqual(['未读 催办：请尽快处理 · Customer visit · rec2', '未读 新的待办 · Customer visit · rec1', '流程结束：已通过 · Customer visit · rec0']);
  });

  it('marks a notification read as it is opened, and lands on its task with the count down', async () => {
    const server = notificationServer();
    const { user } = renderApp(server, '/notifications');
    await user.click(await screen.findByRole('link', { name: /New task for you/ }));
    expect(await screen.findByRole('heading', { name: 'Customer visit', level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(window.location.pathname).toBe('/tasks/t1');
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([['/api/notifications/read', { ids: ['n2'] }]]);
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  it('marks all read at once, in Chinese', async () => {
    const server = notificationServer();
    const { user } = renderApp(server, '/notifications', { locale: 'zh-CN' });
    await screen.findByRole('link', { name: '通知，2 条未读' });
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));
    expect((await screen.findByRole('status')).textContent).toBe('所有通知已标为已读。');
    expect(await screen.findByRole('link', { name: '通知，0 条未读' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/未读 /)).toBeNull());
    expect((screen.getByRole('button', { name: '全部标为已读' }) as HTMLButtonElement).disabled).toBe(true);
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ all: true }]);
  });
});
