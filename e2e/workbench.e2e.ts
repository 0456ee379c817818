import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { keepFailureEvidence } from './support/keepFailureEvidence.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi, type ApiCall } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// Issue #15, the workbench: both templates installed with sample data over the API, this month's
// score sheet computed (last month's the install stored), then a sample rep starts the day from the home page — their to-dos, quick
// buttons, this period's performance, their recent records, the apps — and opens the visit form
// (跟进记录) with a quick button; a sample manager sees the team's progress against target and the
// approvals waiting, and the key dashboard's headline figures. Both languages, on a desktop (1440 px) and a phone (360 px), whose page must
// not scroll sideways.

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    logIn: 'Log in',
    title: 'Workbench',
    todo: 'My to-dos',
    approvals: 'Approvals waiting',
    quick: 'Quick forms',
    newVisit: 'New 跟进记录',
    newOpportunity: 'New 商机',
    dashboards: 'Key dashboards',
    keyDashboard: 'Key dashboard 销售总览',
    mine: 'My performance this period',
    team: 'Team progress against target',
    recent: 'My recent records',
    apps: 'My apps',
    allTasks: 'All my tasks',
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    logIn: '登录',
    title: '工作台',
    todo: '我的待办',
    approvals: '待我审批',
    quick: '快捷填写',
    newVisit: '新建 跟进记录',
    newOpportunity: '新建 商机',
    dashboards: '重点仪表盘',
    keyDashboard: '查看重点仪表盘 销售总览',
    mine: '本期绩效',
    team: '团队目标进度',
    recent: '最近的记录',
    apps: '我的应用',
    allTasks: '查看全部待办',
  },
} as const;

interface Install {
  app: { id: string; name: string };
  forms: { key: string; id: string; title: string }[];
  documents: { kind: string; key: string; id: string }[];
  sampleData: { initialPassword: string | null } | null;
}
interface Workbench {
  tasks: { todo: number };
  apps: { name: string; color: string | null; quickForms: string[]; dashboards: { title: string }[]; performance: { team: unknown; mine: unknown } | null }[];
}

/** Today in the app's time zone (Shanghai, UTC+8), where the sample data and the periods live. */
const shanghaiToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

