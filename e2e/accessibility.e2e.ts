import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/checkAccessibility.js';
import { launchBrowser } from './support/launchBrowser.js';
import { signInToApi } from './support/signInToApi.js';
import { startServer, type RunningServer } from './support/startServer.js';

// axe-core (WCAG 2.2 AA + best practice) on the pages a team meets on day one, in both languages,
// at desktop (1440 px) and phone (360 px) width: the app's login, home, fill page (empty and with
// errors), data list and record; the designer's login, app and form list, editor, preview and JSON
// dialogs. The page runs under its CSP in production; the test context bypasses it to inject axe.

const form = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visit report',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_kind', type: 'select', label: 'Kind', options: [{ value: 'new', label: 'New' }, { value: 'renewal', label: 'Renewal' }] },
    { id: 'f_qty', type: 'number', label: 'Quantity', precision: 0 },
    { id: 'f_items', type: 'subform', label: 'Items', fields: [{ id: 'f_product', type: 'text', label: 'Product' }] },
  ],
};

const words = {
  en: { app: 'Formwork', designer: 'Formwork Designer', skipToCanvas: 'Skip to the form canvas', username: 'Username', password: 'Password', logIn: 'Log in', signIn: 'Sign in', fill: 'Fill in Visit report', data: 'Data Visit report', submit: 'Submit', preview: 'Preview', json: 'JSON view', close: 'Close', signOut: 'Sign out' },
  'zh-CN': { app: 'Formwork 表单', designer: 'Formwork 设计器', skipToCanvas: '跳到表单画布', username: '用户名', password: '密码', logIn: '登录', signIn: '登录', fill: '填写 Visit report', data: '数据 Visit report', submit: '提交', preview: '预览', json: 'JSON 视图', close: '关闭', signOut: '退出登录' },
} as const;

/**
 * The admin who designs: a name as long as an e-mail address, which must wrap in the header
 * rather than push the designer wider than a phone (issue #10: 458 px, "Sign out" cut off).
 */
const designerAdmin = { username: 'east-china-admin', password: 'Ostchina-Vertrieb-2026', name: 'east.china.sales.administrator.zhangwei.shanghai.office' };

/** The page is no wider than the window, and Sign out lies within it. */
async function expectFitsTheWindow(page: Page, width: number, signOut: string): Promise<void> {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
  const button = page.getByRole('button', { name: signOut, exact: true });
  await expect(button.isVisible()).resolves.toBe(true);
  const box = await button.boundingBox();
  expect(box !== null && box.x >= 0 && box.x + box.width <= width).toBe(true);
}

describe('accessibility of the app and the designer (axe-core, WCAG 2.2 AA)', () => {
  let server: RunningServer;
  let browser: Browser;
  let formId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
    const created = await admin<{ id: string; draftRevision: number }>('POST', `/api/apps/${app.id}/forms`, { schema: form });
    formId = created.id;
    await admin('POST', `/api/forms/${formId}/publish`, {}, { 'If-Match': `"${created.draftRevision}"` });
    await admin('POST', `/api/forms/${formId}/records`, { data: { f_customer: 'ACME Ltd', f_kind: 'new' } });
    await admin('POST', '/api/users', { ...designerAdmin, role: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const cases = (['en', 'zh-CN'] as const).flatMap((lang) => [1440, 360].map((width) => [lang, width] as const));

  it.each(cases)('the app in %s at %i px', async (lang, width) => {
    const w = words[lang];
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 }, ...(width === 360 ? { hasTouch: true, isMobile: true } : {}) });
    const page: Page = await context.newPage();
    const problems: string[] = [];
    const check = async (state: string): Promise<void> => {
      await checkAccessibility(page, `app ${state}, ${lang}, ${width} px`).catch((error: unknown) => problems.push(String(error)));
    };
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByLabel(w.username).waitFor();
    await check('login');
    await page.getByLabel(w.username).fill(server.admin.username);
    await page.getByLabel(w.password).fill(server.admin.password);
    await page.getByRole('button', { name: w.logIn }).click();
    await page.getByRole('link', { name: w.fill }).waitFor();
    // After signing in, focus is on the page's heading, not lost on <body>.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await check('home');
    await page.getByRole('link', { name: w.fill }).click();
    await page.getByRole('textbox', { name: 'Customer' }).waitFor();
    await expect.poll(() => page.title()).toBe(`Visit report · ${w.app}`);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Visit report');
    await check('fill page');
    await page.getByRole('button', { name: w.submit }).click();
    await page.getByRole('alert').first().waitFor();
    await check('fill page with errors');
    await page.goto(`${server.url}/?lang=${lang}`);
    await page.getByRole('link', { name: w.data }).click();
    await page.getByRole('cell', { name: 'ACME Ltd' }).first().waitFor();
    await check('data list');
    await page.getByRole('row', { name: /ACME Ltd/ }).first().getByRole('link').first().click();
    await page.getByRole('textbox', { name: 'Customer' }).waitFor();
    await check('record');
    await context.close();
    expect(problems).toEqual([]);
  });

  it.each(cases)('the designer in %s at %i px', async (lang, width) => {
    const w = words[lang];
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
    const page: Page = await context.newPage();
    const problems: string[] = [];
    const check = async (state: string): Promise<void> => {
      await checkAccessibility(page, `designer ${state}, ${lang}, ${width} px`).catch((error: unknown) => problems.push(String(error)));
    };
    await page.goto(`${server.url}/designer/?lang=${lang}`);
    await page.getByLabel(w.username).waitFor();
    await check('login');
    await page.getByLabel(w.username).fill(designerAdmin.username);
    await page.getByLabel(w.password).fill(designerAdmin.password);
    await page.getByRole('button', { name: w.signIn }).click();
    await page.getByRole('link', { name: 'Sales' }).waitFor();
    await check('app list');
    await expectFitsTheWindow(page, width, w.signOut);
    await page.getByRole('link', { name: 'Sales' }).click();
    await page.getByRole('link', { name: 'Visit report' }).first().waitFor();
    await check('form list');
    await expectFitsTheWindow(page, width, w.signOut);
    await page.getByRole('link', { name: 'Visit report' }).first().click();
    await page.getByRole('button', { name: w.preview, exact: true }).waitFor();
    await expectFitsTheWindow(page, width, w.signOut);
    await expect(page.title()).resolves.toBe(`Visit report · ${w.designer}`);
    // Reached by a link, the page puts focus on its heading (the canvas's title)…
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H2');
    // …and loaded afresh, its first Tab stops skip the header and the palette.
    await page.reload();
    await page.getByRole('button', { name: w.preview, exact: true }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(w.skipToCanvas);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('fw-canvas');
    await check('editor');
    await page.getByRole('button', { name: w.preview, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await check('preview');
    await page.getByRole('dialog').getByRole('button', { name: w.close }).first().click();
    await page.getByRole('button', { name: w.json, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await check('JSON dialog');
    // aria-modal means it: 40 Tabs and 40 Shift+Tabs never reach the editor behind the dialog.
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let step = 0; step < 40; step += 1) {
        await page.keyboard.press(key);
        await expect(page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).resolves.toBe(true);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
