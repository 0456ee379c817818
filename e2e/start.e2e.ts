import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/launchBrowser.js';
import { startServer, type RunningServer } from './support/startServer.js';

// The README's start command in miniature: the built server serves both web apps and the API.
describe('a fresh start', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each([
    ['zh-CN', '/', 'Formwork'],
    ['en', '/designer/', 'Formwork Designer'],
  ])('serves the %s page at %s', async (lang, path, heading) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${path}?lang=${lang}`);
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toContain(heading);
    await page.close();
  });

  it('lets the configured admin log in', async () => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: server.admin.username, password: server.admin.password }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/httponly/i);
  });
});
