import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { admin, member, signedInServer } from '../testing/sampleData.js';

describe('the home page with nothing to fill in', () => {
  const emptyServer = (role: 'admin' | 'member') =>
    signedInServer()
      .on('GET', /^\/api\/me$/, () => ({ body: { ...member, user: { ...member.user, role } } }))
      .on('GET', /^\/api\/apps$/, () => ({ body: { items: [] } }));

  it('points an admin at the designer', async () => {
    renderApp(emptyServer('admin'), '/', { locale: 'zh-CN' });
    const link = await screen.findByRole('link', { name: '去设计器搭建表单' });
    expect(link.getAttribute('href')).toBe('/designer/');
  });

  it('only says so to a member', async () => {
    renderApp(emptyServer('member'), '/');
    expect(await screen.findByText('There are no forms for you to fill in yet.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Build a form in the designer' })).toBeNull();
  });
});

describe('the home page of an admin, who is still told of archived forms', () => {
  const form = (id: string, appId: string, title: string, archivedAt: string | null) => ({ id, appId, title, publishedVersion: 1, archivedAt });
  const adminServer = (forms: Record<string, readonly ReturnType<typeof form>[]>) =>
    signedInServer()
      .on('GET', /^\/api\/me$/, () => ({ body: admin }))
      .on('GET', /^\/api\/apps$/, () => ({
        body: { items: Object.keys(forms).map((id) => ({ id, name: id === 'app1' ? 'Sales' : 'Old surveys', description: '', icon: null })) },
      }))
      .on('GET', /^\/api\/apps\/(\w+)\/forms$/, (_request, [appId]) => ({ body: { items: forms[appId ?? ''] ?? [] } }));

  it('leaves archived forms out, and an app with nothing else in it', async () => {
    renderApp(
      adminServer({
        app1: [form('frm1', 'app1', 'Customer visit', null), form('frm2', 'app1', 'Expense claim', '2024-05-07T08:00:00.000Z')],
        app2: [form('frm3', 'app2', 'Survey 2023', '2024-05-07T08:00:00.000Z')],
      }),
      '/',
    );
    expect(await screen.findByRole('link', { name: 'Fill in Customer visit' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Data Customer visit' })).toBeTruthy();
    expect(screen.queryByText('Expense claim')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Fill in Expense claim' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Old surveys' })).toBeNull();
    expect(screen.queryByText('Survey 2023')).toBeNull();
  });

  it('has nothing to offer when every form is archived', async () => {
    renderApp(adminServer({ app1: [form('frm1', 'app1', 'Customer visit', '2024-05-07T08:00:00.000Z')] }), '/', { locale: 'zh-CN' });
    expect(await screen.findByText('暂时没有可以填写的表单。')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Sales' })).toBeNull();
    expect(screen.getByRole('link', { name: '去设计器搭建表单' })).toBeTruthy();
  });
});

describe('the home page lists the dashboards each app holds', () => {
  const dashboard = (id: string, title: string, publishedVersion: number | null) => ({ id, appId: 'app1', title, publishedVersion, updatedAt: '2024-05-01T00:00:00.000Z' });

  it('each published one opens at /dashboards/:id, in both languages', async () => {
    const server = signedInServer().on('GET', /^\/api\/apps\/app1\/dashboards$/, () => ({ body: { items: [dashboard('dsh1', 'Sales morning', 2)] } }));
    renderApp(server, '/');
    const link = await screen.findByRole('link', { name: 'Open dashboard Sales morning' });
    expect(link.getAttribute('href')).toBe('/dashboards/dsh1');
    expect(screen.getByRole('heading', { name: 'Dashboards' })).toBeTruthy();
    cleanup();
    renderApp(server, '/', { locale: 'zh-CN' });
    expect(await screen.findByRole('link', { name: '打开仪表盘 Sales morning' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '仪表盘' })).toBeTruthy();
  });

  it('leaves out an admin’s unpublished drafts, and shows no heading for an app without dashboards (404 for a member)', async () => {
    const server = signedInServer()
      .on('GET', /^\/api\/me$/, () => ({ body: admin }))
      .on('GET', /^\/api\/apps\/app1\/dashboards$/, () => ({ body: { items: [dashboard('dsh1', 'Sales morning', 1), dashboard('dsh2', 'Draft board', null)] } }));
    renderApp(server, '/');
    expect(await screen.findByRole('link', { name: 'Open dashboard Sales morning' })).toBeTruthy();
    expect(screen.queryByText('Draft board')).toBeNull();
    cleanup();
    // signedInServer answers 404 for the dashboards of app1, as the server does when a member has none.
    renderApp(signedInServer(), '/');
    expect(await screen.findByRole('link', { name: 'Fill in Customer visit' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Dashboards' })).toBeNull();
  });
});

describe('the home page links performance and targets for an app with a published scoring scheme', () => {
  const scored = (publishedVersion: number | null) => signedInServer().on('GET', /^\/api\/apps\/app1\/scorings$/, () => ({ body: { items: [{ id: 'sco1', appId: 'app1', title: 'Monthly', publishedVersion }] } }));

  it('opens /performance and /targets of the app, in both languages', async () => {
    renderApp(scored(1), '/');
    expect((await screen.findByRole('link', { name: 'My performance in Sales' })).getAttribute('href')).toBe('/performance?app=app1');
    expect(screen.getByRole('link', { name: 'Targets in Sales' }).getAttribute('href')).toBe('/targets?app=app1');
    cleanup();
    renderApp(scored(1), '/', { locale: 'zh-CN' });
    expect(await screen.findByRole('link', { name: 'Sales · 我的绩效' })).toBeTruthy();
  });

  it('offers neither for a scheme still a draft, nor for an app without schemes (404)', async () => {
    renderApp(scored(null), '/');
    await screen.findByRole('link', { name: 'Fill in Customer visit' });
    expect(screen.queryByRole('link', { name: 'My performance in Sales' })).toBeNull();
    cleanup();
    renderApp(signedInServer(), '/');
    await screen.findByRole('link', { name: 'Fill in Customer visit' });
    expect(screen.queryByRole('heading', { name: 'Performance and targets' })).toBeNull();
  });
});
