import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeServer } from './testing/fakeServer.js';
import { renderApp } from './testing/renderApp.js';
import { member, signedInServer } from './testing/sampleData.js';

describe('signing in and out', () => {
  it('shows the login page to a stranger and the home page after logging in', async () => {
    let signedIn = false;
    const server = signedInServer()
      .on('GET', /^\/api\/me$/, () => (signedIn ? { body: member } : { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in first' } } }))
      .on('POST', /^\/api\/auth\/login$/, (request) => {
        const { username, password } = request.body as { username: string; password: string };
        if (password !== 'secret') return { status: 401, body: { error: { code: 'invalid_credentials', message: 'Wrong username or password' } } };
        signedIn = username === 'li';
        return { body: member };
      });
    const { user } = renderApp(server, '/');
    await user.type(await screen.findByLabelText('Username'), 'li');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password');
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Workbench' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Fill in Customer visit' })).getAttribute('href')).toBe('/f/frm1');
    const login = server.requests.find((r) => r.path === '/api/auth/login');
    expect(login?.headers.get('content-type')).toBe('application/json');
  });

  it('logs out through the API and returns to the login page', async () => {
    const server = signedInServer().on('POST', /^\/api\/auth\/logout$/, () => ({ status: 204 }));
    const { user } = renderApp(server, '/');
    await user.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in to Formwork' })).toBeTruthy();
    expect(server.requests.some((r) => r.method === 'POST' && r.path === '/api/auth/logout')).toBe(true);
  });

  it('switches the language from the header', async () => {
    const server = signedInServer();
    const { user } = renderApp(server, '/');
    await screen.findByRole('heading', { name: 'Workbench' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh-CN');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('工作台');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('link', { name: '我的数据' })).toBeTruthy();
  });

  it('says so when the server cannot be reached', async () => {
    const server = createFakeServer();
    const failing = { ...server, fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch };
    renderApp(failing, '/', { locale: 'zh-CN' });
    expect((await screen.findByRole('alert')).textContent).toContain('无法连接服务器');
  });
});
