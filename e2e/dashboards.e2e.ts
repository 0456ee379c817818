import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// A manager's morning dashboard (issue #14), in both languages: created and published through the
// API (a funnel, revenue by month, a leaderboard and a gauge over one deals form, filtered by
// department and period); the manager signs in, opens it from the home page, narrows it to 华东,
// presses March in the revenue chart's table and lands on the deals list narrowed to 华东's March
// deals; then the same dashboard on a 360 px phone, with no sideways scroll and no axe violation.

const deals = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_amount', type: 'money', label: 'Amount', precision: 2 },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'quote', label: 'Quote' }, { value: 'won', label: 'Won' }] },
    { id: 'f_closed', type: 'date', label: 'Closed on' },
  ],
};

function dashboardOf(formId: string) {
  const everyWidget = (field: string) => ({ funnel: field, revenue: field, leaders: field, target: field });
  return {
    kind: 'dashboard',
    schemaVersion: 1,
    title: 'Sales morning',
    widgets: [
      { id: 'funnel', type: 'funnel', title: 'Pipeline', query: { formId, groupBy: [{ field: 'f_stage' }] }, layout: { x: 0, y: 0, w: 4, h: 4 }, stages: ['lead', 'quote', 'won'] },
      {
        id: 'revenue',
        type: 'bar',
        title: 'Revenue by month',
        query: { formId, groupBy: [{ field: 'f_closed', bucket: 'month' }], measures: [{ id: 'sum', op: 'sum', field: 'f_amount', label: 'Amount' }] },
        layout: { x: 4, y: 0, w: 8, h: 4 },
      },
      { id: 'leaders', type: 'leaderboard', title: 'Top reps', query: { formId, groupBy: [{ field: '_createdBy' }], measures: [{ id: 'sum', op: 'sum', field: 'f_amount' }] }, layout: { x: 0, y: 4, w: 6, h: 4 } },
      { id: 'target', type: 'gauge', title: 'Target', query: { formId, measures: [{ id: 'sum', op: 'sum', field: 'f_amount' }] }, layout: { x: 6, y: 4, w: 6, h: 4 }, target: 2000 },
    ],
    filters: [
      { id: 'dept', label: 'Department', kind: 'department', bindings: everyWidget('_ownerDepartment') },
      { id: 'period', label: 'Period', kind: 'dateRange', bindings: everyWidget('f_closed') },
    ],
  };
}

const words = {
  en: { username: 'Username', password: 'Password', logIn: 'Log in', open: 'Open dashboard Sales morning', data: 'Deals', from: 'From' },
  'zh-CN': { username: '用户名', password: '密码', logIn: '登录', open: '打开仪表盘 Sales morning', data: 'Deals', from: '开始日期' },
} as const;

const manager = { username: 'wangfang', password: 'Manager-password-2026', name: 'Wang Fang' };
const reps = [
  { username: 'lilei', password: 'Rep-password-2026-a', name: 'Li Lei', department: 'east' },
  { username: 'hanmei', password: 'Rep-password-2026-b', name: 'Han Meimei', department: 'south' },
] as const;

