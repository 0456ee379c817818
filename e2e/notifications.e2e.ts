import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// Issue #12's notifications, in both languages: a rep submits a quote into a one-step flow (set
// up over the API); the manager's header shows the unread count (and fits 360 px with its badge), the notifications page (axe
// clean) leads to the task and marks it read; the rep urges from the record page and the
// manager gets an urge notification.

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    logIn: 'Log in',
    unread: (n: number) => `Notifications, ${n} unread`,
    list: 'Notifications',
    newTask: 'New task for you',
    urged: 'Urged: please act on it soon',
    fill: (form: string) => `Fill in ${form}`,
    submit: 'Submit',
    submitted: 'Submitted',
    flowTitle: 'Approval flow',
    urge: 'Urge',
    urgeDone: 'Urged: whoever holds it now is notified.',
    approve: 'Approve',
    form: { title: 'Quote', customer: 'Customer' },
    people: { manager: 'Wang Manager', rep: 'Li Rep' },
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    logIn: '登录',
    unread: (n: number) => `通知，${n} 条未读`,
    list: '通知',
    newTask: '新的待办',
    urged: '催办：请尽快处理',
    fill: (form: string) => `填写 ${form}`,
    submit: '提交',
    submitted: '提交成功',
    flowTitle: '审批流程',
    urge: '催办',
    urgeDone: '已催办，当前处理人会收到通知。',
    approve: '同意',
    form: { title: '报价', customer: '客户' },
    people: { manager: '王经理', rep: '李销售' },
  },
} as const;

const password = 'Notice-password-2026';
const accounts = { manager: 'wang', rep: 'lilei' } as const;

describe.each(['en', 'zh-CN'] as const)('notifications and urge (%s)', (lang) => {
  const w = words[lang];
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let formId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const sales = await admin<{ id: string }>('POST', '/api/departments', { name: lang === 'en' ? 'Sales' : '销售部' });
    const manager = await admin<{ id: string }>('POST', '/api/users', { username: accounts.manager, password, name: w.people.manager, role: 'manager', departmentId: sales.id });
    await admin('POST', '/api/users', { username: accounts.rep, password, name: w.people.rep, role: 'member', departmentId: sales.id });
    await admin('PATCH', `/api/departments/${sales.id}`, { managerId: manager.id });
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: lang === 'en' ? 'Sales' : '销售' });
    const schema = { kind: 'form', schemaVersion: 1, title: w.form.title, fields: [{ id: 'f_customer', type: 'text', label: w.form.customer, required: true }] };
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema });
    formId = form.id;
    await admin('POST', `/api/forms/${formId}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
    const flow = {
      kind: 'workflow',
      schemaVersion: 2,
      title: w.form.title,
      formId,
      nodes: [
        { id: 'n_start', type: 'start', name: lang === 'en' ? 'Initiator' : '发起人' },
        { id: 'n_manager', type: 'approval', name: lang === 'en' ? 'Manager approval' : '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: manager.id }] },
        { id: 'n_end', type: 'end', name: lang === 'en' ? 'End' : '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_manager' },
        { id: 'e2', from: 'n_manager', to: 'n_end' },
      ],
    };
    const draft = await admin<{ draftRevision: number }>('PUT', `/api/forms/${formId}/workflow`, { schema: flow });
    await admin('POST', `/api/forms/${formId}/workflow/publish`, {}, { 'If-Match': `"${draft.draftRevision}"` });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  async function signIn(who: keyof typeof accounts): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${String(error)}`));
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).fill(accounts[who]);
    await page.getByLabel(w.password).fill(password);
    await page.getByRole('button', { name: w.logIn, exact: true }).click();
    return page;
  }

  it('the manager sees the new task in the header, opens it from the notifications, and is told when the rep urges', async () => {
    const rep = await signIn('rep');
    await rep.getByRole('link', { name: w.fill(w.form.title) }).click();
    await rep.getByRole('textbox', { name: w.form.customer }).fill('ACME');
    const created = rep.waitForResponse((response) => response.url().endsWith(`/api/forms/${formId}/records`) && response.request().method() === 'POST');
    await rep.getByRole('button', { name: w.submit, exact: true }).click();
    const record = (await (await created).json()) as { id: string };
    await rep.getByRole('heading', { name: w.submitted }).waitFor();

    const manager = await signIn('manager');
    const bell = manager.getByRole('link', { name: w.unread(1), exact: true });
    await bell.waitFor();
    // On a phone the bell and its badge fit the header's second row: two rows at most, no sideways scroll.
    await manager.setViewportSize({ width: 360, height: 740 });
    expect((await manager.locator('.app-header').boundingBox())?.height ?? 0).toBeLessThanOrEqual(72);
    await expect(manager.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    await manager.setViewportSize({ width: 1280, height: 900 });
    await bell.click();
    await manager.waitForURL('**/notifications');
    const list = manager.getByRole('list', { name: w.list });
    await list.waitFor();
    await checkAccessibility(manager, `notifications, manager, ${lang}`);
    await list.getByRole('link', { name: new RegExp(w.newTask) }).click();
    await manager.waitForURL('**/tasks/*');
    await manager.getByRole('heading', { level: 1, name: w.form.title, exact: true }).waitFor();
    await manager.getByRole('link', { name: w.unread(0), exact: true }).waitFor();

    await rep.goto(`${server.url}/records/${record.id}?lang=${lang}`);
    const flow = rep.getByRole('region', { name: w.flowTitle });
    await flow.getByRole('button', { name: w.urge, exact: true }).click();
    await flow.getByRole('status').filter({ hasText: w.urgeDone }).waitFor();

    await manager.goto(`${server.url}/notifications?lang=${lang}`);
    await manager.getByRole('link', { name: w.unread(1), exact: true }).waitFor();
    const urge = manager.getByRole('list', { name: w.list }).getByRole('link', { name: new RegExp(w.urged) });
    await urge.waitFor();
    await expect(urge.count()).resolves.toBe(1);
    await urge.click();
    await manager.waitForURL(`**/records/${record.id}`);
    await manager.getByRole('link', { name: w.unread(0), exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
