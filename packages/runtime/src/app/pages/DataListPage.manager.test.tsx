import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FormSchema } from '../../engine/index.js';
import type { RecordView } from '../api/ApiViews.js';
import { renderApp } from '../testing/renderApp.js';
import { member, signedInServer, visitSchema } from '../testing/sampleData.js';

const teamSchema: FormSchema = {
  ...visitSchema,
  fields: [...visitSchema.fields, { id: 'rep', type: 'member', label: 'Rep' }, { id: 'teams', type: 'departments', label: 'Teams' }],
};

function record(id: string, data: Record<string, unknown>): RecordView {
  return { id, formId: 'frm1', version: 1, data, creatorId: 'usr_a', createdAt: '2024-05-06T08:00:00Z', updatedAt: '2024-05-07T08:00:00Z' };
}

function server(options: { readonly items?: readonly RecordView[]; readonly schema?: FormSchema } = {}) {
  const items = options.items ?? [record('r1', { customer: 'ACME', amount: 10, rep: 'usr_b', teams: ['dep_e'] }), record('r2', { customer: 'Globex', amount: 20, rep: 'usr_gone' })];
  return signedInServer()
    .on('GET', /^\/api\/forms\/frm1$/, () => ({ body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema: options.schema ?? teamSchema } } }))
    .on('GET', /^\/api\/forms\/frm1\/records$/, (request) => ({
      body: {
        items: request.query.get('filter') && options.items === undefined ? [] : items,
        nextCursor: request.query.get('cursor') ? null : 'p2',
        total: items.length,
        names: { users: { usr_a: '张三', usr_b: 'Wang Wu' }, departments: { dep_e: 'East region' } },
      },
    }))
    .on('POST', /^\/api\/forms\/frm1\/aggregate$/, () => ({ body: { rows: [{ count: 2, sum_amount: 30 }] } }));
}
type Server = ReturnType<typeof server>;
const lastList = (s: Server) => [...s.requests].reverse().find((r) => r.method === 'GET' && r.path === '/api/forms/frm1/records')?.query;

beforeEach(() => window.localStorage.clear());

