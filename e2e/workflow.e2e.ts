import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { keepFailureEvidence } from './support/keepFailureEvidence.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The 合同审批 journey of issue #12, in both languages: the org and the contract form are set up
// over the API; the admin builds the flow in the designer's Workflow tab by role and name (a
// condition on the amount: over 500,000 to the director, otherwise to the manager; then the
// manager and finance countersign, 会签), with only the amount editable when a record is
// returned; then everyone acts in their own browser through the app: the rep submits 600,000, the
// director returns it with a comment, the rep lowers the amount and resubmits, the manager and
// finance approve, the record is completed with every step on its timeline — and the other rep
// cannot open a task that is not theirs.

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    logIn: 'Log in',
    workflowTab: 'Workflow',
    flowChart: 'Flow chart',
    node: (type: string, name: string) => `${type} "${name}"`,
    approval: 'Approval',
    approvalName: 'Approval',
    start: 'Start',
    initiatorNode: 'Initiator',
    addAfter: (name: string) => `Add a node after "${name}"`,
    addAtBranch: (name: string) => `Add a node at the start of branch "${name}"`,
    conditionType: 'Condition branches',
    branch: (name: string) => `Branch "${name}"`,
    firstBranch: 'Condition 1',
    otherwise: 'Otherwise',
    panel: (name: string) => `Node settings: ${name}`,
    branchPanel: (name: string) => `Branch settings: ${name}`,
    nodeName: 'Node name',
    branchName: 'Branch name',
    addCondition: 'Add condition',
    conditionField: 'Field of condition 1',
    conditionOperator: 'Comparison of condition 1',
    greaterThan: 'is greater than',
    conditionValue: 'Value of condition 1',
    applyCondition: 'Apply condition',
    managerLevels: "The initiator's managers (levels up; 0 for none)",
    addMember: 'Add a member',
    countersign: 'All of them (会签)',
    permission: (field: string, permission: string) => `${field}: ${permission}`,
    read: 'Read',
    publish: 'Publish workflow',
    published: 'Workflow version 1 published',
    myTasks: 'My tasks',
    // An inbox line is named by its title: the form's, then the record's serial number, text or date.
    open: (form: string) => `${form} `,
    actions: 'Actions',
    returnAction: 'Return',
    approve: 'Approve',
    resubmit: 'Resubmit',
    confirm: (action: string) => `Confirm: ${action}`,
    comment: 'Comment',
    returnTo: 'Return to node',
    done: (action: string) => `Done: ${action}.`,
    returnedToResubmit: 'Returned to resubmit',
    fill: (form: string) => `Fill in ${form}`,
    submit: 'Submit',
    submitted: 'Submitted',
    viewRecord: 'Open the record',
    flowTitle: 'Approval flow',
    completed: 'Now: Approved',
    notFound: 'This page does not exist or you may not open it.',
    emptyBox: 'Nothing here.',
    log: { submitted: 'Submitted', returned: 'Returned', resubmitted: 'Resubmitted', approved: 'Approved', completed: 'Completed' },
    form: { title: 'Contract', customer: 'Customer', amount: 'Amount' },
    nodes: { director: 'Director approval', manager: 'Manager approval', countersign: 'Manager and finance', big: 'Over 500,000' },
    people: { director: 'Zhao Director', manager: 'Wang Manager', finance: 'Qian Finance', rep: 'Li Rep', otherRep: 'Han Rep' },
    returnComment: 'Too high for this customer: offer at most 300,000',
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    logIn: '登录',
    workflowTab: '流程设计',
    flowChart: '流程图',
    node: (type: string, name: string) => `${type}“${name}”`,
    approval: '审批节点',
    approvalName: '审批人',
    start: '发起节点',
    initiatorNode: '发起人',
    addAfter: (name: string) => `在“${name}”之后添加节点`,
    addAtBranch: (name: string) => `在分支“${name}”开头添加节点`,
    conditionType: '条件分支',
    branch: (name: string) => `分支“${name}”`,
    firstBranch: '条件 1',
    otherwise: '其他情况',
    panel: (name: string) => `节点设置：${name}`,
    branchPanel: (name: string) => `分支设置：${name}`,
    nodeName: '节点名称',
    branchName: '分支名称',
    addCondition: '添加条件',
    conditionField: '条件 1 的字段',
    conditionOperator: '条件 1 的判断',
    greaterThan: '大于',
    conditionValue: '条件 1 的值',
    applyCondition: '应用条件',
    managerLevels: '发起人的主管（向上几级，0 为不需要）',
    addMember: '添加成员',
    countersign: '会签（所有人都要同意）',
    permission: (field: string, permission: string) => `${field}：${permission}`,
    read: '可见',
    publish: '发布流程',
    published: '已发布流程版本 1',
    myTasks: '待办',
    open: (form: string) => `${form} `,
    actions: '审批操作',
    returnAction: '退回',
    approve: '同意',
    resubmit: '重新提交',
    confirm: (action: string) => `确认${action}`,
    comment: '审批意见',
    returnTo: '退回到节点',
    done: (action: string) => `已${action}。`,
    returnedToResubmit: '退回待重新提交',
    fill: (form: string) => `填写 ${form}`,
    submit: '提交',
    submitted: '提交成功',
    viewRecord: '查看记录',
    flowTitle: '审批流程',
    completed: '当前：已通过',
    notFound: '找不到此页面或您无权访问。',
    emptyBox: '这里没有事项。',
    log: { submitted: '提交', returned: '退回', resubmitted: '重新提交', approved: '同意', completed: '流程完成' },
    form: { title: '合同', customer: '客户', amount: '金额' },
    nodes: { director: '总监审批', manager: '经理审批', countersign: '经理和财务会签', big: '金额超过 50 万' },
    people: { director: '赵总监', manager: '王经理', finance: '钱财务', rep: '李销售', otherRep: '韩销售' },
    returnComment: '这个客户的金额太高，最多 30 万',
  },
} as const;

