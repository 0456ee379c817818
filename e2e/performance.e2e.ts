import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// My performance and targets (#13), in both languages, for what scoringJourney.e2e.ts does not
// walk: a two-item monthly scheme over a deals form, this month's deals, the month's sheet
// computed and East's target split to its people — all over the API. Once the manager has
// confirmed East's sheet, recomputing it asks why (a blank reason is refused) and the new sheet
// waits for a confirmation again; then both pages on a 360 px phone, with no sideways scroll —
// and an admin setting the targets' change limit there.
// Reading a score, confirming, the leaderboard and target progress at desktop width are the
// journey's.

const deals = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_owner', type: 'member', label: 'Owner' },
    { id: 'f_amount', type: 'money', label: 'Amount', precision: 2 },
    { id: 'f_closed', type: 'date', label: 'Closed on' },
  ],
  settings: { access: { rows: { member: 'all' } } },
};

function schemeOf(formId: string, eastId: string) {
  const source = (aggregate: 'sum' | 'count') => ({ kind: 'aggregate', formId, aggregate, ...(aggregate === 'sum' ? { field: 'f_amount' } : {}), personField: 'f_owner', dateField: 'f_closed' });
  return {
    kind: 'scoring',
    schemaVersion: 2,
    title: 'Monthly sales',
    period: 'month',
    precision: 1,
    appliesTo: { departments: [eastId] },
    items: [
      { id: 'k_sales', name: 'Sales', weight: 60, source: source('sum'), target: { kind: 'fixed', value: 1000 }, method: { kind: 'ratio', cap: 120 } },
      { id: 'k_deals', name: 'Deals', weight: 40, source: source('count'), target: { kind: 'fixed', value: 2 }, method: { kind: 'ratio' } },
    ],
    bands: [{ grade: 'A', min: 80 }, { grade: 'B', min: 0 }],
  };
}

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    logIn: 'Log in',
    open: 'My performance in Sales',
    targets: 'Targets in Sales',
    total: '88 points',
    teamSheet: 'Team sheet',
    confirm: 'Confirm 华东',
    confirmed: 'Confirmed by Wang Fang on',
    recompute: 'Recompute',
    reason: 'Reason for recomputing (required once confirmed)',
    reasonRequired: 'This sheet has been confirmed: give a reason for recomputing it.',
    leaderboard: 'Leaderboard',
    progress: "Li Lei's progress",
    limitHeading: 'Target change limit',
    limited: 'A set number of times',
    limitCount: 'Changes allowed per period',
    saveLimit: 'Save the change limit',
    limitSaved: "Each of this app's targets may change at most 3 time(s) in its period.",
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    logIn: '登录',
    open: 'Sales · 我的绩效',
    targets: 'Sales · 目标',
    total: '88 分',
    teamSheet: '团队考核表',
    confirm: '确认 华东',
    confirmed: 'Wang Fang 已于',
    recompute: '重新计算',
    reason: '重新计算的原因（已确认的结果须填写）',
    reasonRequired: '该期结果已确认，请填写重新计算的原因。',
    leaderboard: '排行榜',
    progress: 'Li Lei 的完成进度',
    limitHeading: '目标调整限制',
    limited: '限定次数',
    limitCount: '每个周期最多调整次数',
    saveLimit: '保存调整限制',
    limitSaved: '本应用的每个目标在其周期内最多调整 3 次。',
  },
} as const;

const manager = { username: 'wangfang', password: 'Manager-password-2026', name: 'Wang Fang' };
const reps = [
  { username: 'lilei', password: 'Rep-password-2026-a', name: 'Li Lei' },
  { username: 'hanmei', password: 'Rep-password-2026-b', name: 'Han Meimei' },
] as const;

