import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// A public form (外链) end to end: the admin turns the survey's public link on in the designer's
// form settings, publishes it and reads the link and its QR code there; a stranger opens the link in a fresh browser
// (no cookie, Chinese), fills it in and sends it; the admin finds the record, owned by them.

const survey = {
  kind: 'form',
  schemaVersion: 1,
  title: '客户满意度调查',
  fields: [
    { id: 'f_name', type: 'text', label: '姓名', required: true },
    { id: 'f_score', type: 'number', label: '评分', min: 1, max: 5 },
  ],
};

async function apiAs(url: string, username: string, secret: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: secret }) });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}

describe('a public form', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is published with its link and QR code in the designer, filled in by a stranger without signing in, and read by the admin', async () => {
    const admin = await apiAs(server.url, server.admin.username, server.admin.password);
    const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Surveys' });
    const form = await admin<{ id: string }>('POST', `/api/apps/${app.id}/forms`, { schema: survey });

    // The admin publishes in the designer and reads the links there.
    const adminContext = await browser.newContext({ locale: 'en-US' });
    const designer = await adminContext.newPage();
    await designer.goto(`${server.url}/designer/?lang=en#/apps/${app.id}/forms/${form.id}`);
    await designer.getByLabel('Username').fill(server.admin.username);
    await designer.getByLabel('Password').fill(server.admin.password);
    await designer.getByRole('button', { name: 'Sign in' }).click();
    await designer.getByRole('tab', { name: 'Form', exact: true }).click();
    await designer.getByRole('checkbox', { name: 'Public link: anyone with the link may fill it in without signing in' }).check();
    await designer.getByRole('button', { name: 'Publish' }).click();
    const share = designer.getByRole('region', { name: 'Share the form' });
    const publicLink = share.getByRole('textbox', { name: 'Public link (no sign-in)' });
    await publicLink.waitFor();
    const publicUrl = await publicLink.inputValue();
    expect(publicUrl).toMatch(new RegExp(`^${server.url}/p/[A-Za-z0-9_-]{43}$`));
    expect(await share.getByRole('textbox', { name: 'Fill-in link (signed-in users)' }).inputValue()).toBe(`${server.url}/f/${form.id}`);
    const qr = share.getByRole('img', { name: `QR code of the public link: ${publicUrl}` });
    await qr.waitFor();
    // The QR image is drawn (the page's CSP allows data: images), not a broken icon.
    await expect.poll(() => qr.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

    // A stranger: a fresh browser context, no cookie, Chinese.
    const strangerContext = await browser.newContext({ locale: 'zh-CN' });
    const stranger = await strangerContext.newPage();
    await stranger.goto(publicUrl);
    await stranger.getByRole('heading', { level: 1, name: '客户满意度调查' }).waitFor();
    expect(await stranger.getByRole('link').count()).toBe(0);
    await stranger.getByLabel('姓名').fill('王芳');
    await stranger.getByLabel('评分').fill('5');
    await stranger.getByRole('button', { name: '提交' }).click();
    await stranger.getByText('感谢填写，您的回答已提交。').waitFor();
    expect(await strangerContext.cookies()).toEqual([]);

    const records = await admin<{ items: { data: Record<string, unknown>; ownerId: string }[] }>('GET', `/api/forms/${form.id}/records`);
    const me = await admin<{ user: { id: string } }>('GET', '/api/me');
    expect(records.items.map((record) => [record.data['f_name'], record.data['f_score'], record.ownerId])).toEqual([['王芳', 5, me.user.id]]);
    await adminContext.close();
    await strangerContext.close();
  }, 120_000);
});
