import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { inboxItem, sampleTask, taskServer } from '../testing/sampleTasks.js';

const todoPage = { items: [inboxItem(sampleTask('t1', 'rec1'), 'rec1'), inboxItem(sampleTask('t2', 'rec2'), 'rec2')], nextCursor: null };

describe('the inbox entry in the header', () => {
  it('names the number of open tasks in both languages and opens /tasks', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: todoPage }));
    const { user } = renderApp(server, '/');
    await user.click(await screen.findByRole('link', { name: 'My tasks 2' }));
    expect(window.location.pathname).toBe('/tasks');
    expect(await screen.findByRole('heading', { name: 'Approvals' })).toBeTruthy();
    cleanup();
    renderApp(server, '/', { locale: 'zh-CN' });
    expect((await screen.findByRole('link', { name: '待办 2' })).getAttribute('href')).toBe('/tasks');
  });

  it('is still there, without a number, when the counts cannot be read', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks\/counts$/, () => ({ status: 500, body: { error: { code: 'internal', message: 'boom' } } }));
    renderApp(server, '/');
    expect(await screen.findByRole('link', { name: 'My tasks' })).toBeTruthy();
  });
});

describe('the inbox at /tasks', () => {
  it('shows each box as a tab with its count, and lists a box’s tasks with form, node, initiator and state', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, (request) =>
      request.query.get('box') === 'done'
        ? { body: { items: [inboxItem(sampleTask('t9', 'rec9', { state: 'done', outcome: 'approved' }), 'rec9')], nextCursor: null } }
        : { body: todoPage },
    );
    const { user } = renderApp(server, '/tasks');
    const tabs = await screen.findByRole('tablist', { name: 'Inbox boxes' });
    await waitFor(() => expect(within(tabs).getByRole('tab', { name: 'My tasks 2' }).getAttribute('aria-selected')).toBe('true'));
    expect(within(tabs).getByRole('tab', { name: 'Initiated 1' })).toBeTruthy();
    expect(within(tabs).getByRole('tab', { name: 'CC me 0' })).toBeTruthy();
    const first = await screen.findByRole('link', { name: 'Customer visit KH-0001' });
    expect(first.getAttribute('href')).toBe('/tasks/t1');
    const line = first.closest('li') as HTMLElement;
    expect(within(line).getByText('Manager approval')).toBeTruthy();
    expect(within(line).getByText('Wang Fang')).toBeTruthy();
    expect(within(line).getByText('In progress')).toBeTruthy();

    await user.click(within(tabs).getByRole('tab', { name: 'Processed 5' }));
    expect(await screen.findByRole('link', { name: 'Customer visit KH-0009' })).toBeTruthy();
    expect(window.location.search).toBe('?box=done');
    expect(server.requests.filter((r) => r.path === '/api/tasks').map((r) => r.query.get('box'))).toEqual(['todo', 'done']);
    // Nothing to approve in bulk outside My tasks.
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says the tabs in Chinese', async () => {
    renderApp(taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: { items: [], nextCursor: null } })), '/tasks?box=cc', { locale: 'zh-CN' });
    const tabs = await screen.findByRole('tablist', { name: '待办分类' });
    await waitFor(() => expect(within(tabs).getByRole('tab', { name: '抄送我 0' }).getAttribute('aria-selected')).toBe('true'));
    expect(within(tabs).getByRole('tab', { name: '我发起的 1' })).toBeTruthy();
    expect(within(tabs).getByRole('tab', { name: '已处理 5' })).toBeTruthy();
    expect(await screen.findByText('这里没有事项。')).toBeTruthy();
  });

  it('loads the next page with the cursor and filters by form', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, (request) =>
      request.query.get('cursor') === 'c2'
        ? { body: { items: [inboxItem(sampleTask('t3', 'rec3'), 'rec3')], nextCursor: null } }
        : { body: { items: [inboxItem(sampleTask('t1', 'rec1'), 'rec1')], nextCursor: 'c2' } },
    );
    const { user } = renderApp(server, '/tasks');
    await screen.findByRole('link', { name: 'Customer visit KH-0001' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Customer visit KH-0003' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Customer visit KH-0001' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by form' }), 'Customer visit');
    await waitFor(() => expect(server.requests.at(-1)?.query.get('formId')).toBe('frm1'));
    expect(window.location.search).toBe('?form=frm1');
  });

  it('approves the selected tasks with one comment and reports the one someone else had handled', async () => {
    const server = taskServer()
      .on('GET', /^\/api\/tasks$/, () => ({ body: todoPage }))
      .on('POST', /^\/api\/tasks\/(\w+)\/approve$/, (_request, [taskId]) =>
        taskId === 't2'
          ? { status: 409, body: { error: { code: 'task_closed', message: 'This task was already handled' } } }
          : { body: { recordId: 'rec1', flow: { state: 'completed', nodes: [], assignees: [] } } },
      );
    const { user } = renderApp(server, '/tasks');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Customer visit KH-0001' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Customer visit KH-0002' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment for all selected' }), 'OK for this month');
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
    const report = await screen.findByRole('status');
    await waitFor(() => expect(report.textContent).toContain('Approved 1.'));
    expect(report.textContent).toContain('1 could not be approved:');
    expect(within(report).getByRole('listitem').textContent).toBe('Customer visit KH-0002: This task was already handled');
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.body])).toEqual([
      ['/api/tasks/t1/approve', { comment: 'OK for this month' }],
      ['/api/tasks/t2/approve', { comment: 'OK for this month' }],
    ]);
    // The list and counts are read again after the batch.
    await waitFor(() => expect(server.requests.filter((r) => r.path === '/api/tasks').length).toBe(2));
  });

  it('offers batch approve in Chinese', async () => {
    const { user } = renderApp(taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: todoPage })), '/tasks', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('checkbox', { name: '选择 Customer visit KH-0001' }));
    expect(screen.getByRole('button', { name: '批量同意（1）' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('textbox', { name: '批量审批意见' })).toBeTruthy();
  });
});

