import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keepFailureEvidence } from './support/keepFailureEvidence.js';
import { launchBrowser } from './support/launchBrowser.js';
import { pointerDrag } from './support/pointerDrag.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The admin's journey in the designer, by role and accessible name, in both languages: build a
// customer-visit form with a subform of products, a calculated total and a conditional field by
// dragging fields from the palette, publish it, and read the published schema back from the API.

const words = {
  en: {
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    appName: 'App name',
    newApp: 'New app',
    formTitle: 'Form title',
    newForm: 'New form',
    canvas: 'Form canvas',
    add: (name: string) => `Add field: ${name}`,
    fieldsIn: (label: string) => `Fields in “${label}”`,
    card: (label: string, type: string) => `${label}, ${type}`,
    label: 'Label',
    text: 'Single-line text',
    textarea: 'Multi-line text',
    subform: 'Subform',
    number: 'Number',
    money: 'Amount',
    formula: 'Calculated',
    radio: 'Radio buttons',
    formulaBox: 'Formula',
    applyFormula: 'Apply formula',
    visibility: 'Show this field when',
    addCondition: 'Add condition',
    conditionField: 'Field of condition 1',
    conditionValue: 'Value of condition 1',
    applyCondition: 'Apply condition',
    option2: 'Option 2',
    publish: 'Publish',
    published: 'Published version 1',
    preview: 'Preview',
    jsonView: 'JSON view',
    jsonTitle: 'Form JSON',
    jsonImport: 'Import',
    saveDraft: 'Save draft',
    undo: 'Undo',
    dropped: (label: string, over: string) => `Dropped “${label}” on “${over}”`,
    phone: 'Phone',
    close: 'Close',
    names: { customer: 'Customer', products: 'Products', qty: 'Quantity', price: 'Price', line: 'Line total', total: 'Total', outcome: 'Outcome', reason: 'Reason' },
  },
  'zh-CN': {
    username: '用户名',
    password: '密码',
    signIn: '登录',
    appName: '应用名称',
    newApp: '新建应用',
    formTitle: '表单名称',
    newForm: '新建表单',
    canvas: '表单画布',
    add: (name: string) => `添加字段：${name}`,
    fieldsIn: (label: string) => `“${label}”中的字段`,
    card: (label: string, type: string) => `${label}，${type}`,
    label: '标题',
    text: '单行文本',
    textarea: '多行文本',
    subform: '子表单',
    number: '数字',
    money: '金额',
    formula: '计算字段',
    radio: '单选按钮组',
    formulaBox: '计算公式',
    applyFormula: '应用公式',
    visibility: '显示条件',
    addCondition: '添加条件',
    conditionField: '条件 1 的字段',
    conditionValue: '条件 1 的值',
    applyCondition: '应用条件',
    option2: '选项2',
    publish: '发布',
    published: '已发布版本 1',
    preview: '预览',
    jsonView: 'JSON 视图',
    jsonTitle: '表单 JSON',
    jsonImport: '导入',
    saveDraft: '保存草稿',
    undo: '撤销',
    dropped: (label: string, over: string) => `已把“${label}”放到“${over}”`,
    phone: '手机',
    close: '关闭',
    names: { customer: '客户', products: '产品', qty: '数量', price: '单价', line: '小计', total: '合计', outcome: '拜访结果', reason: '原因' },
  },
} as const;

type Words = (typeof words)[keyof typeof words];

/** A pointer drag from one element onto another (near its top, bottom or centre). */
async function drag(page: Page, from: Locator, to: Locator, where: 'top' | 'bottom' | 'center' = 'center'): Promise<void> {
  const source = await from.boundingBox();
  const target = await to.boundingBox();
  if (!source || !target) throw new Error('drag: an end is not visible');
  const y = where === 'top' ? target.y + 6 : where === 'bottom' ? target.y + target.height - 6 : target.y + target.height / 2;
  await pointerDrag(page, { x: source.x + source.width / 2, y: source.y + source.height / 2 }, { x: target.x + target.width / 2, y });
}

/** Renames the field just added, once its card (still named after its type) is on the canvas. */
async function rename(page: Page, w: Words, label: string, type: string): Promise<void> {
  await page.getByRole('button', { name: w.card(type, type), exact: true }).waitFor();
  const input = page.getByLabel(w.label, { exact: true });
  await input.fill(label);
  await input.press('Enter');
}

