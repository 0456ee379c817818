import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { pointerDrag } from './support/pointerDrag.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The admin builds a dashboard in the designer (#14), by role and accessible name, in both
// languages: a funnel dragged from the palette onto the grid, revenue by month, a leaderboard and
// a gauge added from the palette and set up with the pickers, the gauge moved by keyboard, then
// moved and resized with the pointer, a
// live preview of the draft on the stored deals, then published and that version viewed read
// only; the app's /dashboards/:id shows the four widgets with the figures of the seeded deals.

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

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    dashboardTitle: 'Dashboard title',
    newDashboard: 'New dashboard',
    grid: 'Dashboard grid (12 columns)',
    add: (type: string) => `Add ${type}`,
    types: { funnel: 'Funnel', bar: 'Bar chart', leaderboard: 'Leaderboard', gauge: 'Gauge' },
    funnelPlace: 'column 3 row 1, 4 wide 4 high',
    settings: 'Widget settings',
    title: 'Title',
    stageField: 'Stage field',
    stage: (name: string) => `Include stage “${name}”`,
    groupBy: 'Group by',
    bucket: 'Time bucket',
    month: 'Month',
    measure: 'Measure',
    sum: 'Sum',
    target: 'Target',
    moved: /^“Target” moved to column \d+, row \d+$/,
    refreshPreview: 'Refresh preview',
    preview: 'Live preview',
    publish: 'Publish',
    published: 'Published as version 1',
    leaderboardSize: 'People ranked (empty: 10)',
    versions: 'Versions',
    viewVersion: 'View version 1',
    versionWidgets: 'Widgets of version 1',
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    dashboardTitle: '仪表盘名称',
    newDashboard: '新建仪表盘',
    grid: '仪表盘网格（12 列）',
    add: (type: string) => `添加${type}`,
    types: { funnel: '漏斗图', bar: '柱状图', leaderboard: '排行榜', gauge: '仪表盘目标' },
    funnelPlace: '第 3 列第 1 行，宽 4 高 4',
    settings: '组件设置',
    title: '标题',
    stageField: '阶段字段',
    stage: (name: string) => `包含阶段“${name}”`,
    groupBy: '分组字段',
    bucket: '时间粒度',
    month: '按月',
    measure: '统计方式',
    sum: '求和',
    target: '目标值',
    moved: /^“Target”移到第 \d+ 列第 \d+ 行$/,
    refreshPreview: '刷新预览',
    preview: '实时预览',
    publish: '发布',
    published: '已发布为第 1 版',
    leaderboardSize: '上榜人数（留空为 10）',
    versions: '版本',
    viewVersion: '查看第 1 版',
    versionWidgets: '第 1 版的组件',
  },
} as const;

