import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { visitSchema } from '../testing/sampleData.js';

const token = 'Tok_en-0123456789abcdefghijklmnopqrstuvwxyzAB';
const publicForm = { title: visitSchema.title, version: 2, schema: visitSchema };

function publicServer() {
  return createFakeServer()
    .on('GET', new RegExp(`^/api/public/${token}$`), () => ({ body: publicForm }))
    .on('POST', new RegExp(`^/api/public/${token}/records$`), () => ({ status: 201, body: { submitted: true, submittedAt: '2024-05-06T08:00:00.000Z' } }));
}

describe('the public form page', () => {
  it('lets a stranger fill in and send the form with no sign-in and nothing else of the app around it', async () => {
    const server = publicServer();
    const { user } = renderApp(server, `/p/${token}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Customer visit' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    const thanks = await screen.findByRole('status');
    expect(within(thanks).getByRole('heading', { name: 'Submitted' })).toBeTruthy();
    expect(within(thanks).getByText('Thank you: your answers have been sent.')).toBeTruthy();

    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toEqual({ data: { customer: 'ACME' } });
    expect(posts[0]?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    // No session was asked for, no login form shown, and no way into the signed-in app.
    expect(server.requests.some((r) => r.path === '/api/me')).toBe(false);
    expect(screen.queryByRole('textbox', { name: /user ?name/i })).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Fill in another' }));
    expect(((await screen.findByRole('textbox', { name: 'Customer' })) as HTMLInputElement).value).toBe('');
  });

  it('speaks Chinese, and shows the field errors the server gives', async () => {
    const server = publicServer().on('POST', new RegExp(`^/api/public/${token}/records$`), () => ({
      status: 400,
      body: { error: { code: 'invalid_record', message: '记录有误', details: [{ fieldId: 'customer', pointer: '/data/customer', code: 'unique', message: '该客户已存在' }] } },
    }));
    const { user } = renderApp(server, `/p/${token}`, { locale: 'zh-CN' });
    await user.type(await screen.findByRole('textbox', { name: 'Customer' }), 'ACME');
    await user.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Customer' }).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('该客户已存在')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says plainly in Chinese when the link does not open a form', async () => {
    const gone = () => createFakeServer().on('GET', /^\/api\/public\//, () => ({ status: 404, body: { error: { code: 'not_found', message: 'Not found' } } }));
    renderApp(gone(), `/p/${token}`, { locale: 'zh-CN' });
    expect(await screen.findByText('此链接无效，或表单已停止收集。')).toBeTruthy();
  });

  it('says plainly in English when the link does not open a form', async () => {
    renderApp(createFakeServer().on('GET', /^\/api\/public\//, () => ({ status: 404, body: { error: { code: 'not_found', message: 'Not found' } } })), `/p/${token}`);
    expect(await screen.findByText('This link is not valid, or the form no longer takes answers.')).toBeTruthy();
  });
});