type Words = (typeof words)[keyof typeof words];

const password = 'Flow-password-2026';
const accounts = { director: 'zhao', manager: 'wang', finance: 'qian', rep: 'lilei', otherRep: 'hanmei' } as const;
type Person = keyof typeof accounts;

describe.each(['en', 'zh-CN'] as const)('合同审批: built in the designer, run through the app (%s)', (lang) => {
  const w: Words = words[lang];
  let server: RunningServer;
  let browser: Browser;
  let appId = '';
  let formId = '';
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const sales = await admin<{ id: string }>('POST', '/api/departments', { name: lang === 'en' ? 'Sales' : '销售部' });
    const east = await admin<{ id: string }>('POST', '/api/departments', { name: lang === 'en' ? 'East' : '华东', parentId: sales.id });
    const finance = await admin<{ id: string }>('POST', '/api/departments', { name: lang === 'en' ? 'Finance' : '财务部' });
    const user = (person: Person, role: 'manager' | 'member', departmentId: string) =>
      admin<{ id: string }>('POST', '/api/users', { username: accounts[person], password, name: w.people[person], role, departmentId });
    const director = await user('director', 'manager', sales.id);
    const manager = await user('manager', 'manager', east.id);
    await user('finance', 'member', finance.id);
    await user('rep', 'member', east.id);
    await user('otherRep', 'member', east.id);
    await admin('PATCH', `/api/departments/${sales.id}`, { managerId: director.id });
    await admin('PATCH', `/api/departments/${east.id}`, { managerId: manager.id });
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: lang === 'en' ? 'Sales' : '销售' });
    appId = app.id;
    const contract = {
      kind: 'form',
      schemaVersion: 1,
      title: w.form.title,
      fields: [
        { id: 'f_customer', type: 'text', label: w.form.customer, required: true },
        { id: 'f_amount', type: 'money', label: w.form.amount, precision: 2, required: true },
      ],
    };
    const form = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: contract });
    formId = form.id;
    await admin('POST', `/api/forms/${formId}/publish`, {}, { 'If-Match': `"${form.draftRevision}"` });
  });
  // A failed journey leaves a screenshot of every open page in .e2e-data/ (git-ignored).
  afterEach((context) => keepFailureEvidence(context.task, `workflow-${lang}`, pages, pageErrors));
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  /** A browser of one's own, signed in to the app (or the designer) in this language. */
  async function signIn(who: Person | 'admin', where: 'app' | 'designer' = 'app', hash = ''): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    pages.set(who, page);
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${String(error)}`));
    const [username, secret] = who === 'admin' ? [server.admin.username, server.admin.password] : [accounts[who], password];
    await page.goto(`${server.url}/${where === 'designer' ? 'designer/' : ''}?lang=${lang}${hash}`);
    await page.getByLabel(w.username).fill(username);
    await page.getByLabel(w.password).fill(secret);
    await page.getByRole('button', { name: where === 'designer' ? w.signIn : w.logIn, exact: true }).click();
    return page;
  }

  /** From the header's My tasks, the one open task on the contract: returns its id. */
  async function openMyTask(page: Page, options: { readonly axe?: string } = {}): Promise<string> {
    await page.getByRole('link', { name: new RegExp(`^${w.myTasks}`) }).click();
    await page.waitForURL('**/tasks**');
    const link = page.getByRole('link', { name: new RegExp(`^${w.open(w.form.title)}`) });
    await link.waitFor();
    await expect(link.count()).resolves.toBe(1);
    if (options.axe) await checkAccessibility(page, `inbox, ${options.axe}, ${lang}`);
    await link.click();
    await page.waitForURL('**/tasks/*');
    await page.getByRole('heading', { level: 1, name: w.form.title, exact: true }).waitFor();
    return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  }

  /** Opens an action's panel, writes the comment, confirms, and waits for the page to say it is done. */
  async function act(page: Page, action: string, comment = '', before?: (panel: Locator) => Promise<void>): Promise<void> {
    await page.getByRole('group', { name: w.actions }).getByRole('button', { name: action, exact: true }).click();
    const panel = page.getByRole('region', { name: action });
    if (before) await before(panel);
    if (comment !== '') await panel.getByLabel(w.comment).fill(comment);
    await panel.getByRole('button', { name: w.confirm(action) }).click();
    await page.getByRole('status').filter({ hasText: w.done(action) }).waitFor();
  }

  it('the admin builds the flow in the Workflow tab and publishes it', async () => {
    const page = await signIn('admin', 'designer', `#/apps/${appId}/forms/${formId}`);
    await page.getByRole('tab', { name: w.workflowTab }).click();
    const canvas = page.getByRole('region', { name: w.flowChart });
    await canvas.waitFor();
    const { nodes, people, form } = w;

    // The starter's approval becomes the countersign of the manager and finance.
    await canvas.getByRole('button', { name: w.node(w.approval, w.approvalName), exact: true }).click();
    await configureApproval(page, w.approvalName, nodes.countersign, [people.manager, people.finance]);
    await page.getByRole('radio', { name: w.countersign }).check();

    // A condition on the amount right after the initiator.
    await canvas.getByRole('button', { name: w.addAfter(w.initiatorNode) }).click();
    await canvas.getByRole('button', { name: w.conditionType, exact: true }).click();
    await canvas.getByRole('button', { name: w.branch(w.firstBranch), exact: true }).click();
    const branch = page.getByRole('complementary', { name: w.branchPanel(w.firstBranch) });
    const branchName = branch.getByLabel(w.branchName);
    await branchName.fill(nodes.big);
    await branchName.press('Enter');
    const bigBranch = page.getByRole('complementary', { name: w.branchPanel(nodes.big) });
    await bigBranch.getByRole('button', { name: w.addCondition, exact: true }).click();
    await bigBranch.getByLabel(w.conditionField).selectOption({ label: form.amount });
    await bigBranch.getByLabel(w.conditionOperator).selectOption({ label: w.greaterThan });
    await bigBranch.getByLabel(w.conditionValue).fill('500000');
    await bigBranch.getByRole('button', { name: w.applyCondition, exact: true }).click();

    // An approval at the head of each branch: the director for big contracts, else the manager.
    await canvas.getByRole('button', { name: w.addAtBranch(nodes.big) }).click();
    await canvas.getByRole('button', { name: w.approval, exact: true }).click();
    await configureApproval(page, w.approvalName, nodes.director, [people.director]);
    await canvas.getByRole('button', { name: w.addAtBranch(w.otherwise) }).click();
    await canvas.getByRole('button', { name: w.approval, exact: true }).click();
    await configureApproval(page, w.approvalName, nodes.manager, [people.manager]);

    // A returned contract reopens with only its amount editable.
    await canvas.getByRole('button', { name: w.node(w.start, w.initiatorNode), exact: true }).click();
    await page.getByRole('complementary', { name: w.panel(w.initiatorNode) }).getByRole('radio', { name: w.permission(form.customer, w.read) }).check();

    await page.getByRole('toolbar').getByRole('button', { name: w.publish, exact: true }).click();
    await page.getByText(w.published).or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);

    // What the server now runs: the flow as built.
    const response = await page.request.get(`${server.url}/api/forms/${formId}/workflow`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { published: { version: number; schema: PublishedFlow } | null };
    expect(body.published?.version).toBe(1);
    const flow = body.published!.schema;
    const byName = (name: string) => flow.nodes.find((node) => node.name === name);
    expect(byName(nodes.countersign)?.mode).toBe('all');
    expect(byName(nodes.countersign)?.assignees).toHaveLength(2);
    expect(byName(nodes.director)?.assignees).toHaveLength(1);
    const gate = flow.nodes.find((node) => node.type === 'condition');
    const out = flow.edges.filter((edge) => edge.from === gate?.id);
    expect(out.find((edge) => edge.name === nodes.big)?.condition).toEqual({ '>': [{ var: 'f_amount' }, 500000] });
    expect(out.find((edge) => edge.default === true)?.to).toBe(byName(nodes.manager)?.id);
    expect(flow.nodes.find((node) => node.type === 'start')?.fieldPermissions).toEqual({ f_customer: 'read' });
  });

  async function configureApproval(page: Page, oldName: string, name: string, approvers: readonly string[]): Promise<void> {
    const panel = page.getByRole('complementary', { name: w.panel(oldName) });
    const input = panel.getByLabel(w.nodeName);
    await input.fill(name);
    await input.press('Enter');
    const renamed = page.getByRole('complementary', { name: w.panel(name) });
    const levels = renamed.getByLabel(w.managerLevels);
    await levels.fill('0');
    await levels.press('Enter');
    for (const person of approvers) await renamed.getByLabel(w.addMember).selectOption({ label: person });
  }

  let recordId = '';
  let directorTaskId = '';

  it('the rep submits 600,000 and it goes to the director, who returns it with a comment', async () => {
    const rep = await signIn('rep');
    await rep.getByRole('link', { name: w.fill(w.form.title) }).click();
    await rep.getByRole('textbox', { name: w.form.customer }).fill('ACME');
    await rep.getByRole('textbox', { name: w.form.amount }).fill('600000');
    const created = rep.waitForResponse((response) => response.url().endsWith(`/api/forms/${formId}/records`) && response.request().method() === 'POST');
    await rep.getByRole('button', { name: w.submit, exact: true }).click();
    const answer = await created;
    expect(answer.status()).toBe(201);
    const record = (await answer.json()) as { id: string; flow: { state: string; nodes: { name: string }[] } | null };
    recordId = record.id;
    expect(record.flow?.state).toBe('in_progress');
    expect(record.flow?.nodes.map((node) => node.name)).toEqual([w.nodes.director]);
    await rep.getByRole('heading', { name: w.submitted }).waitFor();

    const director = await signIn('director');
    directorTaskId = await openMyTask(director, { axe: 'director' });
    await expect(director.getByRole('textbox', { name: w.form.amount }).inputValue()).resolves.toContain('600');
    await checkAccessibility(director, `task page, director, ${lang}`);
    await act(director, w.returnAction, w.returnComment, async (panel) => {
      await panel.getByLabel(w.returnTo).selectOption({ label: w.initiatorNode });
    });
  });

  it('the rep changes only the amount and resubmits; now it goes to the manager', async () => {
    const rep = pages.get('rep')!;
    await openMyTask(rep);
    await rep.getByText(w.returnComment).waitFor();
    const customer = rep.getByRole('textbox', { name: w.form.customer });
    const amount = rep.getByRole('textbox', { name: w.form.amount });
    await expect(amount.isEditable()).resolves.toBe(true);
    await expect(customer.isEditable()).resolves.toBe(false);
    await amount.fill('300000');
    await act(rep, w.resubmit);
    const flow = (await (await rep.request.get(`${server.url}/api/records/${recordId}/flow`)).json()) as { flow: { nodes: { name: string }[] } };
    expect(flow.flow.nodes.map((node) => node.name)).toEqual([w.nodes.manager]);
  });

  it('the manager and finance approve; the record is completed and the timeline shows every step', async () => {
    const manager = await signIn('manager');
    await openMyTask(manager, { axe: 'manager' });
    await expect(manager.getByRole('textbox', { name: w.form.amount }).inputValue()).resolves.toContain('300');
    await act(manager, w.approve);
    // The countersign: the manager's second task and finance's.
    await openMyTask(manager);
    await act(manager, w.approve);
    const finance = await signIn('finance');
    await openMyTask(finance);
    await checkAccessibility(finance, `task page, finance, ${lang}`);
    await act(finance, w.approve);

    const rep = pages.get('rep')!;
    await rep.goto(`${server.url}/records/${recordId}?lang=${lang}`);
    const flow = rep.getByRole('region', { name: w.flowTitle });
    await flow.getByText(w.completed).waitFor();
    const steps = await flow.getByRole('listitem').allTextContents();
    const step = (node: string, person: string, action: string) => steps.findIndex((text) => text.startsWith(`${node} · ${person} · ${action} ·`));
    const order = [
      step(w.initiatorNode, w.people.rep, w.log.submitted),
      step(w.nodes.director, w.people.director, w.log.returned),
      step(w.initiatorNode, w.people.rep, w.log.resubmitted),
      step(w.nodes.manager, w.people.manager, w.log.approved),
      step(w.nodes.countersign, w.people.manager, w.log.approved),
      step(w.nodes.countersign, w.people.finance, w.log.approved),
    ];
    expect(order.every((index) => index >= 0), steps.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps.find((text) => text.includes(w.log.returned))).toContain(w.returnComment);
    expect(steps.some((text) => text.includes(w.log.completed))).toBe(true);
  });

  it('another rep cannot open the task', async () => {
    const other = await signIn('otherRep');
    // Nothing of the contract's in their inbox…
    await other.getByRole('link', { name: new RegExp(`^${w.myTasks}`) }).click();
    await other.getByText(w.emptyBox).waitFor();
    await expect(other.getByRole('link', { name: new RegExp(`^${w.open(w.form.title)}`) }).count()).resolves.toBe(0);
    // …and the director's task, opened by its address, is refused.
    const answer = await other.request.get(`${server.url}/api/tasks/${directorTaskId}`);
    expect([403, 404]).toContain(answer.status());
    await other.goto(`${server.url}/tasks/${directorTaskId}?lang=${lang}`);
    await other.getByRole('alert').filter({ hasText: w.notFound }).waitFor();
    await expect(other.getByRole('textbox', { name: w.form.amount }).count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

interface PublishedFlow {
  readonly nodes: readonly { readonly id: string; readonly type: string; readonly name: string; readonly mode?: string; readonly assignees?: readonly unknown[]; readonly fieldPermissions?: unknown }[];
  readonly edges: readonly { readonly id: string; readonly from: string; readonly to: string; readonly name?: string; readonly condition?: unknown; readonly default?: boolean }[];
}
