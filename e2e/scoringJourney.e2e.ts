import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi, type ApiCall } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// Issue #13's scoring journey, by role and accessible name, in both languages (each in its own
// app: schemes and targets are per app, people and departments are shared):
// 1. the admin builds a four-item scheme in the designer (signed amount against 1,000,000 capped
//    at 120 %, visits against 20, satisfaction as a percentage, a manager's grade; 40/30/20/10;
//    members only), previews this month on the records so far, and publishes it;
// 2. the admin sets the company's yearly target on the app's targets page and splits it to the
//    two regions, then 华东's share to its people — each seen as a dry run before it is applied —
//    and the stored tree holds company → 华东 → its people with nothing left over;
// 3. the rep adds a contract on the fill page (the rest of the month's records came over the API);
//    the manager computes the month's sheet;
// 4. the rep reads their score, the signed amount's explanation and their progress on the year's
//    target, and acknowledges the sheet;
// 5. the manager confirms 华东's sheet and reads the leaderboard.
// Every figure is worked out here from the seeded records, never read back from the screen.

const manager = { username: 'wangfang', password: 'Manager-password-2026', name: 'Wang Fang' };
const li = { username: 'lilei', password: 'Rep-password-2026-a', name: 'Li Lei' };
const han = { username: 'hanmei', password: 'Rep-password-2026-b', name: 'Han Meimei' };
const zhang = { username: 'zhangwei', password: 'Rep-password-2026-c', name: 'Zhang Wei' };

