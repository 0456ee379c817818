import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { signedInServer, visitSchema } from '../testing/sampleData.js';

function publicFormServer() {
  return signedInServer()
    .on('GET', /^\/api\/forms\/frm1$/, () => ({
      body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema: { ...visitSchema, settings: { publicLink: { enabled: true } } } } },
    }))
    .on('GET', /^\/api\/forms\/frm1\/public-link$/, () => ({ body: { url: '/p/mine_0123456789abcdefghijklmnopqrstuvwxyzAB' } }));
}

describe('the fill page of a form open to the public', () => {
  it("gives the rep their own public link, whose submissions are theirs", async () => {
    renderApp(publicFormServer(), '/f/frm1');
    const link = (await screen.findByLabelText('My public link (no sign-in; what comes in is mine)')) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/p/mine_0123456789abcdefghijklmnopqrstuvwxyzAB`);
    expect((screen.getByLabelText('Shareable link') as HTMLInputElement).value).toMatch(/\/f\/frm1$/);
  });

  it('says it in Chinese', async () => {
    renderApp(publicFormServer(), '/f/frm1', { locale: 'zh-CN' });
    expect(await screen.findByLabelText('我的公开链接（无需登录，提交的数据归我）')).toBeTruthy();
  });

  it('asks for no public link when the form is not open to the public', async () => {
    const server = signedInServer();
    renderApp(server, '/f/frm1');
    await screen.findByRole('textbox', { name: 'Customer' });
    expect(server.requests.some((r) => r.path.endsWith('/public-link'))).toBe(false);
    expect(screen.queryByLabelText('My public link (no sign-in; what comes in is mine)')).toBeNull();
  });
});