describe('an admin builds a dashboard in the designer and the app shows it (#14)', () => {
  let server: RunningServer;
  let browser: Browser;
  let appId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
    appId = app.id;
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: deals });
    await admin('POST', `/api/forms/${form.id}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
    for (const data of [
      { f_customer: 'Early East', f_amount: 100, f_stage: 'lead', f_closed: '2026-02-10' },
      { f_customer: 'Acme East', f_amount: 300, f_stage: 'won', f_closed: '2026-03-05' },
      { f_customer: 'Borel South', f_amount: 700, f_stage: 'quote', f_closed: '2026-03-12' },
    ]) {
      await admin('POST', `/api/forms/${form.id}/records`, { data });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(['en', 'zh-CN'] as const)('in %s: drag, pick, preview, publish, and read it in the app', async (lang) => {
    const w = words[lang];
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${server.url}/designer/?lang=${lang}`);
      await page.getByLabel(w.username).fill(server.admin.username);
      await page.getByLabel(w.password).fill(server.admin.password);
      await page.getByRole('button', { name: w.signIn }).click();
      await page.goto(`${server.url}/designer/?lang=${lang}#/apps/${appId}`);
      await page.getByLabel(w.dashboardTitle, { exact: true }).fill(`Sales morning ${lang}`);
      await page.getByRole('button', { name: w.newDashboard }).click();
      await page.waitForURL(/#\/apps\/[^/]+\/dashboards\/[^/]+$/);
      const dashboardId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');

      // The funnel, dragged from the palette onto the grid.
      const grid = page.getByRole('region', { name: w.grid });
      await grid.waitFor();
      const source = await page.getByRole('button', { name: w.add(w.types.funnel) }).boundingBox();
      const target = await grid.locator('.fw-dash-grid').boundingBox();
      if (!source || !target) throw new Error('palette or grid not on screen');
      // Let go over the third column of the first row: the funnel's top left cell is that one.
      const column = (target.width + 8) / 12;
      await pointerDrag(page, { x: source.x + 20, y: source.y + source.height / 2 }, { x: target.x + 2.5 * column, y: target.y + 20 });
      await expect(grid.getByRole('button', { name: new RegExp(`^${w.types.funnel} `) }).textContent()).resolves.toContain(w.funnelPlace);
      const settings = page.getByRole('region', { name: w.settings });
      const retitle = async (title: string) => {
        const input = settings.getByLabel(w.title, { exact: true });
        await input.fill(title);
        await input.press('Enter');
        await grid.getByRole('button', { name: new RegExp(`^${title} `) }).waitFor();
      };
      await retitle('Pipeline');
      await settings.getByRole('combobox', { name: w.stageField }).selectOption({ label: 'Stage' });
      for (const stage of ['Lead', 'Quote', 'Won']) await settings.getByRole('checkbox', { name: w.stage(stage) }).check();

      // Revenue by month: a bar chart of the sum of Amount by the month closed.
      await page.getByRole('button', { name: w.add(w.types.bar) }).click();
      await retitle('Revenue by month');
      await settings.getByRole('combobox', { name: w.groupBy }).selectOption({ label: 'Closed on' });
      await expect(settings.getByRole('combobox', { name: w.bucket }).inputValue()).resolves.toBe('month');
      await settings.getByRole('combobox', { name: w.measure }).selectOption({ label: w.sum });

      await page.getByRole('button', { name: w.add(w.types.leaderboard) }).click();
      await retitle('Top reps');
      await settings.getByRole('combobox', { name: w.measure }).selectOption({ label: w.sum });
      const size = settings.getByRole('spinbutton', { name: w.leaderboardSize });
      await size.fill('3');
      await size.press('Enter');

      await page.getByRole('button', { name: w.add(w.types.gauge) }).click();
      await retitle('Target');
      await settings.getByRole('combobox', { name: w.measure }).selectOption({ label: w.sum });
      const goal = settings.getByRole('spinbutton', { name: w.target });
      await goal.fill('2000');
      await goal.press('Enter');

      // One step right by keyboard, announced.
      const gauge = grid.getByRole('button', { name: /^Target / });
      const before = await gauge.boundingBox();
      await gauge.focus();
      await page.keyboard.press('ArrowRight');
      await page.getByText(w.moved).waitFor({ state: 'attached' });
      const after = await gauge.boundingBox();
      expect((after?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(20);

      // With the pointer: the gauge dragged two rows down, then its corner one row taller.
      const card = grid.locator('.fw-dash-widget', { has: page.getByRole('button', { name: /^Target / }) });
      // The button's text names the place and size (for screen readers): it changes with a drop.
      const place = async () => (await gauge.textContent()) ?? '';
      const rowOf = (text: string) => Number((/row (\d+)/.exec(text) ?? /列第 (\d+) 行/.exec(text))?.[1]);
      const placed = await place();
      const row = 56 + 8;
      // In the middle of the window: a drag near its edge scrolls the page, and the distance with it.
      await gauge.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const box = await gauge.boundingBox();
      if (!box) throw new Error('gauge not on screen');
      await pointerDrag(page, { x: box.x + 20, y: box.y + 10 }, { x: box.x + 20, y: box.y + 10 + 2 * row });
      await expect.poll(place).not.toBe(placed);
      expect(rowOf(await place()) - rowOf(placed)).toBe(2);
      await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const moved = await card.boundingBox();
      const corner = await card.locator('.fw-dash-widget__resize').boundingBox();
      if (!corner || !moved) throw new Error('resize corner not on screen');
      await pointerDrag(page, { x: corner.x + 8, y: corner.y + 8 }, { x: corner.x + 8, y: corner.y + 8 + row });
      await expect.poll(async () => Math.round(((await card.boundingBox())?.height ?? 0) - moved.height)).toBe(row);

      // The live preview draws the saved draft with the server's figures: March is 300 + 700.
      await page.getByRole('button', { name: w.refreshPreview }).click();
      const preview = page.getByRole('region', { name: w.preview });
      const revenueTable = preview.getByRole('region', { name: 'Revenue by month' }).locator('table');
      // When no table comes, the failure says what the pane and the page's alerts showed instead.
      await revenueTable.waitFor({ state: 'attached', timeout: 20_000 }).catch(async (error: unknown) => {
        const alerts = await page.getByRole('alert').allInnerTexts();
        throw new Error(`the preview drew no “Revenue by month” table; the pane read: ${await preview.innerText()} — alerts: ${alerts.join(' | ')}`, { cause: error });
      });
      await expect(revenueTable.innerText()).resolves.toContain('1,000');
      await checkAccessibility(page, `dashboard designer, ${lang}`);

      await page.getByRole('button', { name: w.publish, exact: true }).click();
      await page.getByText(w.published).waitFor();
      // The published version opens read only from the versions dialog.
      await page.getByRole('button', { name: w.versions, exact: true }).click();
      const versions = page.getByRole('dialog', { name: w.versions });
      await versions.getByRole('button', { name: w.viewVersion }).click();
      await expect(versions.getByRole('list', { name: w.versionWidgets }).innerText()).resolves.toContain('“Top reps”');
      await page.keyboard.press('Escape');

      // The app shows what was published.
      await page.goto(`${server.url}/dashboards/${encodeURIComponent(dashboardId)}?lang=${lang}`);
      for (const title of ['Pipeline', 'Revenue by month', 'Top reps', 'Target']) await page.getByRole('region', { name: title }).waitFor({ timeout: 20_000 });
      const revenue = page.getByRole('region', { name: 'Revenue by month' });
      await expect(revenue.locator('table').innerText()).resolves.toContain('1,000');
      await expect(page.getByRole('region', { name: 'Pipeline' }).locator('table').innerText()).resolves.toMatch(/Lead|线索|lead/i);
      await checkAccessibility(page, `published dashboard, ${lang}`);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