let server: RunningServer;
let browser: Browser;
/** The sample rep and manager the journeys sign in as, chosen over the API for what they show. */
const people = { rep: '', manager: '', password: '', visitFormId: '' };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
  const crm = await admin<Install>('POST', '/api/templates/crm/install', { sampleData: true });
  const performance = await admin<Install>('POST', '/api/templates/performance/install', { sampleData: true });
  people.password = crm.sampleData?.initialPassword ?? '';
  people.visitFormId = crm.forms.find((form) => form.title === '跟进记录')?.id ?? '';
  expect(people.password).not.toBe('');
  expect(people.visitFormId).not.toBe('');
  // This month's sheet, as a manager computes it at the start of a review.
  const scheme = performance.documents.find((document) => document.kind === 'scoring');
  const month = shanghaiToday.slice(0, 7);
  await admin('POST', `/api/scorings/${scheme?.id ?? ''}/runs`, { period: month });

  const users = (await admin<{ items: { id: string; username: string; role: string; departmentId: string | null }[] }>('GET', '/api/users?limit=500')).items;
  // The departments come as a tree.
  interface Department {
    id: string;
    managerId: string | null;
    children?: Department[];
  }
  const flatten = (nodes: readonly Department[]): Department[] => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
  const departments = flatten((await admin<{ items: Department[] }>('GET', '/api/departments')).items);
  const asUser = (username: string): Promise<ApiCall> => signInToApi(server.url, username, people.password);
  for (const user of users.filter((each) => each.role === 'member' && each.departmentId !== null)) {
    const manager = users.find((each) => each.id === departments.find((department) => department.id === user.departmentId)?.managerId);
    const workbench = await (await asUser(user.username))<Workbench>('GET', '/api/workbench');
    const scored = workbench.apps.some((app) => app.performance?.mine);
    if (manager?.role === 'manager' && scored && workbench.apps.some((app) => app.quickForms.includes(people.visitFormId))) {
      people.rep = user.username;
      people.manager = manager.username;
      break;
    }
  }
  expect(people.rep, 'a sample rep who is scored, fills in 跟进记录 and has a manager').not.toBe('');
  // The CRM names a rep's daily forms: 跟进记录 then 商机 come first for every rep, filled or not.
  const formId = (key: string) => crm.forms.find((form) => form.key === key)?.id;
  const repBench = await (await asUser(people.rep))<Workbench>('GET', '/api/workbench');
  expect(repBench.apps.find((app) => app.name === crm.app.name)?.quickForms.slice(0, 2)).toEqual([formId('followUps'), formId('opportunities')]);
  // The install started the flows its sample awaits: last month's 考核评估 and 复盘 of each of the
  // manager's reps wait at the manager (two each), before anyone submits anything.
  const managerBench = await (await asUser(people.manager))<Workbench>('GET', '/api/workbench');
  const teamSize = users.filter((user) => user.departmentId === users.find((each) => each.username === people.rep)?.departmentId && user.username !== people.manager).length;
  expect(managerBench.tasks.todo, "the manager has their reps' evaluations and reviews to approve").toBeGreaterThanOrEqual(2 * teamSize);
  expect(managerBench.apps.some((app) => app.performance?.team), "the manager sees their team's sheet").toBe(true);
  // The bundles' colours reach the apps.
  const apps = (await admin<{ items: { name: string; color: string | null }[] }>('GET', '/api/apps')).items;
  expect(apps.map(({ color }) => color)).toEqual(['#2f7cf6', '#fa8c16']);
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  ['en', 1440],
  ['zh-CN', 1440],
  ['en', 360],
  ['zh-CN', 360],
] as const)('the workbench (%s, %i px)', (lang, width) => {
  const w = words[lang];
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The context bypasses the CSP only so that axe can be injected.
    const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });
  afterEach((context) => keepFailureEvidence(context.task, `workbench-${lang}-${String(width)}`, page, pageErrors));
  afterAll(() => page?.context().close());

  async function signIn(username: string): Promise<void> {
    await page.context().clearCookies();
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).fill(username);
    await page.getByLabel(w.password).fill(people.password);
    await page.getByRole('button', { name: w.logIn }).click();
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor({ timeout: 60_000 });
  }

  /** A phone's page is one column: nothing wider than the screen. */
  async function expectNoSidewaysScroll(): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it('a sample rep starts the day there and opens the visit form with a quick button', async () => {
    await signIn(people.rep);
    for (const name of [w.todo, w.quick, w.mine, w.recent, w.apps]) {
      await page.getByRole('region', { name, exact: true }).waitFor();
    }
    expect(await page.getByRole('region', { name: w.team, exact: true }).count()).toBe(0);
    await page.getByRole('region', { name: w.mine, exact: true }).getByRole('progressbar').first().waitFor();
    await page.getByRole('link', { name: w.allTasks }).waitFor();
    // The CRM's own daily forms are among the quick buttons; a rep watches no team's dashboard.
    await page.getByRole('region', { name: w.quick, exact: true }).getByRole('link', { name: w.newOpportunity }).waitFor();
    expect(await page.getByRole('region', { name: w.dashboards, exact: true }).count()).toBe(0);
    await expectNoSidewaysScroll();
    await checkAccessibility(page, `a rep's workbench, ${lang}, ${String(width)} px`);
    await page.getByRole('link', { name: w.newVisit }).click();
    await page.waitForURL(`**/f/${people.visitFormId}`);
    await page.getByRole('heading', { level: 1, name: '跟进记录' }).waitFor();
  });

  it("a sample manager sees the team's progress against target, the approvals waiting and the key dashboard's headline figures", async () => {
    await signIn(people.manager);
    const approvals = page.getByRole('region', { name: w.approvals, exact: true });
    await approvals.waitFor();
    expect(await approvals.getByRole('listitem').count()).toBeGreaterThan(0);
    const team = page.getByRole('region', { name: w.team, exact: true });
    await team.waitFor();
    expect(await team.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    // The CRM's key dashboard (销售总览) shows its first two KPI cards inline, with the way to the whole.
    const dashboards = page.getByRole('region', { name: w.dashboards, exact: true });
    await dashboards.getByRole('heading', { level: 3, name: '回款金额' }).waitFor({ timeout: 60_000 });
    await dashboards.getByRole('heading', { level: 3, name: '签约金额' }).waitFor();
    expect(await dashboards.getByRole('heading', { level: 3, name: '有效拜访' }).count()).toBe(0);
    expect(await dashboards.getByRole('link', { name: w.keyDashboard }).getAttribute('href')).toMatch(/^\/dashboards\//);
    await expectNoSidewaysScroll();
    await checkAccessibility(page, `a manager's workbench, ${lang}, ${String(width)} px`);
  });
});