describe('a manager reads the dashboard, narrows it and drills into the data (#14)', () => {
  let server: RunningServer;
  let browser: Browser;
  let dashboardId = '';
  let formId = '';
  let eastId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const sales = await admin<{ id: string }>('POST', '/api/departments', { name: '销售部' });
    const east = await admin<{ id: string }>('POST', '/api/departments', { name: '华东', parentId: sales.id });
    const south = await admin<{ id: string }>('POST', '/api/departments', { name: '华南', parentId: sales.id });
    const boss = await admin<{ id: string }>('POST', '/api/users', { ...manager, role: 'manager', departmentId: sales.id });
    await admin('PATCH', `/api/departments/${sales.id}`, { managerId: boss.id });
    eastId = east.id;
    const departmentOf = { east: east.id, south: south.id };
    for (const rep of reps) await admin('POST', '/api/users', { username: rep.username, password: rep.password, name: rep.name, role: 'member', departmentId: departmentOf[rep.department] });

    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: deals });
    formId = form.id;
    await admin('POST', `/api/forms/${formId}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
    const lilei = await signInToApi(server.url, reps[0].username, reps[0].password);
    const hanmei = await signInToApi(server.url, reps[1].username, reps[1].password);
    await lilei('POST', `/api/forms/${formId}/records`, { data: { f_customer: 'Early East', f_amount: 100, f_stage: 'lead', f_closed: '2026-02-10' } });
    await lilei('POST', `/api/forms/${formId}/records`, { data: { f_customer: 'Acme East', f_amount: 300, f_stage: 'won', f_closed: '2026-03-05' } });
    await hanmei('POST', `/api/forms/${formId}/records`, { data: { f_customer: 'Borel South', f_amount: 700, f_stage: 'quote', f_closed: '2026-03-12' } });

    const dashboard = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/dashboards`, { schema: dashboardOf(formId) });
    dashboardId = dashboard.id;
    await admin('POST', `/api/dashboards/${dashboardId}/publish`, {}, { 'If-Match': `"${dashboard.draftRevision}"` });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
    const w = words[lang];
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).fill(manager.username);
    await page.getByLabel(w.password).fill(manager.password);
    await page.getByRole('button', { name: w.logIn, exact: true }).click();
  }

  it.each(['en', 'zh-CN'] as const)('in %s: filter by department, press March, land on the filtered data list', async (lang) => {
    const w = words[lang];
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await signIn(page, lang);
      await page.getByRole('link', { name: w.open }).click();
      await page.waitForURL(`**/dashboards/${dashboardId}`);
      const revenue = page.getByRole('region', { name: 'Revenue by month' });
      // Both departments' March (300 + 700) before the filter.
      await expect(revenue.locator('table').innerText({ timeout: 20_000 })).resolves.toContain('1,000');
      const answered = page.waitForResponse((response) => response.url().endsWith(`/api/dashboards/${dashboardId}/data`) && response.request().method() === 'POST');
      await page.getByRole('combobox', { name: 'Department' }).selectOption(eastId);
      const body = (await (await answered).request().postDataJSON()) as { filters: unknown };
      expect(body.filters).toEqual({ dept: eastId });
      await expect.poll(() => revenue.locator('table').innerText()).not.toContain('1,000');
      expect(new URL(page.url()).searchParams.get('filters')).toContain('dept');
      await page.getByRole('region', { name: 'Target' }).waitFor();
      await page.getByRole('region', { name: 'Top reps' }).waitFor();
      await checkAccessibility(page, `dashboard, 1280 px, ${lang}`);

      // The month's button in the chart's table is what Enter (a click on the bar) drills through.
      const march = revenue.locator('button.fw-data-table__drill').nth(1);
      await march.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/forms/${formId}/data?**`);
      await page.getByText('Acme East').first().waitFor({ timeout: 20_000 });
      await expect(page.getByText('Borel South').count()).resolves.toBe(0);
      await expect(page.getByText('Early East').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(['en', 'zh-CN'] as const)('in %s at 360 px: one column, no sideways scroll', async (lang) => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await signIn(page, lang);
      await page.getByRole('link', { name: words[lang].open }).click();
      const funnel = page.getByRole('region', { name: 'Pipeline' });
      const revenue = page.getByRole('region', { name: 'Revenue by month' });
      await revenue.locator('table').waitFor({ state: 'attached', timeout: 20_000 });
      // Nothing reaches past the window, the header included, and the header keeps to two rows
      // (the name and the tools, then the navigation) in both languages.
      await expect(page.evaluate(() => document.querySelector('main')?.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height ?? 0).toBeLessThanOrEqual(72);
      const [top, below] = [await funnel.boundingBox(), await revenue.boundingBox()];
      // One column: the second widget is under the first, not beside it.
      expect(top !== null && below !== null && below.y >= top.y + top.height && Math.abs(below.x - top.x) < 2).toBe(true);
      await checkAccessibility(page, `dashboard, 360 px, ${lang}`);
    } finally {
      await context.close();
    }
  });
});
