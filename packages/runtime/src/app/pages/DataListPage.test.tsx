import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { admin, archivedFormServer, member, signedInServer, visitRecord } from '../testing/sampleData.js';

function listServer() {
  return signedInServer()
    .on('GET', /^\/api\/forms\/frm1\/records$/, (request) => {
      const cursor = request.query.get('cursor');
      return cursor === 'p2'
        ? { body: { items: [visitRecord('r3', { customer: 'Initech', amount: 5 })], nextCursor: null, total: 3 } }
        : { body: { items: [visitRecord('r1', { customer: 'ACME', amount: 10, stage: 'won' }), visitRecord('r2', { customer: 'Globex', amount: 20.5 })], nextCursor: 'p2', total: 3 } };
    })
    .on('POST', /^\/api\/forms\/frm1\/aggregate$/, () => ({ body: { rows: [{ count: 3, sum_amount: 35.5 }] } }));
}
const lastListQuery = (server: ReturnType<typeof listServer>) =>
  [...server.requests].reverse().find((r) => r.method === 'GET' && r.path === '/api/forms/frm1/records')?.query;

describe('the data list', () => {
  it('shows records in columns with option labels, a totals row and pages', async () => {
    const server = listServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    const table = await screen.findByRole('table');
    await within(table).findByText('ACME');
    expect(within(table).getByText('Won')).toBeTruthy();
    expect(within(table).getByText('35.50')).toBeTruthy();
    expect(screen.getByText('3 record(s)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await within(table).findByText('Initech');
    expect(lastListQuery(server)?.get('cursor')).toBe('p2');
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await within(table).findByText('ACME');
  });

  it("builds the server's filter from field, operator and value, and exports exactly that", async () => {
    const server = listServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: /Add filter/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter field' }), 'amount');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition' }), 'gt');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), '15');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const expected = { field: 'amount', op: 'gt', value: 15 };
    await waitFor(() => expect(JSON.parse(lastListQuery(server)?.get('filter') ?? 'null')).toEqual(expected));
    const exportHref = screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href') ?? '';
    const exportUrl = new URL(exportHref, 'http://x');
    expect(exportUrl.pathname).toBe('/api/forms/frm1/export');
    expect(exportUrl.searchParams.get('format')).toBe('csv');
    // A download carries no Accept-Language of the app's: the file's headers follow the app's language.
    expect(exportUrl.searchParams.get('lang')).toBe('en');
    expect(JSON.parse(exportUrl.searchParams.get('filter') ?? 'null')).toEqual(expected);
    const aggregate = [...server.requests].reverse().find((r) => r.path === '/api/forms/frm1/aggregate');
    expect(aggregate?.body).toMatchObject({ filter: expected, measures: [{ op: 'count' }, { op: 'sum', field: 'amount' }] });
  });

  it('searches text fields and sorts by a column', async () => {
    const server = listServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(JSON.parse(lastListQuery(server)?.get('filter') ?? 'null')).toEqual({ or: [{ field: 'customer', op: 'like', value: 'acme' }] }));
    await user.click(screen.getByRole('button', { name: 'Sort by Amount' }));
    await waitFor(() => expect(lastListQuery(server)?.get('sort')).toBe('amount:asc'));
    expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(screen.getByRole('button', { name: 'Sort by Amount' }));
    await waitFor(() => expect(lastListQuery(server)?.get('sort')).toBe('amount:desc'));
  });

  it('lists the deleted records on request, for restoring', async () => {
    const server = listServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('checkbox', { name: 'Deleted records' }));
    await waitFor(() => expect(lastListQuery(server)?.get('deleted')).toBe('true'));
  });

  it('imports a file and lists the rows the server refused', async () => {
    // Managers may import by default (settings.access.import); reps may not.
    const manager = { ...member, user: { ...member.user, role: 'manager' as const } };
    const server = listServer().on('GET', /^\/api\/me$/, () => ({ body: manager })).on('POST', /^\/api\/forms\/frm1\/import$/, () => ({
      status: 400,
      body: { error: { code: 'import_invalid', message: 'Some rows are invalid', details: { errors: [{ row: 3, column: 'Amount', fieldId: 'amount', message: 'Not a number' }] } } },
    }));
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await user.upload(screen.getByLabelText('CSV or Excel file'), new File(['Customer,Amount\nX,abc'], 'visits.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('1 problem(s); nothing was imported:')).toBeTruthy();
    expect(within(alert).getByRole('cell', { name: 'Not a number' })).toBeTruthy();
    const upload = server.requests.find((r) => r.path === '/api/forms/frm1/import');
    expect(upload?.query.get('dryRun')).toBe('true');
    expect(upload?.body).toBeInstanceOf(FormData);
    expect(upload?.headers.get('content-type')).toBeNull();
  });
});

describe('the data list of an archived form (admins only)', () => {
  const archivedList = () =>
    archivedFormServer()
      .on('GET', /^\/api\/forms\/frm1\/records$/, () => ({ body: { items: [visitRecord('r1', { customer: 'ACME', amount: 10 })], nextCursor: null, total: 1 } }))
      .on('POST', /^\/api\/forms\/frm1\/aggregate$/, () => ({ body: { rows: [{ count: 1, sum_amount: 10 }] } }));

  it('lists and exports the records, says they are read-only, and offers no import', async () => {
    renderApp(archivedList(), '/forms/frm1/data');
    const table = await screen.findByRole('table');
    await within(table).findByText('ACME');
    expect(screen.getByRole('status').textContent).toBe('This form is archived; its records are read-only');
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toContain('/api/forms/frm1/export');
    // Each row's link is named after its record, not just "View".
    expect(within(table).getByRole('link', { name: 'View ACME' }).getAttribute('href')).toBe('/records/r1');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });

  it('says so in Chinese', async () => {
    renderApp(archivedList(), '/forms/frm1/data', { locale: 'zh-CN' });
    expect(await screen.findByText('此表单已归档，数据只读')).toBeTruthy();
    await screen.findByText('ACME');
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
  });

  it('still imports into a form in use', async () => {
    renderApp(
      signedInServer()
        .on('GET', /^\/api\/me$/, () => ({ body: admin }))
        .on('GET', /^\/api\/forms\/frm1\/records$/, () => ({ body: { items: [], nextCursor: null, total: 0 } })),
      '/forms/frm1/data',
    );
    expect(await screen.findByRole('button', { name: 'Import' })).toBeTruthy();
    expect(screen.queryByText('This form is archived; its records are read-only')).toBeNull();
  });
});
