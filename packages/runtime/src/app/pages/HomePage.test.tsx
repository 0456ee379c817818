import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { member, signedInServer } from '../testing/sampleData.js';

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