describe('a confirmed sheet recomputed only with a reason, and both pages on a phone (#13)', () => {
  let server: RunningServer;
  let browser: Browser;
  let schemeId = '';
  let eastId = '';
  // The server and the browsers both keep UTC, so "this month" is the same month for both.
  const month = new Date().toISOString().slice(0, 7);

  beforeAll(async () => {
    server = await startServer({ env: { FORMWORK_TIME_ZONE: 'UTC' } });
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const hq = await admin<{ id: string }>('POST', '/api/departments', { name: '总部' });
    const east = await admin<{ id: string }>('POST', '/api/departments', { name: '华东' });
    eastId = east.id;
    // The manager sits at head office: they manage East without being scored in it.
    const boss = await admin<{ id: string }>('POST', '/api/users', { ...manager, role: 'manager', departmentId: hq.id });
    await admin('PATCH', `/api/departments/${east.id}`, { managerId: boss.id });
    const ids: string[] = [];
    for (const rep of reps) ids.push((await admin<{ id: string }>('POST', '/api/users', { ...rep, role: 'member', departmentId: east.id })).id);

    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: deals });
    await admin('POST', `/api/forms/${form.id}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
    // Li Lei: 800 of 1,000 (48 of 60) and 2 of 2 deals (40 of 40) = 88; Han Meimei: 300 and 1 deal = 18 + 20 = 38.
    const deal = (owner: string, amount: number) => admin('POST', `/api/forms/${form.id}/records`, { data: { f_owner: owner, f_amount: amount, f_closed: `${month}-01` } });
    await deal(ids[0] ?? '', 400);
    await deal(ids[0] ?? '', 400);
    await deal(ids[1] ?? '', 300);

    const scheme = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/scorings`, { schema: schemeOf(form.id, east.id) });
    await admin('POST', `/api/scorings/${scheme.id}/publish`, {}, { 'If-Match': `"${scheme.draftRevision}"` });
    await admin('POST', `/api/scorings/${scheme.id}/runs`, { period: month });
    schemeId = scheme.id;
    await admin('POST', `/api/apps/${app.id}/targets/decompose`, { root: { period: month, amount: 1000, metric: 'k_sales', department: east.id }, org: { to: 'person', method: 'even' }, dryRun: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(context: BrowserContext, who: { readonly username: string; readonly password: string }, lang: 'en' | 'zh-CN'): Promise<Page> {
    const w = words[lang];
    const page = await context.newPage();
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).fill(who.username);
    await page.getByLabel(w.password).fill(who.password);
    await page.getByRole('button', { name: w.logIn, exact: true }).click();
    return page;
  }

  const desktop = () => browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });

  it.each(['en', 'zh-CN'] as const)('in %s: a confirmed sheet is recomputed only with a reason, and waits for a confirmation again', async (lang) => {
    const w = words[lang];
    // East's current sheet (the setup's, or the one English recomputed) confirmed by its manager.
    const boss = await signInToApi(server.url, manager.username, manager.password);
    // A retried attempt may find it confirmed already (409).
    await boss('POST', `/api/scorings/${schemeId}/runs/${month}/confirm`, { subject: 'team', id: eastId }).catch((error: unknown) => {
      if (!String(error).includes('→ 409')) throw error;
    });
    const context = await desktop();
    try {
      const page = await signIn(context, manager, lang);
      await page.getByRole('link', { name: w.open }).click();
      const sheet = page.locator('section', { has: page.getByRole('heading', { level: 2, name: w.teamSheet }) });
      await sheet.getByText(w.confirmed).waitFor({ timeout: 20_000 });
      await expect(sheet.getByRole('button', { name: w.confirm }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: w.recompute }).click();
      const reason = page.getByLabel(w.reason);
      await page.getByRole('button', { name: w.recompute }).click();
      await page.getByRole('alert').filter({ hasText: w.reasonRequired }).waitFor();
      await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
      await checkAccessibility(page, `my performance, a recomputation asking why, ${lang}`);
      await reason.fill('补录了一笔合同');
      const recomputed = page.waitForResponse((response) => response.url().endsWith('/runs') && response.request().method() === 'POST');
      await page.getByRole('button', { name: w.recompute }).click();
      expect((await recomputed).status()).toBe(201);
      // The new sheet is nobody's confirmed one yet.
      await sheet.getByRole('button', { name: w.confirm }).waitFor();
      await expect(sheet.getByText(w.confirmed).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });

  it.each(['en', 'zh-CN'] as const)('in %s at 360 px: neither page scrolls sideways, and axe finds nothing', async (lang) => {
    const w = words[lang];
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, timezoneId: 'UTC' });
    try {
      const page = await signIn(context, manager, lang);
      await page.getByRole('link', { name: w.open }).click();
      await page.getByRole('table', { name: w.leaderboard }).waitFor({ timeout: 20_000 });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await checkAccessibility(page, `my performance, manager, 360 px, ${lang}`);
      await page.goto(`${server.url}/?lang=${lang}`);
      await page.getByRole('link', { name: w.targets }).click();
      await page.getByRole('table').getByRole('progressbar', { name: w.progress }).waitFor({ timeout: 20_000 });
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await checkAccessibility(page, `targets, manager, 360 px, ${lang}`);

      // The rep's own sheet: item cards and the trend table, narrower still.
      await context.clearCookies();
      const rep = await signIn(context, reps[0], lang);
      await rep.getByRole('link', { name: w.open }).click();
      await rep.getByText(w.total, { exact: true }).waitFor({ timeout: 20_000 });
      await expect(rep.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await checkAccessibility(rep, `my performance, rep, 360 px, ${lang}`);

      // An admin sets how often a target may change in its period, on the targets page.
      await context.clearCookies();
      const admin = await signIn(context, server.admin, lang);
      await admin.getByRole('link', { name: w.targets }).click();
      const limit = admin.locator('section', { has: admin.getByRole('heading', { level: 2, name: w.limitHeading }) });
      await limit.getByRole('radio', { name: w.limited }).check({ timeout: 20_000 });
      await limit.getByRole('spinbutton', { name: w.limitCount }).fill('3');
      await limit.getByRole('button', { name: w.saveLimit }).click();
      await limit.getByText(w.limitSaved).waitFor();
      await expect(admin.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
      await checkAccessibility(admin, `targets, admin with the change limit, 360 px, ${lang}`);
    } finally {
      await context.close();
    }
  });
});
