import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The rep's and the manager's journeys through the end-user app, in a real browser against the
// real server: a member fills a form with a subform and a calculated total on a 360-px phone,
// sees a conditional field appear, fixes a validation error, submits, finds the record in My
// data and cannot open a colleague's record; a manager sees the team's records and exports them.

const password = 'e2e-Password-123';

const visitForm = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visit report',
  layout: { columns: 2 },
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_phone', type: 'phone', label: 'Phone' },
    { id: 'f_kind', type: 'radio', label: 'Kind', options: [{ value: 'new', label: 'New' }, { value: 'renewal', label: 'Renewal' }] },
    { id: 'f_previous', type: 'text', label: 'Previous contract', required: true, visibleWhen: { '==': [{ var: 'f_kind' }, 'renewal'] } },
    {
      id: 'f_items',
      type: 'subform',
      label: 'Items',
      fields: [
        { id: 'f_product', type: 'text', label: 'Product' },
        { id: 'f_qty', type: 'number', label: 'Qty' },
        { id: 'f_price', type: 'money', label: 'Price', precision: 2 },
        { id: 'f_amount', type: 'formula', label: 'Amount', precision: 2, expression: { '*': [{ var: '$row.f_qty' }, { var: '$row.f_price' }] } },
      ],
    },
    { id: 'f_total', type: 'formula', label: 'Total', precision: 2, expression: { sum_of: [{ var: 'f_items' }, 'f_amount'] } },
  ],
};

/** A signed-in API caller (cookie kept by hand), for setting up users, forms and records. */
async function apiAs(url: string, username: string, secret: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: secret }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'content-type': 'application/json', ...headers },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

/**
 * The cells of an XLSX file's first sheet, row by row (empty cells null), read with ExcelJS — the
 * server's own dependency, loaded from the server package since the journeys have no other reader.
 */