// The server and the browsers keep UTC, so "today" and "this month" are the same for both.
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);
const year = today.slice(0, 4);
const nextMonth = (() => {
  const date = new Date(`${month}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 7);
})();

/** What each rep did this month; Li Lei's second contract (400,000, today) is filled in on the fill page. */
const seeded = {
  li: { contracts: [500_000], filled: 400_000, visits: 15, surveys: [80, 90], grade: 'good' as const },
  han: { contracts: [300_000], filled: 0, visits: 10, surveys: [70], grade: 'excellent' as const },
};
/** Outside the month (and outside the year when this is December): the sheet must not count it. */
const nextMonthContract = 7_000_000;
const gradePercent = { excellent: 100, good: 80 };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
/** The four items' points as the scheme defines them. */
function pointsOf(amount: number, visits: number, surveys: readonly number[], grade: keyof typeof gradePercent) {
  const sales = round(Math.min(amount / 1_000_000, 1.2) * 40, 1);
  const calls = round((visits / 20) * 30, 1);
  const satisfaction = round((surveys.reduce((sum, each) => sum + each, 0) / surveys.length / 100) * 20, 1);
  const teamwork = round((gradePercent[grade] / 100) * 10, 1);
  return { sales, total: round(sales + calls + satisfaction + teamwork, 1) };
}
const sumOf = (values: readonly number[]) => values.reduce((sum, each) => sum + each, 0);
const liBefore = pointsOf(sumOf(seeded.li.contracts), seeded.li.visits, seeded.li.surveys, seeded.li.grade);
const liAfter = pointsOf(sumOf(seeded.li.contracts) + seeded.li.filled, seeded.li.visits, seeded.li.surveys, seeded.li.grade);
const hanScore = pointsOf(sumOf(seeded.han.contracts), seeded.han.visits, seeded.han.surveys, seeded.han.grade);

// The company's year, split evenly to the two regions, then 华东's share evenly to its two people.
const companyTarget = 12_000_000;
const regionTarget = companyTarget / 2;
const personTarget = regionTarget / 2;
/** Li Lei's signed amount this year, and the part of the year's target due by today (calendar days, today counted). */
const liYearActual = sumOf(seeded.li.contracts) + seeded.li.filled + (nextMonth.startsWith(year) ? nextMonthContract : 0);
const dueToday = (() => {
  const start = Date.UTC(Number(year), 0, 1);
  const elapsed = (Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000 + 1;
  const total = (Date.UTC(Number(year) + 1, 0, 1) - start) / 86_400_000;
  return round(personTarget * (elapsed / total), 2);
})();

const figure = (value: number, lang: Lang) => (lang === 'en' ? value.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(value));
const wan = (value: number) => `${value / 10_000}万`;

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    logIn: 'Log in',
    app: 'Sales',
    forms: { contracts: 'Contracts', visits: 'Visits', surveys: 'Surveys', reviews: 'Reviews' },
    labels: { rep: 'Rep', signed: 'Signed on', amount: 'Amount', date: 'Date', score: 'Score', period: 'Period', grade: 'Grade' },
    grades: { excellent: 'Excellent', good: 'Good' },
    // Designer
    newScheme: 'New scoring scheme',
    schemeTitle: 'Scheme title',
    member: 'Member',
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
    previewPeriod: 'Period to compute',
    sheetOf: (name: string, total: number) => `${name}: ${String(total)} points`,
    explanation: (amount: number, points: number) => `Signed amount ${figure(amount, 'en')} ÷ target 1,000,000 = ${String(round((amount / 1_000_000) * 100, 1))}% × weight 40 = ${String(points)} points`,
    publish: 'Publish',
    published: 'Published as version 1',
    // App
    fill: (form: string) => `Fill in ${form}`,
    submit: 'Submit',
    submitted: 'Submitted',
    performanceIn: (app: string) => `My performance in ${app}`,
    targetsIn: (app: string) => `Targets in ${app}`,
    pickPeriod: 'Period',
    amount: 'Amount',
    rootPeriod: 'Period of the target (e.g. 2026, 2026-Q4)',
    department: 'Department',
    split: 'Split',
    downTo: 'Down to',
    throughOrg: 'Through the organisation',
    departments: 'Departments',
    people: 'People',
    preview: 'Preview',
    apply: 'Apply',
    splitFurther: (name: string) => `Split ${name}'s ${year} target further`,
    previewShown: 'Preview: nothing saved yet.',
    saved: (created: number) => `Saved: ${String(created)} created, 0 replaced.`,
    tree: 'Decomposition',
    company: 'The company',
    noTargets: 'No person has a target for this period.',
    childrenDiffer: /Children add up/,
    noRun: `The score sheet for ${month} has not been computed yet.`,
    compute: 'Compute the score sheet',
    myScore: 'Score this period',
    points: (total: number) => `${String(total)} points`,
    progress: (name: string) => `${name}'s progress`,
    acknowledge: 'Acknowledge my sheet',
    acknowledged: 'Acknowledged by Li Lei on',
    teamSheet: 'Team sheet',
    confirm: 'Confirm 华东',
    confirmNote: 'Note with your confirmation (optional)',
    confirmed: 'Confirmed by Wang Fang on',
    leaderboard: 'Leaderboard',
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    logIn: '登录',
    app: '销售',
    forms: { contracts: '合同', visits: '拜访', surveys: '满意度调查', reviews: '经理评价' },
    labels: { rep: '销售', signed: '签约日期', amount: '金额', date: '日期', score: '评分', period: '期间', grade: '等级' },
    grades: { excellent: '优秀', good: '良好' },
    newScheme: '新建考核方案',
    schemeTitle: '方案名称',
    member: '成员',
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
    previewPeriod: '计算期间',
    sheetOf: (name: string, total: number) => `${name}：${String(total)} 分`,
    explanation: (amount: number, points: number) => `签约金额 ${wan(amount)} ÷ 目标 100万 = ${String(round((amount / 1_000_000) * 100, 1))}% × 权重 40 = ${String(points)} 分`,
    publish: '发布',
    published: '已发布为第 1 版',
    fill: (form: string) => `填写 ${form}`,
    submit: '提交',
    submitted: '提交成功',
    performanceIn: (app: string) => `${app} · 我的绩效`,
    targetsIn: (app: string) => `${app} · 目标`,
    pickPeriod: '周期',
    amount: '目标值',
    rootPeriod: '目标周期（如 2026、2026-Q4）',
    department: '部门',
    split: '分解方式',
    downTo: '分解到',
    throughOrg: '按组织',
    departments: '下级部门',
    people: '个人',
    preview: '预览',
    apply: '应用并保存',
    splitFurther: (name: string) => `继续分解 ${name} ${year} 的目标`,
    previewShown: '预览：尚未保存。',
    saved: (created: number) => `已保存：新增 ${String(created)} 条，替换 0 条。`,
    tree: '目标分解',
    company: '全公司',
    noTargets: '该周期没有分配到个人的目标。',
    childrenDiffer: /下级合计/,
    noRun: `${month} 的考核结果尚未计算。`,
    compute: '计算考核结果',
    myScore: '本期得分',
    points: (total: number) => `${String(total)} 分`,
    progress: (name: string) => `${name} 的完成进度`,
    acknowledge: '确认我的考核结果',
    acknowledged: 'Li Lei 已于',
    teamSheet: '团队考核表',
    confirm: '确认 华东',
    confirmNote: '确认备注（可选）',
    confirmed: 'Wang Fang 已于',
    leaderboard: '排行榜',
  },
} as const;

type Lang = keyof typeof words;
const langs = Object.keys(words) as Lang[];
type FormKey = keyof (typeof words)['en']['forms'];

/** The four forms the scheme reads, labelled in the app's language. */
function formsIn(lang: Lang): Record<FormKey, object> {
  const { forms, labels } = words[lang];
  const form = (title: string, fields: readonly object[]) => ({ kind: 'form', schemaVersion: 1, title, fields });
  const rep = { id: 'f_rep', type: 'member', label: labels.rep, required: true };
  return {
    contracts: form(forms.contracts, [rep, { id: 'f_signed', type: 'date', label: labels.signed, required: true }, { id: 'f_amount', type: 'money', label: labels.amount, required: true }]),
    visits: form(forms.visits, [rep, { id: 'f_date', type: 'date', label: labels.date }]),
    surveys: form(forms.surveys, [rep, { id: 'f_date', type: 'date', label: labels.date }, { id: 'f_score', type: 'number', label: labels.score }]),
    reviews: form(forms.reviews, [rep, { id: 'f_period', type: 'text', label: labels.period }, { id: 'f_grade', type: 'text', label: labels.grade }]),
  };
}

/** Types into a labelled input and commits it with Enter, as the designer's settings commit. */
async function enter(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.press('Enter');
}

describe("issue #13's journey: a scheme built, a yearly target split down to people, scores read, confirmed and ranked", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiCall;
  const people = { li: '', han: '' };
  const attempts: Record<Lang, number> = { en: 0, 'zh-CN': 0 };

  /**
   * An app of the language's four forms holding this month's records (and next month's contract).
   * Each attempt at a language's journey works in a new app — the config retries a journey once —
   * named 'Sales', then 'Sales 2', so that the home page's links stay apart.
   */
  async function seedApp(lang: Lang): Promise<{ id: string; name: string; forms: Record<FormKey, string> }> {
    attempts[lang] += 1;
    const name = attempts[lang] === 1 ? words[lang].app : `${words[lang].app} ${String(attempts[lang])}`;
    const app = await admin<{ id: string }>('POST', '/api/apps', { name });
    const ids = {} as Record<FormKey, string>;
    for (const [key, schema] of Object.entries(formsIn(lang)) as [FormKey, object][]) {
      const created = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema });
      await admin('POST', `/api/forms/${created.id}/publish`, {}, { 'If-Match': `"${String(created.draftRevision)}"` });
      ids[key] = created.id;
    }
    const add = (key: FormKey, rep: string, data: object) => admin('POST', `/api/forms/${ids[key]}/records`, { data: { f_rep: rep, ...data } });
    for (const who of ['li', 'han'] as const) {
      const did = seeded[who];
      const rep = people[who];
      for (const amount of did.contracts) await add('contracts', rep, { f_signed: `${month}-01`, f_amount: amount });
      for (let visit = 0; visit < did.visits; visit++) await add('visits', rep, { f_date: `${month}-01` });
      for (const score of did.surveys) await add('surveys', rep, { f_date: `${month}-01`, f_score: score });
      await add('reviews', rep, { f_period: month, f_grade: words[lang].grades[did.grade] });
    }
    await add('contracts', people.li, { f_signed: `${nextMonth}-01`, f_amount: nextMonthContract });
    return { id: app.id, name, forms: ids };
  }

  beforeAll(async () => {
    server = await startServer({ env: { FORMWORK_TIME_ZONE: 'UTC' } });
    browser = await launchBrowser();
    admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const east = await admin<{ id: string }>('POST', '/api/departments', { name: '华东' });
    const south = await admin<{ id: string }>('POST', '/api/departments', { name: '华南' });
    // The manager sits in no region: they manage 华东 without taking a share of its target or being scored.
    const boss = await admin<{ id: string }>('POST', '/api/users', { ...manager, role: 'manager' });
    await admin('PATCH', `/api/departments/${east.id}`, { managerId: boss.id });
    people.li = (await admin<{ id: string }>('POST', '/api/users', { ...li, role: 'member', departmentId: east.id })).id;
    people.han = (await admin<{ id: string }>('POST', '/api/users', { ...han, role: 'member', departmentId: east.id })).id;
    // Zhang Wei (华南) has no records: scored 0, not an error.
    await admin('POST', '/api/users', { ...zhang, role: 'member', departmentId: south.id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const desktop = () => browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC' });

  /** A page signed in to the end-user app, watching for uncaught errors. */
  async function appPage(context: BrowserContext, who: { readonly username: string; readonly password: string }, lang: Lang, errors: string[]): Promise<Page> {
    const w = words[lang];
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).fill(who.username);
    await page.getByLabel(w.password).fill(who.password);
    await page.getByRole('button', { name: w.logIn, exact: true }).click();
    return page;
  }

  it.each(langs)('in %s', async (lang) => {
    const w = words[lang];
    const app = await seedApp(lang);
    const errors: string[] = [];

    // 1. The admin builds the scheme in the designer, previews this month and publishes it.
    const designer = await desktop();
    try {
      const page = await designer.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/designer/?lang=${lang}`);
      await page.getByLabel(w.username).fill(server.admin.username);
      await page.getByLabel(w.password).fill(server.admin.password);
      await page.getByRole('button', { name: w.signIn }).click();
      await page.goto(`${server.url}/designer/?lang=${lang}#/apps/${app.id}`);
      await page.getByRole('link', { name: w.newScheme }).click();
      await page.waitForURL(/#\/apps\/[^/]+\/scorings\/new$/);
      await enter(page.getByRole('textbox', { name: w.schemeTitle, exact: true }), `KPI ${lang}`);
      // Members only: the manager (and the admin) are not scored.
      await page.getByRole('checkbox', { name: w.member, exact: true }).check();

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
      const sales = await addItem(0, 40);
      await aggregate(sales, app.forms.contracts, 'sum', 'f_amount', 'f_signed');
      await enter(sales.getByRole('spinbutton', { name: w.targetValue, exact: true }), '1000000');
      await enter(sales.getByRole('spinbutton', { name: w.cap, exact: true }), '120');
      const visits = await addItem(1, 30);
      await aggregate(visits, app.forms.visits, 'count', null, 'f_date');
      await enter(visits.getByRole('spinbutton', { name: w.targetValue, exact: true }), '20');
      const satisfaction = await addItem(2, 20);
      await aggregate(satisfaction, app.forms.surveys, 'avg', 'f_score', 'f_date');
      await satisfaction.getByRole('combobox', { name: w.target, exact: true }).selectOption('none');
      await satisfaction.getByRole('combobox', { name: w.method, exact: true }).selectOption('percentage');
      const teamwork = await addItem(3, 10);
      await teamwork.getByRole('combobox', { name: w.source, exact: true }).selectOption('manual');
      await teamwork.getByRole('combobox', { name: w.form, exact: true }).selectOption(app.forms.reviews);
      await teamwork.getByRole('combobox', { name: w.personField, exact: true }).selectOption('f_rep');
      await teamwork.getByRole('combobox', { name: w.periodField, exact: true }).selectOption('f_period');
      await teamwork.getByRole('combobox', { name: w.gradeField, exact: true }).selectOption('f_grade');
      await expect(teamwork.getByRole('combobox', { name: w.method, exact: true }).inputValue()).resolves.toBe('grades');
      await page.getByText(w.sum, { exact: true }).waitFor();
      await expect(page.getByRole('list', { name: /problem|问题/ }).count()).resolves.toBe(0);

      // The preview saves the draft and computes this month from the records so far: next month's
      // contract does not count, Li Lei's own contract is not filled in yet, Zhang Wei has nothing.
      await enter(page.getByRole('textbox', { name: w.previewPeriod, exact: true }), month);
      const liSheet = page.getByRole('article', { name: w.sheetOf(li.name, liBefore.total) });
      await liSheet.waitFor({ timeout: 30_000 });
      await liSheet.getByText(w.explanation(sumOf(seeded.li.contracts), liBefore.sales), { exact: true }).waitFor();
      await page.getByRole('article', { name: w.sheetOf(han.name, hanScore.total) }).waitFor();
      await page.getByRole('article', { name: w.sheetOf(zhang.name, 0) }).waitFor();
      await expect(page.getByRole('article', { name: new RegExp(manager.name) }).count()).resolves.toBe(0);
      // The preview saved the draft: the new scheme has its address.
      expect(new URL(page.url()).hash).toMatch(/^#\/apps\/[^/]+\/scorings\/sco_[^/]+$/);
      await checkAccessibility(page, `scoring designer with its preview, ${lang}`);
      await page.getByRole('button', { name: w.publish, exact: true }).click();
      await page.getByText(w.published).waitFor();
    } finally {
      await designer.close();
    }

    // 2. The admin splits the company's yearly target to the regions, then 华东's share to its people.
    const adminContext = await desktop();
    try {
      const page = await appPage(adminContext, server.admin, lang, errors);
      await page.getByRole('link', { name: w.targetsIn(app.name), exact: true }).click();
      await page.waitForURL('**/targets?**');
      const stored = page.getByRole('region', { name: w.tree, exact: true });
      await stored.getByText(w.noTargets).waitFor({ timeout: 20_000 });
      const planned = page.getByRole('list', { name: w.tree, exact: true });
      // A node of the dry run: its item is the smallest element reading '华东 · 6,000,000 — Rule: …'.
      const plannedNode = (scope: Locator, label: string, amount: number) => scope.getByText(`${label} · ${figure(amount, lang)}`);
      // A node of the stored tree: the item whose own line reads '华东 · 2026 · 6,000,000'; within
      // another node's item, only its descendants are found, so nesting the calls checks the tree.
      const storedNode = (scope: Locator, label: string, amount: number) => scope.getByRole('listitem').filter({ has: page.getByText(`${label} · ${year} · ${figure(amount, lang)}`, { exact: true }) });

      const amountInput = page.getByRole('textbox', { name: w.amount, exact: true });
      const chosen = (name: string) => page.getByRole('combobox', { name, exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
      /** Previews the form's decomposition (nothing written yet), checks it, then applies it. */
      const previewAndApply = async (check: (tree: Locator) => Promise<void>, created: number) => {
        await page.getByRole('button', { name: w.preview, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.previewShown }).waitFor();
        await check(planned);
        await checkAccessibility(page, `targets, a decomposition previewed, ${lang}`);
        await page.getByRole('button', { name: w.apply, exact: true }).click();
        await page.getByRole('status').filter({ hasText: w.saved(created) }).waitFor();
      };

      await amountInput.fill(String(companyTarget));
      await expect(page.getByRole('textbox', { name: w.rootPeriod, exact: true }).inputValue()).resolves.toBe(year);
      await page.getByRole('combobox', { name: w.department, exact: true }).selectOption({ label: w.company });
      await page.getByRole('combobox', { name: w.split, exact: true }).selectOption({ label: w.throughOrg });
      await page.getByRole('combobox', { name: w.downTo, exact: true }).selectOption({ label: w.departments });
      await previewAndApply(async (tree) => {
        const company = plannedNode(tree, w.company, companyTarget);
        await plannedNode(company, '华东', regionTarget).waitFor();
        await plannedNode(company, '华南', regionTarget).waitFor();
        // A dry run: the stored tree still holds nothing.
        await stored.getByText(w.noTargets).waitFor();
      }, 3);
      await storedNode(stored, w.company, companyTarget).waitFor();

      // 华东's share split further from the stored tree: the form starts from it, down to its people.
      await storedNode(stored, '华东', regionTarget).getByRole('button', { name: w.splitFurther('华东') }).click();
      await page.getByRole('combobox', { name: w.department, exact: true }).locator('option', { hasText: '华东' }).waitFor({ state: 'attached' });
      await expect(amountInput.inputValue()).resolves.toBe(String(regionTarget));
      await expect(amountInput.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
      await expect(Promise.all([w.rootPeriod, w.department, w.split, w.downTo].map((name) => (name === w.rootPeriod ? page.getByRole('textbox', { name, exact: true }).inputValue() : chosen(name))))).resolves.toEqual([
        year,
        '华东',
        w.throughOrg,
        w.people,
      ]);
      await previewAndApply(async (tree) => {
        const east = plannedNode(tree, '华东', regionTarget);
        await plannedNode(east, li.name, personTarget).waitFor();
        await plannedNode(east, han.name, personTarget).waitFor();
        await expect(storedNode(stored, li.name, personTarget).count()).resolves.toBe(0);
      }, 2);
      const company = storedNode(stored, w.company, companyTarget);
      const east = storedNode(company, '华东', regionTarget);
      await storedNode(east, li.name, personTarget).waitFor();
      await storedNode(east, han.name, personTarget).waitFor();
      await storedNode(company, '华南', regionTarget).waitFor();
      await expect(stored.getByRole('listitem').count()).resolves.toBe(5);
      await expect(stored.getByText(w.childrenDiffer).count()).resolves.toBe(0);
      await checkAccessibility(page, `targets, decomposed down to people, ${lang}`);
    } finally {
      await adminContext.close();
    }

    // 3. Li Lei adds today's contract on the fill page; the manager computes the month's sheet.
    const repContext = await desktop();
    const managerContext = await desktop();
    try {
      const rep = await appPage(repContext, li, lang, errors);
      await rep.getByRole('region', { name: app.name, exact: true }).getByRole('link', { name: w.fill(w.forms.contracts) }).click();
      const person = rep.getByRole('combobox', { name: w.labels.rep, exact: true });
      await person.fill(li.name);
      await rep.getByRole('option', { name: li.name }).click();
      await rep.getByLabel(w.labels.signed).fill(today);
      await rep.getByRole('textbox', { name: w.labels.amount, exact: true }).fill(String(seeded.li.filled));
      await rep.getByRole('button', { name: w.submit, exact: true }).click();
      await rep.getByRole('heading', { name: w.submitted }).waitFor();

      const boss = await appPage(managerContext, manager, lang, errors);
      await boss.getByRole('link', { name: w.performanceIn(app.name), exact: true }).click();
      await boss.getByRole('status').filter({ hasText: w.noRun }).waitFor({ timeout: 20_000 });
      await boss.getByRole('button', { name: w.compute, exact: true }).click();
      const sheet = boss.locator('section', { has: boss.getByRole('heading', { level: 2, name: w.teamSheet }) });
      await sheet.getByRole('rowheader', { name: li.name }).waitFor({ timeout: 20_000 });

      // 4. The rep reads their score with the signed amount's explanation, acknowledges it, and sees
      // their progress on the year's target.
      await rep.goto(`${server.url}/?lang=${lang}`);
      await rep.getByRole('link', { name: w.performanceIn(app.name), exact: true }).click();
      const mine = rep.locator('section', { has: rep.getByRole('heading', { level: 2, name: w.myScore }) });
      await mine.getByText(w.points(liAfter.total), { exact: true }).waitFor({ timeout: 20_000 });
      await mine.getByText(w.explanation(sumOf(seeded.li.contracts) + seeded.li.filled, liAfter.sales), { exact: true }).waitFor();
      await mine.getByRole('button', { name: w.acknowledge }).click();
      await mine.getByText(w.acknowledged).waitFor();
      await checkAccessibility(rep, `my performance, the rep's acknowledged sheet, ${lang}`);

      await rep.goto(`${server.url}/?lang=${lang}`);
      await rep.getByRole('link', { name: w.targetsIn(app.name), exact: true }).click();
      await rep.getByRole('combobox', { name: w.pickPeriod, exact: true }).selectOption(year);
      const bar = rep.getByRole('table').getByRole('progressbar', { name: w.progress(li.name) });
      await bar.waitFor({ timeout: 20_000 });
      await expect(rep.getByRole('table').getByRole('progressbar').count()).resolves.toBe(1);
      expect(Number(await bar.getAttribute('aria-valuemax'))).toBeCloseTo(dueToday, 2);
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeCloseTo(Math.min(liYearActual, dueToday), 2);
      await expect(bar.getAttribute('aria-valuetext')).resolves.toContain(figure(personTarget, lang));
      await checkAccessibility(rep, `targets, the rep's progress on the year, ${lang}`);

      // 5. The manager confirms 华东's sheet with a note and reads the leaderboard.
      // Opened again from the home page (a reload would drop the ?lang= the app was opened with).
      await boss.goto(`${server.url}/?lang=${lang}`);
      await boss.getByRole('link', { name: w.performanceIn(app.name), exact: true }).click();
      await sheet.getByRole('rowheader', { name: li.name }).waitFor({ timeout: 20_000 });
      await sheet.getByRole('textbox', { name: w.confirmNote }).fill(`${month} OK`);
      await sheet.getByRole('button', { name: w.confirm }).click();
      await sheet.getByText(w.confirmed).waitFor();
      await expect(sheet.getByRole('button', { name: w.confirm }).count()).resolves.toBe(0);
      const rows = boss.getByRole('table', { name: w.leaderboard }).getByRole('row');
      await expect(rows.count()).resolves.toBe(3);
      await expect(rows.nth(1).innerText()).resolves.toMatch(new RegExp(`^1\\s+${li.name}\\s+${String(liAfter.total)}\\s`));
      await expect(rows.nth(2).innerText()).resolves.toMatch(new RegExp(`^2\\s+${han.name}\\s+${String(hanScore.total)}\\s`));
      await checkAccessibility(boss, `my performance, the manager's confirmed team sheet and leaderboard, ${lang}`);
    } finally {
      await repContext.close();
      await managerContext.close();
    }
    expect(errors).toEqual([]);
  });
});
