import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The admin builds a four-item scoring scheme in the designer (#13), by role and accessible name,
// in both languages: signed amount against a fixed 1,000,000 with a 120 % cap, visits against 20,
// satisfaction as a direct percentage, and a manager's grade from an assessment form, weighing
// 40/30/20/10; the weights add up to 100; the preview of November computes Li Lei's sheet from the
// seeded records (36 + 22.5 + 17 + 8 = 83.5) with the signed amount's explanation; then publishes.
// Each language works in its own app: schemes are per app, and two schemes for everyone in one
// app would claim Li Lei equally.

const rep = { username: 'lilei', password: 'Rep-password-2026-a', name: 'Li Lei' };

const form = (title: string, fields: readonly object[]) => ({ kind: 'form', schemaVersion: 1, title, fields });
const person = { id: 'f_rep', type: 'member', label: 'Rep' };
const forms = {
  contracts: form('Contracts', [person, { id: 'f_signed', type: 'date', label: 'Signed on' }, { id: 'f_amount', type: 'money', label: 'Amount' }]),
  visits: form('Visits', [person, { id: 'f_date', type: 'date', label: 'Visited on' }]),
  surveys: form('Surveys', [person, { id: 'f_date', type: 'date', label: 'Answered on' }, { id: 'f_score', type: 'number', label: 'Score' }]),
  reviews: form('Reviews', [person, { id: 'f_period', type: 'text', label: 'Period' }, { id: 'f_grade', type: 'text', label: 'Grade' }]),
};

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    newScheme: 'New scoring scheme',
    schemeTitle: 'Scheme title',
    addItem: 'Add a KPI item',
    item: (name: string) => `Item "${name}"`,
    newItem: (n: number) => `KPI item ${String(n)}`,
    name: 'Name',
    weight: (name: string) => `Weight of item "${name}"`,
    items: ['Signed amount', 'Visits', 'Satisfaction', 'Teamwork'],
    source: 'Source',
    form: 'Form',
    aggregate: 'Aggregate',
    field: 'Field aggregated',
    personField: 'Person field (whose record it is)',
    dateField: 'Date field (which period it falls in)',
    periodField: 'Period field',
    gradeField: 'Score or grade field',
    target: 'Target',
    targetValue: 'Target value',
    method: 'Scoring method',
    cap: 'Cap (%, e.g. 120)',
    sum: 'Weights add up to 100',
    period: 'Period to compute',
    compute: 'Compute',
    sheet: 'Li Lei: 83.5 points',
    explanation: 'Signed amount 900,000 ÷ target 1,000,000 = 90% × weight 40 = 36 points',
    grade: 'Good',
    publish: 'Publish',
    published: 'Published as version 1',
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    newScheme: '新建考核方案',
    schemeTitle: '方案名称',
    addItem: '添加考核项',
    item: (name: string) => `考核项“${name}”`,
    newItem: (n: number) => `考核项 ${String(n)}`,
    name: '名称',
    weight: (name: string) => `考核项“${name}”的权重`,
    items: ['签约金额', '拜访次数', '客户满意度', '团队协作'],
    source: '数据来源',
    form: '表单',
    aggregate: '汇总方式',
    field: '汇总字段',
    personField: '人员字段（记录归属谁）',
    dateField: '日期字段（记录属于哪一期）',
    periodField: '期间字段',
    gradeField: '评分或等级字段',
    target: '目标',
    targetValue: '目标值',
    method: '计分方式',
    cap: '封顶（%，如 120）',
    sum: '权重合计：100',
    period: '计算期间',
    compute: '计算',
    sheet: 'Li Lei：83.5 分',
    explanation: '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分',
    grade: '良好',
    publish: '发布',
    published: '已发布为第 1 版',
  },
} as const;

type Lang = keyof typeof words;