describe('the data list a manager lives in', () => {
  it('shows member and department names, never ids, and the submitter by name', async () => {
    renderApp(server(), '/forms/frm1/data');
    const table = await screen.findByRole('table');
    const acme = (await within(table).findByText('ACME')).closest('tr') as HTMLElement;
    expect(within(acme).getByText('Wang Wu')).toBeTruthy();
    expect(within(acme).getByText('East region')).toBeTruthy();
    expect(within(acme).getByText('张三')).toBeTruthy();
    expect(within(table).queryByText('usr_b')).toBeNull();
    // An id the answer does not name stays visible rather than vanish.
    expect(within(table).getByText('usr_gone')).toBeTruthy();
  });

  it('shows, sorts and filters the system columns, and remembers the column choice per user and form (zh-CN)', { timeout: 20_000 }, async () => {
    const s = server();
    const { user, unmount } = renderApp(s, '/forms/frm1/data', { locale: 'zh-CN' });
    await screen.findByText('ACME');
    expect(screen.getByRole('columnheader', { name: /提交人/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '按 更新时间 排序' }));
    await waitFor(() => expect(lastList(s)?.get('sort')).toBe('_updatedAt:asc'));
    await user.click(screen.getByRole('button', { name: /添加筛选/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: '筛选字段' }), '_createdAt');
    await user.selectOptions(screen.getByRole('combobox', { name: '条件' }), 'gt');
    fireEvent.change(screen.getByRole('textbox', { name: '值' }), { target: { value: '2024-05-01' } });
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(JSON.parse(lastList(s)?.get('filter') ?? 'null')).toEqual({ field: '_createdAt', op: 'gt', value: '2024-05-01' }));

    await user.click(screen.getByText('显示列'));
    await user.click(screen.getByRole('checkbox', { name: '更新时间' }));
    expect(screen.queryByRole('columnheader', { name: /更新时间/ })).toBeNull();
    unmount();
    renderApp(server(), '/forms/frm1/data', { locale: 'zh-CN' });
    await screen.findByText('ACME');
    expect(screen.queryByRole('columnheader', { name: /更新时间/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /提交时间/ })).toBeTruthy();
  });

  it('filters by who submitted, picked by name from the directory', async () => {
    const s = server().on('GET', /^\/api\/users$/, () => ({ body: { items: [{ id: 'usr_a', name: '张三', departmentId: null }] } }));
    const { user } = renderApp(s, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: /Add filter/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter field' }), '_createdBy');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value' }), '张三');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(JSON.parse(lastList(s)?.get('filter') ?? 'null')).toEqual({ field: '_createdBy', op: 'eq', value: 'usr_a' }));
  });

  it('opens a record by clicking anywhere on its row', async () => {
    const { user } = renderApp(server(), '/forms/frm1/data');
    await user.click(await screen.findByText('Globex'));
    await waitFor(() => expect(window.location.pathname).toBe('/records/r2'));
  });

  it('opens a record with Enter on the focused row', async () => {
    renderApp(server(), '/forms/frm1/data');
    const row = await screen.findByRole('row', { name: /ACME/ });
    expect(row.tabIndex).toBe(0);
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    await waitFor(() => expect(window.location.pathname).toBe('/records/r1'));
  });

  it('keeps the first column and the actions in view when the table scrolls sideways', async () => {
    renderApp(server(), '/forms/frm1/data');
    const row = (await screen.findByText('ACME')).closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]?.className).toContain('app-table__sticky-start');
    expect(cells.at(-1)?.className).toContain('app-table__sticky-end');
    const css = readFileSync(join(process.cwd(), 'packages/runtime/src/app/styles/app.css'), 'utf8');
    expect(css).toMatch(/\.app-table__sticky-end\s*\{[^}]*right: 0/);
    expect(css).toMatch(/\.app-table__sticky-start,\s*\.app-table__sticky-end\s*\{[^}]*position: sticky/);
  });

  it('keeps filters, sort, search and page in the URL, so back from a record returns to the same list', async () => {
    const s = server();
    const { user, unmount } = renderApp(s, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    await user.click(screen.getByRole('button', { name: 'Sort by Amount' }));
    await user.click(await screen.findByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(lastList(s)?.get('cursor')).toBe('p2'));
    const listUrl = window.location.pathname + window.location.search;
    expect(new URLSearchParams(window.location.search).get('q')).toBe('acme');
    unmount();

    // Coming back (the browser restores the URL): the same query, page and search box.
    const again = server();
    renderApp(again, listUrl);
    await waitFor(() => expect(lastList(again)?.get('cursor')).toBe('p2'));
    expect(lastList(again)?.get('sort')).toBe('amount:asc');
    expect(JSON.parse(lastList(again)?.get('filter') ?? 'null')).toEqual({ or: [{ field: 'customer', op: 'like', value: 'acme' }] });
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('acme');
    expect(screen.getByText('Page 2')).toBeTruthy();
  });

  it('edits a field of the selected records in one batch', async () => {
    const s = server().on('POST', /^\/api\/forms\/frm1\/records\/batch$/, () => ({ body: { changed: 2 } }));
    const { user } = renderApp(s, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('checkbox', { name: 'Select every record on this page' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit selected' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field to change' }), 'stage');
    await user.selectOptions(screen.getByRole('combobox', { name: 'New value' }), 'won');
    const before = s.requests.filter((r) => r.path === '/api/forms/frm1/records').length;
    await user.click(screen.getByRole('button', { name: 'Change 2 record(s)' }));
    await screen.findByText('2 record(s) done.');
    const sent = s.requests.find((r) => r.path === '/api/forms/frm1/records/batch');
    expect(sent?.body).toEqual({ ids: ['r1', 'r2'], set: { stage: 'won' } });
    // The list loads again with the change.
    await waitFor(() => expect(s.requests.filter((r) => r.path === '/api/forms/frm1/records').length).toBeGreaterThan(before));
  });

  it('deletes the selected records with the reason the form requires, and shows what the server refused (zh-CN)', async () => {
    let answer: { status: number; body: unknown } = {
      status: 400,
      body: { error: { code: 'batch_rejected', message: '1 条记录无法修改，所有记录均未改动', details: [{ pointer: '/ids/0', code: 'forbidden', message: '您无权执行此操作' }] } },
    };
    const s = server({ schema: { ...teamSchema, settings: { changeReason: 'required' } } }).on('POST', /^\/api\/forms\/frm1\/records\/batch$/, () => answer);
    const { user } = renderApp(s, '/forms/frm1/data', { locale: 'zh-CN' });
    await screen.findByText('ACME');
    await user.click(screen.getByRole('checkbox', { name: '选择记录：ACME' }));
    await user.click(screen.getByRole('button', { name: '批量删除' }));
    expect(screen.getByText('删除选中的 1 条记录？删除后可在回收站恢复。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '删除 1 条记录' }));
    expect(screen.getByText('请填写修改原因。')).toBeTruthy();
    expect(s.requests.some((r) => r.path === '/api/forms/frm1/records/batch')).toBe(false);
    await user.type(screen.getByRole('textbox', { name: /修改原因/ }), '重复录入');
    await user.click(screen.getByRole('button', { name: '删除 1 条记录' }));
    expect(await screen.findByText('ACME: 您无权执行此操作')).toBeTruthy();
    expect(s.requests.find((r) => r.path === '/api/forms/frm1/records/batch')?.body).toEqual({ ids: ['r1'], delete: true, reason: '重复录入' });
    answer = { status: 200, body: { changed: 1 } };
    await user.click(screen.getByRole('button', { name: '删除 1 条记录' }));
    await screen.findByText('已处理 1 条记录。');
  });

  it('says an empty list is empty, not that nothing matches the filter', async () => {
    const { user } = renderApp(server({ items: [] }), '/forms/frm1/data');
    expect(await screen.findByText('There are no records yet.')).toBeTruthy();
    expect(screen.queryByText('No records match.')).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No records match.')).toBeTruthy();
  });

  it('says so in Chinese too', async () => {
    renderApp(server({ items: [] }), '/forms/frm1/data', { locale: 'zh-CN' });
    expect(await screen.findByText('还没有数据。')).toBeTruthy();
  });
});

describe('who sees Import', () => {
  const asRole = (role: 'member' | 'manager', settings?: FormSchema['settings']) =>
    server({ schema: { ...teamSchema, ...(settings ? { settings } : {}) } }).on('GET', /^\/api\/me$/, () => ({ body: { ...member, user: { ...member.user, role } } }));

  it('shows a rep no Import button, a manager one (the default)', async () => {
    const { unmount } = renderApp(asRole('member'), '/forms/frm1/data');
    await screen.findByText('ACME');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    unmount();
    renderApp(asRole('manager'), '/forms/frm1/data', { locale: 'zh-CN' });
    expect(await screen.findByRole('button', { name: '导入' })).toBeTruthy();
  });

  it('follows the form setting', async () => {
    renderApp(asRole('member', { access: { import: { roles: ['member'] } } }), '/forms/frm1/data');
    expect(await screen.findByRole('button', { name: 'Import' })).toBeTruthy();
  });
});