describe('an inbox line', () => {
  const titled = (title: string) => ({ ...inboxItem(sampleTask('t7', 'rec_7f3a9c'), 'rec_7f3a9c'), title });

  it('is named by the title the server gives it, never by the record id, in both languages', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: { items: [titled('合同 HT-2026-0012')], nextCursor: null } }));
    renderApp(server, '/tasks');
    const link = await screen.findByRole('link', { name: '合同 HT-2026-0012' });
    expect(link.getAttribute('href')).toBe('/tasks/t7');
    expect(screen.getByRole('checkbox', { name: 'Select 合同 HT-2026-0012' })).toBeTruthy();
    const list = link.closest('ul') as HTMLElement;
    expect(list.textContent).not.toContain('rec_7f3a9c');
    cleanup();
    renderApp(server, '/tasks', { locale: 'zh-CN' });
    const zh = await screen.findByRole('link', { name: '合同 HT-2026-0012' });
    expect(screen.getByRole('checkbox', { name: '选择 合同 HT-2026-0012' })).toBeTruthy();
    expect((zh.closest('ul') as HTMLElement).textContent).not.toContain('rec_7f3a9c');
  });

  it('shows a title holding markup as text', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: { items: [titled('报销 <img src=x onerror=alert(1)>')], nextCursor: null } }));
    renderApp(server, '/tasks');
    const link = await screen.findByRole('link', { name: '报销 <img src=x onerror=alert(1)>' });
    expect(link.querySelector('img')).toBeNull();
  });

  it("falls back to the form's name for a line without a title", async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: { items: [titled('')], nextCursor: null } }));
    renderApp(server, '/tasks', { locale: 'zh-CN' });
    expect(await screen.findByRole('link', { name: 'Customer visit' })).toBeTruthy();
  });
});

describe('the inbox tabs by keyboard', () => {
  it('moves between the boxes with the arrow keys, opening each', async () => {
    const server = taskServer().on('GET', /^\/api\/tasks$/, () => ({ body: { items: [], nextCursor: null } }));
    const { user } = renderApp(server, '/tasks');
    const todo = await screen.findByRole('tab', { name: 'My tasks 2' });
    todo.focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Initiated 1' }).getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Initiated 1' }));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'CC me 0' }).getAttribute('aria-selected')).toBe('true'));
    expect(server.requests.filter((r) => r.path === '/api/tasks').map((r) => r.query.get('box'))).toEqual(['todo', 'initiated', 'todo', 'cc']);
  });
});