describe.each(['en', 'zh-CN'] as const)('designing a customer-visit form (%s)', (lang) => {
  const w: Words = words[lang];
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });
  // A failed journey leaves a screenshot in .e2e-data/ (git-ignored) and says what the page threw.
  afterEach((context) => keepFailureEvidence(context.task, `designer-${lang}`, page, pageErrors));
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds the form by drag and drop, publishes it, and the API serves what was built', async () => {
    await page.goto(`${server.url}/designer/?lang=${lang}`);
    await page.getByLabel(w.username).fill(server.admin.username);
    await page.getByLabel(w.password).fill(server.admin.password);
    await page.getByRole('button', { name: w.signIn }).click();
    await page.getByLabel(w.appName).fill('Sales');
    await page.getByRole('button', { name: w.newApp }).click();
    await page.getByLabel(w.formTitle).fill('Customer visit');
    await page.getByRole('button', { name: w.newForm }).click();

    const canvas = page.getByRole('list', { name: w.canvas });
    const n = w.names;

    // A text field and a subform, dragged onto the canvas.
    await drag(page, page.getByRole('button', { name: w.add(w.text) }), canvas);
    await rename(page, w, n.customer, w.text);
    await drag(page, page.getByRole('button', { name: w.add(w.subform) }), canvas, 'bottom');
    await rename(page, w, n.products, w.subform);
    await expect.poll(() => canvas.getByRole('button', { name: w.card(n.products, w.subform) }).count()).toBe(1);

    // Columns dragged into the subform; the next ones added after the selection with the keyboard.
    await drag(page, page.getByRole('button', { name: w.add(w.number) }), page.getByRole('list', { name: w.fieldsIn(n.products) }));
    await rename(page, w, n.qty, w.number);
    await page.getByRole('button', { name: w.add(w.money) }).press('Enter');
    await rename(page, w, n.price, w.money);
    await page.getByRole('button', { name: w.add(w.formula) }).press('Enter');
    await rename(page, w, n.line, w.formula);
    const columns = page.getByRole('list', { name: w.fieldsIn(n.products) });
    await expect.poll(() => columns.getByRole('button').filter({ hasText: n.line }).count()).toBeGreaterThan(0);
    const formula = page.getByRole('group', { name: w.formulaBox });
    await formula.getByRole('textbox', { name: w.formulaBox }).fill(`{${n.qty}} * {${n.price}}`);
    await formula.getByRole('button', { name: w.applyFormula }).click();

    // A total over the subform's rows, naming the subform and its column by their labels.
    await canvas.getByRole('button', { name: w.card(n.customer, w.text) }).click();
    await page.getByRole('button', { name: w.add(w.formula) }).press('Enter');
    await rename(page, w, n.total, w.formula);
    await formula.getByRole('textbox', { name: w.formulaBox }).fill(`sum_of({${n.products}}, {${n.line}})`);
    await formula.getByRole('button', { name: w.applyFormula }).click();

    // A reason that shows only for some outcomes.
    await drag(page, page.getByRole('button', { name: w.add(w.radio) }), canvas, 'bottom');
    await rename(page, w, n.outcome, w.radio);
    await drag(page, page.getByRole('button', { name: w.add(w.textarea) }), canvas, 'bottom');
    await rename(page, w, n.reason, w.textarea);
    const visibility = page.getByRole('group', { name: w.visibility });
    await visibility.getByRole('button', { name: w.addCondition, exact: true }).click();
    await visibility.getByLabel(w.conditionField).selectOption({ label: n.outcome });
    await visibility.getByLabel(w.conditionValue).selectOption({ label: w.option2 });
    await visibility.getByRole('button', { name: w.applyCondition, exact: true }).click();

    await page.getByRole('button', { name: w.publish, exact: true }).click();
    // Published, or refused: then the alert says why, and the test says it too.
    await page.getByText(w.published).or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await page.getByText(w.published).waitFor();

    // What the API now serves to reps.
    const formId = /forms\/([^/?#]+)/.exec(page.url())?.[1];
    expect(formId).toBeTruthy();
    const response = await page.request.get(`${server.url}/api/forms/${formId}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { published: { version: number; schema: PublishedSchema } };
    expect(body.published.version).toBe(1);
    const fields = body.published.schema.fields;
    expect(fields.map((f) => [f.type, f.label])).toEqual([
      ['text', n.customer],
      ['formula', n.total],
      ['subform', n.products],
      ['radio', n.outcome],
      ['textarea', n.reason],
    ]);
    const products = fields[2]!;
    expect(products.fields?.map((f) => [f.type, f.label])).toEqual([
      ['number', n.qty],
      ['money', n.price],
      ['formula', n.line],
    ]);
    const [qty, price, line] = products.fields!;
    expect(line!.expression).toEqual({ '*': [{ var: `$row.${qty!.id}` }, { var: `$row.${price!.id}` }] });
    expect(fields[1]!.expression).toEqual({ sum_of: [{ var: products.id }, line!.id] });
    expect(fields[4]!.visibleWhen).toEqual({ '==': [{ var: fields[3]!.id }, 'option2'] });
  });

  it('previews the form with the runtime renderer, at desktop and phone width', async () => {
    await page.getByRole('button', { name: w.preview, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: w.preview });
    await expect.poll(() => dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('textbox', { name: w.names.customer }).fill('ACME');
    await dialog.getByRole('button', { name: w.phone }).click();
    await expect.poll(async () => (await dialog.locator('[data-width="phone"]').boundingBox())?.width).toBe(375);
    await dialog.getByRole('button', { name: w.close }).click();
  });

  it('refuses a JSON import with the line and column of a syntax error, and a faulty form with the pointer of the fault', async () => {
    await page.getByRole('button', { name: w.jsonView, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: w.jsonTitle });
    const text = dialog.getByRole('textbox', { name: 'FormSchema JSON' });
    const schema = JSON.parse(await text.inputValue()) as { fields: { type: string; precision?: unknown }[] };
    await text.fill('{\n  "kind": "form",\n  "title": }');
    await dialog.getByRole('button', { name: w.jsonImport, exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(lang === 'en' ? 'line 3, column 12' : '第 3 行第 12 列');

    const total = schema.fields.findIndex((field) => field.type === 'formula');
    schema.fields[total]!.precision = 'two';
    await text.fill(JSON.stringify(schema, null, 2));
    await dialog.getByRole('button', { name: w.jsonImport, exact: true }).click();
    // The engine parses in the page (its meta-schema validators are precompiled, so the server's
    // CSP without 'unsafe-eval' does not stop it): the fault is shown before anything is saved.
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(`/fields/${total}/precision`);
    await dialog.getByRole('button', { name: w.close }).click();
    const response = await page.request.get(`${server.url}/api/forms/${/forms\/([^/?#]+)/.exec(page.url())?.[1]}`);
    const body = (await response.json()) as { draft: { fields: { precision?: unknown }[] } };
    expect(body.draft.fields[total]!.precision).toBeUndefined();
  });

  it('reorders with the keyboard alone: Alt+arrows, a Space drag, and undo', async () => {
    const canvas = page.getByRole('list', { name: w.canvas });
    const order = () => canvas.locator(':scope > li > .fw-card-head .fw-card-label').allTextContents();
    const n = w.names;
    const start = await order();
    expect(start).toEqual([n.customer, n.total, n.products, n.outcome, n.reason]);
    const customer = canvas.getByRole('button', { name: w.card(n.customer, w.text) });
    await customer.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual([n.total, n.customer, n.products, n.outcome, n.reason]);
    // dnd-kit's keyboard drag: Space picks up, arrows move, Space drops; announced in the UI language.
    await canvas.getByRole('button', { name: w.card(n.reason, w.textarea) }).focus();
    // dnd-kit listens for the arrows a moment after the pick-up: keys at a person's pace.
    for (const key of ['Space', 'ArrowUp', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await expect.poll(order).toEqual([n.total, n.customer, n.products, n.reason, n.outcome]);
    await expect.poll(() => page.getByText(w.dropped(n.reason, n.outcome)).count()).toBe(1);
    await page.locator('body').press('Control+z');
    await page.locator('body').press('Control+z');
    await expect.poll(order).toEqual(start);
  });
});

interface PublishedField {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly fields?: readonly PublishedField[];
  readonly expression?: unknown;
  readonly visibleWhen?: unknown;
}

interface PublishedSchema {
  readonly fields: readonly PublishedField[];
}
