import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { member, signedInServer, visitRecord } from '../testing/sampleData.js';

function importServer() {
  // A manager: forms let managers and admins import by default (settings.access.import).
  return signedInServer()
    .on('GET', /^\/api\/me$/, () => ({ body: { ...member, user: { ...member.user, role: 'manager' } } }))
    .on('GET', /^\/api\/forms\/frm1\/records$/, () => ({ body: { items: [visitRecord('r1', { customer: 'ACME', amount: 10 })], nextCursor: null, total: 1 } }))
    .on('POST', /^\/api\/forms\/frm1\/aggregate$/, () => ({ body: { rows: [{ count: 1, sum_amount: 10 }] } }))
    .on('POST', /^\/api\/forms\/frm1\/import$/, () => ({
      body: {
        rows: 4,
        imported: 2,
        skipped: 1,
        errorCount: 1,
        errors: [{ row: 4, column: '产品明细 · 数量', fieldId: 'f_qty', message: 'Must be at least 1' }],
        errorReport: { fileName: 'import-errors.csv', csv: '\uFEFF客户,产品明细 · 数量,Errors\r\nBad,0,产品明细 · 数量: Must be at least 1\r\n', truncated: false },
      },
    }));
}

describe('the import dialog', () => {
  it('offers the form\'s template as XLSX and CSV', async () => {
    const { user } = renderApp(importServer(), '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('region', { name: 'Import records' });
    expect(within(dialog).getByRole('link', { name: 'Excel template' }).getAttribute('href')).toMatch(/^\/api\/forms\/frm1\/import\/template\?format=xlsx/);
    expect(within(dialog).getByRole('link', { name: 'CSV template' }).getAttribute('href')).toMatch(/^\/api\/forms\/frm1\/import\/template\?format=csv/);
  });

  it('skips invalid rows when asked: says what was imported and skipped, lists why, and links the error report', async () => {
    const server = importServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('region', { name: 'Import records' });
    await user.upload(within(dialog).getByLabelText('CSV or Excel file'), new File(['x'], 'visits.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Skip invalid rows and import the valid records' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('2 record(s) imported, 1 with problems skipped.')).toBeTruthy();
    expect(within(dialog).getByRole('cell', { name: '产品明细 · 数量' })).toBeTruthy();
    const report = within(dialog).getByRole('link', { name: 'Download the error report (fix it and import it as it is)' });
    expect(report.getAttribute('download')).toBe('import-errors.csv');
    expect(decodeURIComponent(report.getAttribute('href') ?? '')).toContain('Bad,0,产品明细 · 数量: Must be at least 1');
    const upload = server.requests.find((r) => r.path === '/api/forms/frm1/import');
    expect(upload?.query.get('mode')).toBe('skip-invalid');
    expect(upload?.query.get('dryRun')).toBeNull();
  });

  it('stays all or nothing unless asked', async () => {
    const server = importServer();
    const { user } = renderApp(server, '/forms/frm1/data');
    await screen.findByText('ACME');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('region', { name: 'Import records' });
    await user.upload(within(dialog).getByLabelText('CSV or Excel file'), new File(['x'], 'visits.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Check the file' }));
    await within(dialog).findByRole('alert');
    expect(server.requests.find((r) => r.path === '/api/forms/frm1/import')?.query.get('mode')).toBeNull();
  });
});