async function api(url: string, username: string, secret: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: secret }) });
  if (!login.ok) throw new Error(`login ${username} → ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', ...headers }, body: body === undefined ? null : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

/** Types into a labelled input and commits it with Enter, as the designer's settings commit. */
async function enter(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}

describe('an admin builds a scoring scheme in the designer and previews it (#13)', () => {
  let server: RunningServer;
  let browser: Browser;
  const apps: Record<string, { id: string; forms: Record<keyof typeof forms, string> }> = {};

  beforeAll(async () => {
    server = await startServer({ env: { FORMWORK_TIME_ZONE: 'UTC' } });
    browser = await launchBrowser();
    const admin = await api(server.url, server.admin.username, server.admin.password);
    const li = await admin<{ id: string }>('POST', '/api/users', { ...rep, role: 'member' });
    for (const lang of Object.keys(words) as Lang[]) {
      const app = await admin<{ id: string }>('POST', '/api/apps', { name: `Sales ${lang}` });
      const ids = {} as Record<keyof typeof forms, string>;
      for (const [key, schema] of Object.entries(forms) as [keyof typeof forms, object][]) {
        const created = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema });
        await admin('POST', `/api/forms/${created.id}/publish`, {}, { 'If-Match': `"${String(created.draftRevision)}"` });
        ids[key] = created.id;
      }
      const add = (key: keyof typeof forms, data: object) => admin('POST', `/api/forms/${ids[key]}/records`, { data: { f_rep: li.id, ...data } });
      // November: 900,000 signed (and 7,000,000 in December, which does not count), 15 visits, surveys of 80 and 90, graded good.
      await add('contracts', { f_signed: '2026-11-03', f_amount: 500_000 });
      await add('contracts', { f_signed: '2026-11-28', f_amount: 400_000 });
      await add('contracts', { f_signed: '2026-12-01', f_amount: 7_000_000 });
      for (let day = 1; day <= 15; day++) await add('visits', { f_date: `2026-11-${String(day).padStart(2, '0')}` });
      await add('surveys', { f_date: '2026-11-05', f_score: 80 });
      await add('surveys', { f_date: '2026-11-20', f_score: 90 });
      await add('reviews', { f_period: '2026-11', f_grade: words[lang].grade });
      apps[lang] = { id: app.id, forms: ids };
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(Object.keys(words) as Lang[])('in %s: four items weighing 100, a preview with explanations, published', async (lang) => {
    const w = words[lang];
    const app = apps[lang];
    if (!app) throw new Error(`no app for ${lang}`);
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 1000 } });
    const page: Page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`${server.url}/designer/?lang=${lang}`);
      await page.getByLabel(w.username).fill(server.admin.username);
      await page.getByLabel(w.password).fill(server.admin.password);
      await page.getByRole('button', { name: w.signIn }).click();
      await page.goto(`${server.url}/designer/?lang=${lang}#/apps/${app.id}`);
      await page.getByRole('link', { name: w.newScheme }).click();
      await page.waitForURL(/#\/apps\/[^/]+\/scorings\/new$/);
      await enter(page.getByRole('textbox', { name: w.schemeTitle, exact: true }), `KPI ${lang}`);

      /** Adds an item, names it, sets its weight in the list, and returns its panel. */
      const addItem = async (index: number, weight: number): Promise<Locator> => {
        const name = w.items[index] ?? '';
        await page.getByRole('button', { name: w.addItem }).click();
        await enter(page.getByRole('region', { name: w.item(w.newItem(index + 1)) }).getByRole('textbox', { name: w.name, exact: true }), name);
        await enter(page.getByRole('spinbutton', { name: w.weight(name) }), String(weight));
        return page.getByRole('region', { name: w.item(name) });
      };
      const aggregate = async (item: Locator, formId: string, op: string, field: string | null, dateField: string) => {
        await item.getByRole('combobox', { name: w.form, exact: true }).selectOption(formId);
        await item.getByRole('combobox', { name: w.aggregate, exact: true }).selectOption(op);
        if (field !== null) await item.getByRole('combobox', { name: w.field, exact: true }).selectOption(field);
        await item.getByRole('combobox', { name: w.personField, exact: true }).selectOption('f_rep');
        await item.getByRole('combobox', { name: w.dateField, exact: true }).selectOption(dateField);
      };

      // Signed amount: the sum of November's contracts against 1,000,000, capped at 120 %.
      const sales = await addItem(0, 40);
      await aggregate(sales, app.forms.contracts, 'sum', 'f_amount', 'f_signed');
      await enter(sales.getByRole('spinbutton', { name: w.targetValue, exact: true }), '1000000');
      await enter(sales.getByRole('spinbutton', { name: w.cap, exact: true }), '120');

      // Visits: a count of records against 20.
      const visits = await addItem(1, 30);
      await aggregate(visits, app.forms.visits, 'count', null, 'f_date');
      await enter(visits.getByRole('spinbutton', { name: w.targetValue, exact: true }), '20');

      // Satisfaction: the average score, already a percentage, without a target.
      const satisfaction = await addItem(2, 20);
      await aggregate(satisfaction, app.forms.surveys, 'avg', 'f_score', 'f_date');
      await satisfaction.getByRole('combobox', { name: w.target, exact: true }).selectOption('none');
      await satisfaction.getByRole('combobox', { name: w.method, exact: true }).selectOption('percentage');

      // Teamwork: a manager's grade from the reviews form, by the usual grade table.
      const teamwork = await addItem(3, 10);
      await teamwork.getByRole('combobox', { name: w.source, exact: true }).selectOption('manual');
      await teamwork.getByRole('combobox', { name: w.form, exact: true }).selectOption(app.forms.reviews);
      await teamwork.getByRole('combobox', { name: w.personField, exact: true }).selectOption('f_rep');
      await teamwork.getByRole('combobox', { name: w.periodField, exact: true }).selectOption('f_period');
      await teamwork.getByRole('combobox', { name: w.gradeField, exact: true }).selectOption('f_grade');
      await expect(teamwork.getByRole('combobox', { name: w.method, exact: true }).inputValue()).resolves.toBe('grades');

      await page.getByText(w.sum, { exact: true }).waitFor();
      await expect(page.getByRole('list', { name: /problem|问题/ }).count()).resolves.toBe(0);

      // The preview saves the draft (creating the scheme) and computes November from the records.
      await enter(page.getByRole('textbox', { name: w.period, exact: true }), '2026-11');
      const sheet = page.getByRole('article', { name: w.sheet });
      await sheet.waitFor({ timeout: 20_000 });
      await sheet.getByText(w.explanation, { exact: true }).waitFor();
      expect(new URL(page.url()).hash).toMatch(/^#\/apps\/[^/]+\/scorings\/sco_[^/]+$/);
      await checkAccessibility(page, `scoring designer, ${lang}`);

      await page.getByRole('button', { name: w.publish, exact: true }).click();
      await page.getByText(w.published).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