async function readFirstSheet(path: string): Promise<unknown[][]> {
  const require = createRequire(new URL('../packages/server/package.json', import.meta.url));
  const ExcelJS = require('exceljs') as {
    Workbook: new () => { xlsx: { readFile(path: string): Promise<unknown> }; worksheets: { getSheetValues(): unknown[] }[] };
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows = workbook.worksheets[0]?.getSheetValues() ?? [];
  // ExcelJS counts rows and columns from 1, leaving holes where nothing is written.
  return Array.from(rows.slice(1), (row) => (Array.isArray(row) ? Array.from(row.slice(1), (cell: unknown) => cell ?? null) : []));
}

async function logIn(page: Page, username: string, labels: { username: string; password: string; submit: string }, secret = password): Promise<void> {
  await page.getByLabel(labels.username).fill(username);
  await page.getByLabel(labels.password).fill(secret);
  await page.getByRole('button', { name: labels.submit }).click();
}

describe('filling in and finding records', () => {
  let server: RunningServer;
  let browser: Browser;
  let formId = '';
  let colleagueRecordId = '';
  let phoneForms = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await apiAs(server.url, server.admin.username, server.admin.password);
    const department = await admin<{ id: string }>('POST', '/api/departments', { name: 'East' });
    const manager = await admin<{ id: string }>('POST', '/api/users', { username: 'mgr', password, name: 'Manager Wang', role: 'manager', departmentId: department.id });
    await admin('PATCH', `/api/departments/${department.id}`, { managerId: manager.id });
    await admin('POST', '/api/users', { username: 'alice', password, name: 'Alice', role: 'member', departmentId: department.id });
    await admin('POST', '/api/users', { username: 'bob', password, name: 'Bob', role: 'member', departmentId: department.id });
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: visitForm });
    formId = form.id;
    await admin('POST', `/api/forms/${form.id}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
    const bob = await apiAs(server.url, 'bob', password);
    const record = await bob<{ id: string }>('POST', `/api/forms/${formId}/records`, { data: { f_customer: 'Bob Corp', f_kind: 'new' } }, { 'Idempotency-Key': 'e2e-bob-1' });
    colleagueRecordId = record.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a member fill a form on a phone, fix an error, submit once and find the record', async () => {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await logIn(page, 'alice', { username: 'Username', password: 'Password', submit: 'Log in' });
    await page.getByRole('link', { name: 'Fill in Visit report' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Visit report');

    await page.getByRole('textbox', { name: 'Customer' }).fill('ACME Ltd');
    await expect(page.getByRole('textbox', { name: 'Previous contract' }).count()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'Renewal' }).check();
    await page.getByRole('textbox', { name: 'Previous contract' }).fill('C-2023-001');

    await page.getByRole('button', { name: 'Add row' }).click();
    await page.getByRole('button', { name: 'Add row' }).click();
    const row1 = page.getByRole('group', { name: 'Row 1' });
    await row1.getByRole('textbox', { name: 'Product' }).fill('CRM seats');
    await row1.getByRole('textbox', { name: 'Qty' }).fill('3');
    await row1.getByRole('textbox', { name: 'Price' }).fill('100');
    const row2 = page.getByRole('group', { name: 'Row 2' });
    await row2.getByRole('textbox', { name: 'Qty' }).fill('2');
    await row2.getByRole('textbox', { name: 'Price' }).fill('25.5');
    await expect(page.getByRole('status', { name: 'Total' }).textContent()).resolves.toBe('351.00');

    const phone = page.getByRole('textbox', { name: 'Phone' });
    await phone.fill('12345');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'valid phone number' }).count()).resolves.toBe(1);
    await expect(phone.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await phone.fill('13800138000');
    // The phone screen never scrolls sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);

    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith(`/api/forms/${formId}/records`) && posts.push(request.url()));
    await page.getByRole('button', { name: 'Submit' }).dblclick();
    await page.getByRole('heading', { name: 'Submitted' }).waitFor();
    expect(posts).toHaveLength(1);

    await page.getByRole('link', { name: 'My data' }).first().click();
    await page.getByRole('cell', { name: 'ACME Ltd', exact: true }).waitFor();
    await expect(page.getByRole('cell', { name: 'Bob Corp', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('row', { name: /ACME Ltd/ }).getByRole('link', { name: 'View' }).click();
    await expect(page.getByRole('textbox', { name: 'Customer' }).inputValue()).resolves.toBe('ACME Ltd');

    await page.goto(`${server.url}/records/${colleagueRecordId}?lang=en`);
    await page.getByRole('alert').filter({ hasText: 'does not exist or you may not open it' }).waitFor();
    await context.close();
  });

  it.each([
    ['en', { username: 'Username', password: 'Password', submit: 'Log in', menu: 'Account and language', logOut: 'Log out' }, 'Fill in', 'Submit', 'Submitted', 'Visits must be a whole number'],
    ['zh-CN', { username: '用户名', password: '密码', submit: '登录', menu: '账户与语言', logOut: '退出登录' }, '填写', '提交', '提交成功', '「Visits」必须是整数'],
  ] as const)('in %s on a touch phone: keeps every digit typed right after a pick in a select, and refuses 2.5 in a whole number', async (lang, labels, fillIn, submit, submitted, wholeNumber) => {
    const admin = await apiAs(server.url, server.admin.username, server.admin.password);
    // A title of its own on each attempt: a retried journey must not find two links of one name.
    const title = `Quick visit ${lang} ${String((phoneForms += 1))}`;
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: `Phone ${lang}` });
    const created = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, {
      schema: {
        kind: 'form',
        schemaVersion: 1,
        title,
        fields: [
          { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }] },
          { id: 'f_visits', type: 'number', label: 'Visits', precision: 0 },
        ],
      },
    });
    await admin('POST', `/api/forms/${created.id}/publish`, {}, { 'If-Match': `"${created.draftRevision}"` });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=${lang}`);
    await logIn(page, 'alice', labels);
    await page.getByRole('link', { name: `${fillIn} ${title}` }).tap();
    // The header takes one line on a phone, and the page does not scroll sideways: the language
    // and "Log out" wait behind the account menu's button.
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? 0).toBeLessThanOrEqual(56);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const menu = page.getByRole('button', { name: labels.menu });
    await menu.tap();
    await page.getByRole('button', { name: labels.logOut }).waitFor();
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.getByRole('button', { name: labels.logOut }).isVisible()).resolves.toBe(false);
    const visits = page.getByRole('textbox', { name: 'Visits' });
    for (const [option, digits] of [['Lead', '12'], ['Won', '345']] as const) {
      await page.getByRole('combobox', { name: 'Stage' }).tap();
      await page.getByRole('option', { name: option }).tap();
      await visits.tap();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await visits.pressSequentially(digits);
      // The digits were gone for about a second: every frame of the next 1.5 s must show them.
      const seen = await visits.evaluate(
        (element: HTMLInputElement) =>
          new Promise<string[]>((resolve) => {
            const values = new Set<string>();
            const end = performance.now() + 1500;
            const sample = (): void => {
              values.add(element.isConnected ? element.value : '(replaced)');
              if (performance.now() < end) requestAnimationFrame(sample);
              else resolve([...values]);
            };
            sample();
          }),
      );
      expect(seen).toEqual([digits]);
      await expect(visits.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    }

    // A whole number refuses 2.5 with the field's message, and nothing is sent until it is fixed.
    await visits.tap();
    await page.keyboard.press('Control+A');
    await visits.pressSequentially('2.5');
    await page.getByRole('combobox', { name: 'Stage' }).tap();
    await page.getByRole('option', { name: 'Won' }).tap();
    await page.getByText(wholeNumber).waitFor();
    await expect(visits.inputValue()).resolves.toBe('2.5');
    await page.getByRole('button', { name: submit }).tap();
    await expect(visits.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(admin<{ items: unknown[] }>('GET', `/api/forms/${created.id}/records`).then((page) => page.items)).resolves.toEqual([]);
    await page.keyboard.press('Control+A');
    await visits.pressSequentially('3');
    await page.getByRole('button', { name: submit }).tap();
    await page.getByRole('heading', { name: submitted }).waitFor();
    const records = await admin<{ items: { data: Record<string, unknown> }[] }>('GET', `/api/forms/${created.id}/records`);
    expect(records.items.map((record) => record.data)).toEqual([{ f_stage: 'won', f_visits: 3 }]);
    await context.close();
  });

  it("shows a manager the team's records, exports them and imports more", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=zh-CN`);
    await logIn(page, 'mgr', { username: '用户名', password: '密码', submit: '登录' });
    await page.getByRole('link', { name: '数据 Visit report' }).click();
    await page.getByRole('cell', { name: 'ACME Ltd', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Bob Corp', exact: true }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 CSV' }).click()]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv).toContain('ACME Ltd');
    expect(csv).toContain('Bob Corp');

    // Excel, read as a manager's spreadsheet would: columns by label, a line per subform row under
    // the record's own cells, times in the server's zone (Asia/Shanghai, stated) and the file named
    // after that day — in the app's language (中文), not the browser's (en-US): a download carries
    // no header of the app's, and its system columns came back in English.
    const [workbookDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
    expect(workbookDownload.suggestedFilename()).toMatch(/^Visit report-\d{8}\.xlsx$/);
    const sheet = await readFirstSheet(await workbookDownload.path());
    const header = sheet[0] ?? [];
    expect(header.slice(0, 9)).toEqual(['Customer', 'Phone', 'Kind', 'Previous contract', 'Items · Product', 'Items · Qty', 'Items · Price', 'Items · Amount', 'Total']);
    expect(header.slice(9)).toEqual(['记录ID', '提交人', '提交时间 (Asia/Shanghai, UTC+08:00)', '更新时间 (Asia/Shanghai, UTC+08:00)']);
    const acme = sheet.findIndex((row) => row[0] === 'ACME Ltd');
    expect(sheet.slice(acme, acme + 2).map((row) => row.slice(0, 9))).toEqual([
      ['ACME Ltd', '13800138000', 'Renewal', 'C-2023-001', 'CRM seats', 3, 100, 300, 351],
      [null, null, null, null, null, 2, 25.5, 51, null],
    ]);
    const submittedAt = sheet[acme]?.[header.indexOf('提交时间 (Asia/Shanghai, UTC+08:00)')];
    expect(workbookDownload.suggestedFilename()).toBe(`Visit report-${String(submittedAt).slice(0, 10).replaceAll('-', '')}.xlsx`);
    expect(sheet.filter((row) => row[0] === 'Bob Corp')).toHaveLength(1);

    // Import: a checked file lists its bad rows and imports nothing; a good one goes in.
    await page.getByRole('button', { name: '导入' }).click();
    const file = page.getByLabel('CSV 或 Excel 文件');
    await file.setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: Buffer.from('Customer,Phone\nGood Co,13800138000\n,13900139000\n') });
    await page.getByRole('button', { name: '检查文件' }).click();
    const problems = page.getByRole('alert').filter({ hasText: '未导入任何数据' });
    await problems.waitFor();
    await expect(problems.getByRole('cell', { name: '3', exact: true }).count()).resolves.toBe(1);
    await file.setInputFiles({ name: 'visits.csv', mimeType: 'text/csv', buffer: Buffer.from('Customer,Phone\nGood Co,13800138000\n') });
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText('已导入 1 条记录。').waitFor();
    await page.getByRole('cell', { name: 'Good Co', exact: true }).waitFor();
    await context.close();
  });

  it('asks why before a target changes, and keeps the reason in the history (zh-CN)', async () => {
    const admin = await apiAs(server.url, server.admin.username, server.admin.password);
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Targets' });
    const targets = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, {
      schema: {
        kind: 'form',
        schemaVersion: 1,
        title: 'Monthly target',
        fields: [
          { id: 'f_rep', type: 'text', label: 'Rep', required: true },
          { id: 'f_target', type: 'money', label: 'Target' },
        ],
        settings: { changeReason: 'required', access: { rows: { manager: 'all' } } },
      },
    });
    await admin('POST', `/api/forms/${targets.id}/publish`, {}, { 'If-Match': `"${targets.draftRevision}"` });
    const target = await admin<{ id: string }>('POST', `/api/forms/${targets.id}/records`, { data: { f_rep: 'Alice', f_target: 500000 } });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=zh-CN`);
    await logIn(page, server.admin.username, { username: '用户名', password: '密码', submit: '登录' }, server.admin.password);
    await page.getByRole('heading', { name: '我的应用' }).waitFor();
    await page.goto(`${server.url}/records/${target.id}?lang=zh-CN`);
    await page.getByRole('button', { name: '编辑' }).click();
    await page.getByRole('textbox', { name: 'Target' }).fill('450000');
    await page.getByRole('button', { name: '保存' }).click();
    const reason = page.getByRole('textbox', { name: '修改原因' });
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await expect(reason.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await reason.fill('新人首月，目标下调 10%');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('原因：新人首月，目标下调 10%').waitFor();
    const history = await admin<{ items: { action: string; reason: string | null }[] }>('GET', `/api/records/${target.id}/history`);
    expect(history.items.map((entry) => [entry.action, entry.reason])).toEqual([
      ['create', null],
      ['update', '新人首月，目标下调 10%'],
    ]);
    await context.close();
  });

  it('imports a file of thousands of rows, checked in a worker thread of the built server, all or nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await logIn(page, 'mgr', { username: 'Username', password: 'Password', submit: 'Log in' });
    await page.getByRole('link', { name: 'Data Visit report' }).click();
    await page.getByRole('cell', { name: 'Bob Corp', exact: true }).waitFor();
    const before = (await page.getByText(/^\d+ record\(s\)$/).textContent()) ?? '';

    // Over 256 KiB: checked by the import worker while the request writes.
    const rows = Array.from({ length: 8000 }, (_, index) => `Imported customer ${String(index).padStart(5, '0')} Trading Co.,139${String(index).padStart(8, '0')}`);
    const badRows = [...rows];
    badRows[7000] = ',13900000000'; // sheet row 7002: no customer
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const file = page.getByLabel('CSV or Excel file');
    await file.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(['Customer,Phone', ...badRows].join('\r\n')) });
    await page.getByRole('button', { name: 'Import', exact: true }).last().click();
    const problems = page.getByRole('alert').filter({ hasText: 'nothing was imported' });
    await problems.waitFor();
    await expect(problems.getByRole('cell', { name: '7002', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByText(before).count()).resolves.toBe(1);

    await file.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(['Customer,Phone', ...rows].join('\r\n')) });
    await page.getByRole('button', { name: 'Import', exact: true }).last().click();
    await page.getByText('8000 record(s) imported.').waitFor();
    expect(server.output()).toMatch(/import: 8000 records into form \S+ by mgr in \d+ ms \(checked in a worker thread\)/);
    await page.getByText(`${String(Number.parseInt(before, 10) + 8000)} record(s)`).waitFor();
    await context.close();
  });
});
